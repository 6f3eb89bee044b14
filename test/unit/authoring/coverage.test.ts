import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, coverageByKind, evidencePlan, getDocumentKind, kindsForRequirement, type AuthoringContext } from '../../../shared/authoring';
import { evaluate, type EngineOutput } from '../../../shared/engine';
import type { DocumentInput } from '../../../shared/engine/types';
import { agencyContext, zzpContext } from './profiles';

const PEIL = '2026-12-01';

function run(ctx: AuthoringContext, documents: DocumentInput[]): EngineOutput {
  return evaluate({ peildatum: PEIL, profile: ctx.profile, people: [], documents, assessments: [], customRequirements: [] });
}

function adopted(kindId: string, ctx: AuthoringContext, id = kindId): DocumentInput {
  const plan = evidencePlan(getDocumentKind(kindId)!, ctx);
  return { id, evidenceType: plan.evidenceType, details: plan.details, links: plan.links, versionGroup: id, issueDate: PEIL, title: kindId };
}

const statusOf = (out: EngineOutput, id: string) => out.results.find((r) => r.requirementId === id)?.status;

describe.each([
  ['zzp’er', zzpContext],
  ['bureau', agencyContext],
])('evidence plan for a %s', (_l, makeCtx) => {
  const ctx = makeCtx();
  it.each(DOCUMENT_KINDS.map((k) => k.id))('%s reaches every requirement it proves, by type or by a single-group link', (kindId) => {
    const plan = evidencePlan(getDocumentKind(kindId)!, ctx);
    expect(plan.unreachable).toEqual([]);
  });
});

describe('adopting generated documents against the engine (zzp’er, Wmo begeleiding)', () => {
  const ctx = zzpContext();
  const before = run(ctx, []);
  const docs = ['meldcode', 'klachtenregeling', 'kwaliteitshandboek'].map((k) => adopted(k, ctx));
  const after = run(ctx, docs);

  it('turns the procedure requirements from ontbreekt to in orde', () => {
    for (const id of ['mg-wmo.veiligheid.meldcode', 'mg-wmo.clientgerichtheid.klachtenprocedure', 'mg-wmo.veiligheid.protocol-agressie', 'mg-wmo.veiligheid.protocol-incidenten-calamiteiten', 'mg-wmo.clientgerichtheid.continuiteit', 'mg-wmo.clientgerichtheid.privacy', 'mg-wmo.clientgerichtheid.no-shows']) {
      expect(statusOf(before, id)).toBe('ontbreekt');
      expect(statusOf(after, id)).toBe('in-orde');
    }
  });

  it('keeps asking for proof of practice where the kader wants it, and for the Wkkgz membership', () => {
    for (const id of ['mg-wmo.clientgerichtheid.zorgovereenkomst', 'mg-wmo.clientgerichtheid.uitvoeringsplan', 'mg-wmo.clientgerichtheid.evaluatie', 'mg-wmo.clientgerichtheid.warme-overdracht', 'mg-wmo.veiligheid.clientrisico-inventarisatie', 'mg-wmo.clientgerichtheid.klachtenfunctionaris']) {
      const r = after.results.find((x) => x.requirementId === id)!;
      expect(r.status).toBe('ontbreekt');
    }
    const warm = after.results.find((x) => x.requirementId === 'mg-wmo.clientgerichtheid.warme-overdracht')!;
    expect(warm.groups.map((g) => g.status)).toEqual(['in-orde', 'ontbreekt']);
  });

  it('reports the coverage figures', () => {
    const applicable = before.results.filter((r) => r.status !== 'niet-van-toepassing');
    const cov = coverageByKind(ctx, before.results);
    const covered = new Set(cov.filter((c) => ['meldcode', 'klachtenregeling', 'kwaliteitshandboek'].includes(c.kind.id)).flatMap((c) => c.covers));
    const fullyMet = after.results.filter((r) => r.status === 'in-orde').length;
    const procedureOnly = [...covered].filter((id) => statusOf(after, id) !== 'in-orde');
    console.log(
      `zzp'er: ${applicable.length} applicable requirements; the three questionnaires cover the procedure of ${covered.size}; ` +
        `in orde before ${before.results.filter((r) => r.status === 'in-orde').length}, after ${fullyMet}; ` +
        `still waiting for proof of practice: ${procedureOnly.length} (${procedureOnly.join(', ')})`,
    );
    expect(covered.size).toBeGreaterThanOrEqual(20);
    expect(fullyMet).toBe(covered.size - procedureOnly.length);
    // The overview's promise matches what adopting really does.
    const book = cov.find((c) => c.kind.id === 'kwaliteitshandboek')!;
    const promised = new Set(cov.filter((c) => ['meldcode', 'klachtenregeling', 'kwaliteitshandboek'].includes(c.kind.id)).flatMap((c) => c.completes));
    expect(promised.size).toBe(fullyMet);
    expect(book.missing.length - book.completes.length).toBe(procedureOnly.length);
  });

  it('an imported own document of the same requirement never double-counts', () => {
    const own: DocumentInput = { id: 'eigen-meldcode', evidenceType: 'meldcode', details: {}, links: [], versionGroup: 'eigen-meldcode', issueDate: '2026-06-01', title: 'Onze meldcode' };
    const both = run(ctx, [...docs, own]);
    const results = both.results.filter((r) => r.requirementId === 'mg-wmo.veiligheid.meldcode');
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('in-orde');
    expect(both.counts.total['in-orde']).toBe(after.counts.total['in-orde']);
  });

  it('offers the smallest document first for a missing requirement', () => {
    expect(kindsForRequirement('mg-wmo.veiligheid.protocol-agressie', ctx).map((k) => k.id)).toEqual(['agressie', 'kwaliteitshandboek']);
    expect(kindsForRequirement('mg-wmo.veiligheid.protocol-bhv', ctx)).toEqual([]);
  });
});
