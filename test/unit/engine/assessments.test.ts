import { describe, expect, it } from 'vitest';
import type { CustomRequirement } from '../../../shared/kaders';
import { doc, nvt, person, profile, resultOf, run } from './fixtures';

describe('niet van toepassing (Assessment.notApplicable)', () => {
  it('marks the requirement with the user’s reason and date', () => {
    const out = run({ peildatum: '2025-01-01', assessments: [nvt('mg-wmo', 'mg-wmo.veiligheid.protocol-middelengebruik', 'Wij bieden alleen huishoudelijke hulp.', '2024-10-01')] });
    const r = resultOf(out, 'mg-wmo.veiligheid.protocol-middelengebruik');
    expect(r).toMatchObject({ status: 'niet-van-toepassing', reason: 'Wij bieden alleen huishoudelijke hulp.', reasonSource: 'beoordeling', decidedOn: '2024-10-01' });
    expect(r.action).toBe('Niets te doen. Wij bieden alleen huishoudelijke hulp.');
    expect(out.deadlines.filter((d) => d.requirementId === r.requirementId)).toEqual([]);
  });

  it('covers a person-based requirement as a whole', () => {
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'a' }), person({ id: 'b' })], assessments: [nvt('mg-wmo', 'mg-wmo.personeel.bijscholing-agressie', 'Vrijstelling van de gemeente.')] });
    const rows = out.results.filter((r) => r.requirementId === 'mg-wmo.personeel.bijscholing-agressie');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.personId).toBeUndefined();
    expect(rows[0]!.status).toBe('niet-van-toepassing');
  });

  it('does not apply before the date it was decided', () => {
    const r = resultOf(run({ peildatum: '2024-09-30', assessments: [nvt('mg-wmo', 'mg-wmo.veiligheid.protocol-middelengebruik', 'x', '2024-10-01')] }), 'mg-wmo.veiligheid.protocol-middelengebruik');
    expect(r.status).toBe('ontbreekt');
  });

  it('is per kader: the same id in another kader is not affected', () => {
    const r = resultOf(run({ peildatum: '2025-01-01', assessments: [nvt('wlz-thuis', 'mg-wmo.veiligheid.protocol-middelengebruik', 'x')] }), 'mg-wmo.veiligheid.protocol-middelengebruik');
    expect(r.status).toBe('ontbreekt');
  });
});

describe('manual verdicts (Assessment.manual)', () => {
  const id = 'mg-wmo.veiligheid.meldcode-toepassing';
  const manual = (verdict: 'voldaan' | 'deels' | 'niet', decidedOn: string) => ({ kaderId: 'mg-wmo', requirementId: id, manual: { verdict, decidedOn } });

  it('a requirement without evidence types waits for the user’s own judgement', () => {
    const r = resultOf(run({ peildatum: '2025-01-01' }), id);
    expect(r.status).toBe('ontbreekt');
    expect(r.action).toBe('Beoordeel zelf of je hieraan voldoet en leg je toelichting vast.');
  });

  it('settles it until the review interval has passed', () => {
    const out = run({ peildatum: '2025-01-01', assessments: [manual('voldaan', '2024-03-01')] });
    const r = resultOf(out, id);
    expect(r).toMatchObject({ status: 'handmatig-beoordeeld', manualVerdict: 'voldaan', decidedOn: '2024-03-01', nextDeadline: '2025-02-28' });
    expect(r.action).toBe('Zelf beoordeeld als voldaan op 01-03-2024. Beoordeel opnieuw uiterlijk 28-02-2025.');
    expect(out.deadlines.find((d) => d.requirementId === id)).toMatchObject({ key: `mg-wmo:${id}:org:beoordeling`, kind: 'herziening', date: '2025-02-28' });
    // The title says which requirement was assessed, not just "eigen beoordeling".
    expect(out.deadlines.find((d) => d.requirementId === id)?.title).toMatch(/^.+: eigen beoordeling: \S.{10,}/);

    const stale = resultOf(run({ peildatum: '2025-03-01', assessments: [manual('voldaan', '2024-03-01')] }), id);
    expect(stale.status).toBe('ontbreekt');
    expect(stale.problems).toEqual(['Je eigen beoordeling van 01-03-2024 is verouderd (geldig tot en met 28-02-2025).']);
  });

  it('says what to do after a partial verdict', () => {
    const r = resultOf(run({ peildatum: '2025-01-01', assessments: [manual('deels', '2024-12-01')] }), id);
    expect(r.action).toBe('Zelf beoordeeld als deels voldaan op 01-12-2024. Werk de verbeterpunten uit. Beoordeel opnieuw uiterlijk 30-11-2025.');
  });

  it('does not hide what documents show', () => {
    const expired = doc({ evidenceType: 'risicoanalyse', issueDate: '2023-01-01' });
    const r = resultOf(
      run({ peildatum: '2025-01-01', documents: [expired], assessments: [{ kaderId: 'mg-wmo', requirementId: 'mg-wmo.veiligheid.risicoanalyse', manual: { verdict: 'voldaan', decidedOn: '2024-12-01' } }] }),
      'mg-wmo.veiligheid.risicoanalyse',
    );
    expect(r.status).toBe('verlopen');
    expect(r.manualVerdict).toBe('voldaan');
  });

  it('is not applied per person: personal evidence needs documents', () => {
    const r = resultOf(
      run({ peildatum: '2025-01-01', people: [person({ id: 'a' })], assessments: [{ kaderId: 'mg-wmo', requirementId: 'mg-wmo.personeel.diploma', manual: { verdict: 'voldaan', decidedOn: '2024-12-01' } }] }),
      'mg-wmo.personeel.diploma',
      'a',
    );
    expect(r.status).toBe('ontbreekt');
  });
});

