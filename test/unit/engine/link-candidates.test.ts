import { describe, expect, it } from 'vitest';
import { initialSelection, linkCandidates } from '../../../renderer/src/features/documents/link-candidates';
import { MG_WMO } from '../../../shared/kaders';
import { person, profile, run } from './fixtures';

describe('one document for many requirements', () => {
  const out = run({ peildatum: '2026-12-01', profile: profile({ kind: 'zzp', staffCount: 1 }), people: [person({ id: 'sanne', kind: 'eigenaar' })] });

  it('offers organisation requirements for an organisation document, the same kind ticked first', () => {
    const doc = { evidenceType: 'werkwijze', links: [] as string[] };
    const candidates = linkCandidates([MG_WMO], doc, out.results);
    expect(candidates.every((c) => !c.requirementId.includes('personeel.vog'))).toBe(true);
    const same = candidates.filter((c) => c.sameKind);
    expect(same.length).toBeGreaterThan(5);
    expect(candidates.slice(0, same.length).every((c) => c.sameKind)).toBe(true);
    const chosen = initialSelection(doc, candidates);
    expect(chosen.size).toBe(same.length);
    expect(chosen.has('mg-wmo.clientgerichtheid.no-shows')).toBe(true);
    expect(chosen.has('mg-wmo.veiligheid.meldcode')).toBe(false);
  });

  it('keeps links the document already has, and offers a person only the personal requirements', () => {
    const doc = { evidenceType: 'scholing', personId: 'sanne', links: ['mg-wmo.personeel.reflectie'] };
    const candidates = linkCandidates([MG_WMO], doc, out.results);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => MG_WMO.requirements.find((r) => r.id === c.requirementId)!.scope.level.startsWith('medewerker'))).toBe(true);
    expect(initialSelection(doc, candidates).has('mg-wmo.personeel.reflectie')).toBe(true);
  });
});