describe('custom requirements', () => {
  const insurance: CustomRequirement = {
    id: 'eigen.verzekering',
    kaderId: 'mg-wmo',
    custom: true,
    sectionId: 'verzekeringen',
    text: 'Wij hebben een geldige aansprakelijkheidsverzekering.',
    sourceRef: { section: 'Contract', bullet: 'art. 7' },
    scope: { level: 'organisatie' },
    evidence: [{ anyOf: [{ type: 'aansprakelijkheidsverzekering' }] }],
  };

  it('are evaluated like built-in ones, flagged custom, filed under "Eigen eisen" for an unknown section', () => {
    const policy = doc({ evidenceType: 'aansprakelijkheidsverzekering', issueDate: '2024-07-01', validUntil: '2025-06-30' });
    const out = run({ peildatum: '2025-01-01', documents: [policy], customRequirements: [insurance] });
    const r = resultOf(out, 'eigen.verzekering');
    expect(r).toMatchObject({ custom: true, sectionId: 'eigen-eisen', status: 'in-orde', nextDeadline: '2025-06-30' });
    expect(out.kaders[0]!.sections.at(-1)).toEqual({ id: 'eigen-eisen', title: 'Eigen eisen' });
    expect(out.counts.perSection['mg-wmo']!['eigen-eisen']!['in-orde']).toBe(1);
  });

  it('join an existing section when it exists, and only for their own kader', () => {
    const out = run({ peildatum: '2025-01-01', customRequirements: [{ ...insurance, sectionId: 'kwaliteitsborging' }, { ...insurance, id: 'eigen.wlz', kaderId: 'wlz-thuis' }] });
    expect(resultOf(out, 'eigen.verzekering').sectionId).toBe('kwaliteitsborging');
    expect(out.results.some((r) => r.requirementId === 'eigen.wlz')).toBe(false);
    expect(out.kaders[0]!.sections.some((s) => s.id === 'eigen-eisen')).toBe(false);
  });

  it('can be marked not applicable like any requirement', () => {
    const out = run({ peildatum: '2025-01-01', customRequirements: [insurance], assessments: [nvt('mg-wmo', 'eigen.verzekering', 'Geregeld via de hoofdaannemer.')] });
    expect(resultOf(out, 'eigen.verzekering').status).toBe('niet-van-toepassing');
  });
});

describe('documents serving several requirements and kaders', () => {
  it('an explicit link makes any document count, for its own subject only', () => {
    const note = doc({ id: 'note', evidenceType: 'overig', issueDate: '2024-05-01', links: ['mg-wmo.clientgerichtheid.sociale-kaart'] });
    const r = resultOf(run({ peildatum: '2025-01-01', documents: [note] }), 'mg-wmo.clientgerichtheid.sociale-kaart');
    expect(r.status).toBe('in-orde');
    expect(r.documentIds).toEqual(['note']);

    const personal = doc({ id: 'cert', evidenceType: 'overig', personId: 'a', issueDate: '2024-05-01', links: ['mg-wmo.personeel.diploma'] });
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'a' }), person({ id: 'b' })], documents: [personal] });
    expect(resultOf(out, 'mg-wmo.personeel.diploma', 'a').status).toBe('in-orde');
    expect(resultOf(out, 'mg-wmo.personeel.diploma', 'b').status).toBe('ontbreekt');
  });

  it('a linked document keeps its own type’s validity', () => {
    const audit = doc({ evidenceType: 'interne-audit', issueDate: '2023-05-01', links: ['mg-wmo.clientgerichtheid.sociale-kaart'] });
    expect(resultOf(run({ peildatum: '2025-01-01', documents: [audit] }), 'mg-wmo.clientgerichtheid.sociale-kaart').status).toBe('verlopen');
  });

  it('one policy document proves several requirements (incidenten protocol)', () => {
    const p = doc({ id: 'inc', evidenceType: 'protocol-incidenten', issueDate: '2024-10-01' });
    const out = run({ peildatum: '2025-01-01', documents: [p] });
    for (const id of ['mg-wmo.veiligheid.calamiteiten-melden', 'mg-wmo.veiligheid.incidenten-werkwijze', 'mg-wmo.veiligheid.protocol-incidenten-calamiteiten']) {
      expect(resultOf(out, id).documentIds, id).toEqual(['inc']);
    }
  });

  it('a quality certificate of a named keurmerk satisfies both kaders; another keurmerk only the Wlz one', () => {
    const hkz = doc({ evidenceType: 'kwaliteitscertificaat', issueDate: '2023-06-01', validUntil: '2026-05-31', details: { keurmerk: 'hkz' } });
    const other = doc({ evidenceType: 'kwaliteitscertificaat', issueDate: '2023-06-01', validUntil: '2026-05-31', details: { keurmerk: 'anders' } });
    const p = profile({ kaderIds: ['mg-wmo', 'wlz-thuis'] });
    const a = run({ peildatum: '2025-01-01', profile: p, documents: [hkz] });
    expect(resultOf(a, 'mg-wmo.kwaliteitsborging.certificaat').status).toBe('in-orde');
    expect(resultOf(a, 'wlz-thuis.leren-en-verbeteren.kwaliteitsmanagementsysteem').status).toBe('in-orde');
    const b = run({ peildatum: '2025-01-01', profile: p, documents: [other] });
    expect(resultOf(b, 'mg-wmo.kwaliteitsborging.certificaat').status).toBe('ontbreekt');
    expect(resultOf(b, 'wlz-thuis.leren-en-verbeteren.kwaliteitsmanagementsysteem').status).toBe('in-orde');
  });
});
