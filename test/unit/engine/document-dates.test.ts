import { describe, expect, it } from 'vitest';
import { lastValidDay } from '../../../shared/engine';
import { getEvidenceType } from '../../../shared/evidence';
import { doc, person, profile, resultOf, run, vog } from './fixtures';

/** Issue 13: every document's last valid day, in the order entered end date > sourced period > none. */
describe('the last valid day of a document', () => {
  const rule = (type: string) => getEvidenceType(type)!.validity;

  it('takes the entered end date first, a sourced period second, else none', () => {
    expect(lastValidDay({ issueDate: '2025-12-15', validUntil: '2027-01-31' }, rule('bhv'))).toMatchObject({
      validThrough: '2027-01-31',
      source: { kind: 'ingevuld' },
    });
    expect(lastValidDay({ issueDate: '2025-12-15' }, rule('bhv'))).toEqual({
      ok: true,
      validThrough: '2026-12-14',
      source: { kind: 'berekend', text: 'berekend: BHV-certificaat 1 jaar geldig (NIBHV)', basis: 'BHV-certificaat 1 jaar geldig (NIBHV)', months: 12 },
    });
    expect(lastValidDay({ issueDate: '2025-01-10' }, rule('vertrouwenspersoon'))).toMatchObject({ ok: true, source: { kind: 'geen' } });
  });

  it('every catalogue period names its source', () => {
    for (const key of ['bhv', 'ehbo', 'big', 'skj', 'kvk-uittreksel', 'gva', 'kwaliteitscertificaat', 'meldcode', 'klachtenregeling']) {
      const r = rule(key);
      expect(r.months, key).toBeGreaterThan(0);
      expect(r.basis, key).toMatch(/\(.+\)/);
    }
  });

  it('HKZ certificate issued 01-06-2023 with end date 31-12-2026 is valid to 31-12-2026, not cut off at the 3-year default', () => {
    const hkz = doc({ id: 'hkz', evidenceType: 'kwaliteitscertificaat', issueDate: '2023-06-01', validUntil: '2026-12-31', details: { keurmerk: 'hkz' } });
    const out = run({ peildatum: '2026-06-15', documents: [hkz] });
    const r = resultOf(out, 'mg-wmo.kwaliteitsborging.certificaat');
    expect(r.status).toBe('in-orde');
    expect(r.groups[0]!.validThrough).toBe('2026-12-31');
    const use = out.documents.find((d) => d.documentId === 'hkz')!;
    expect(use.lastValidDay).toBe('2026-12-31');
    expect(use.dateSource.kind).toBe('ingevuld');
    expect(out.deadlines.find((d) => d.documentId === 'hkz')!.date).toBe('2026-12-31');
  });

  it('an insurance policy from 01-01-2020 valid to 31-12-2026 is in order while it runs, and watched though no requirement asks for it', () => {
    const policy = doc({ id: 'avp', evidenceType: 'aansprakelijkheidsverzekering', issueDate: '2020-01-01', validUntil: '2026-12-31' });
    const out = run({ peildatum: '2026-06-01', documents: [policy] });
    const use = out.documents.find((d) => d.documentId === 'avp')!;
    expect(use.status).toBe('in-orde');
    expect(use.lastValidDay).toBe('2026-12-31');
    expect(use.statusText).toBe('Geldig tot en met 31-12-2026.');
    expect(use.countsFor).toEqual([]);
    expect(use.countsForNothing!.reason).toMatch(/^Telt niet mee: geen eis van .* vraagt om de aansprakelijkheidsverzekering\.$/);
    const deadline = out.deadlines.find((d) => d.documentId === 'avp')!;
    expect(deadline).toMatchObject({ key: 'doc:avp', date: '2026-12-31', kind: 'verloopdatum', noRequirement: true, kaderId: '', dateSource: { kind: 'ingevuld' } });
    // Without an end date a policy runs until ended: no invented date.
    const open = run({ peildatum: '2026-06-01', documents: [doc({ id: 'avp2', evidenceType: 'aansprakelijkheidsverzekering', issueDate: '2020-01-01' })] });
    expect(open.documents[0]).toMatchObject({ status: 'in-orde', lastValidDay: undefined, dateSource: { kind: 'geen' } });
    expect(open.deadlines.some((d) => d.documentId === 'avp2')).toBe(false);
  });

  it('a vertrouwenspersoon agreement without an end date gets no invented date', () => {
    const vp = doc({ id: 'vp', evidenceType: 'vertrouwenspersoon', issueDate: '2026-01-10' });
    const out = run({ peildatum: '2026-12-01', documents: [vp] });
    const group = resultOf(out, 'mg-wmo.clientgerichtheid.vertrouwenspersoon').groups.find((g) => g.evidenceType === 'vertrouwenspersoon')!;
    expect(group).toMatchObject({ status: 'in-orde', documentIds: ['vp'] });
    expect(group.validThrough).toBeUndefined();
    expect(out.documents[0]!.lastValidDay).toBeUndefined();
    expect(out.deadlines.some((d) => d.documentId === 'vp')).toBe(false);
  });

  it('a policy review date is advice: the entered next review date replaces it', () => {
    const meldcode = doc({ id: 'mc', evidenceType: 'meldcode', issueDate: '2026-01-10' });
    const advised = run({ peildatum: '2026-12-01', documents: [meldcode] });
    expect(advised.deadlines.find((d) => d.documentId === 'mc')).toMatchObject({ date: '2027-01-09', kind: 'herziening', dateSource: { kind: 'advies' } });
    const own = run({ peildatum: '2026-12-01', documents: [{ ...meldcode, validUntil: '2027-06-30' }] });
    expect(resultOf(own, 'mg-wmo.veiligheid.meldcode').status).toBe('in-orde');
    expect(own.deadlines.find((d) => d.documentId === 'mc')).toMatchObject({ date: '2027-06-30', dateSource: { kind: 'ingevuld' } });
  });

  it('a GVA is valid for 2 years (Justis) and is watched as an organisation document', () => {
    const gva = doc({ id: 'gva', evidenceType: 'gva', issueDate: '2025-03-01' });
    const out = run({ peildatum: '2026-12-01', documents: [gva] });
    const use = out.documents[0]!;
    expect(use.lastValidDay).toBe('2027-02-28');
    expect(use.status).toBe('in-orde');
    expect(use.dateSource.text).toBe('berekend: GVA 2 jaar geldig (Justis)');
    expect(out.deadlines.find((d) => d.documentId === 'gva')).toMatchObject({ date: '2027-02-28', title: 'Verloopt: Gedragsverklaring aanbesteden (GVA)' });
    expect(run({ peildatum: '2027-03-01', documents: [gva] }).documents[0]!.status).toBe('verlopen');
  });

  it('a BHV certificate of someone without the BHV role is watched and says how to make it count', () => {
    const anna = person({ id: 'anna', name: 'Anna de Vries', kind: 'eigenaar', startDate: '2024-01-01' });
    const bhv = doc({ id: 'bhv', evidenceType: 'bhv', personId: 'anna', issueDate: '2025-12-15' });
    const out = run({ peildatum: '2026-12-01', profile: profile({ kind: 'zzp', staffCount: 1 }), people: [anna], documents: [bhv] });
    const use = out.documents[0]!;
    expect(use.countsFor).toEqual([]);
    expect(use.countsForNothing).toEqual({
      reason: 'Telt niet mee: niemand heeft de rol BHV’er.',
      fix: { kind: 'rol-geven', personId: 'anna', role: 'bhv', label: 'Rol BHV’er geven aan Anna de Vries?' },
    });
    expect(out.deadlines.find((d) => d.documentId === 'bhv')).toMatchObject({
      date: '2026-12-14',
      status: 'verloopt-binnenkort',
      title: 'Scholing vernieuwen: BHV-certificaat – Anna de Vries',
      dateSource: { text: 'berekend: BHV-certificaat 1 jaar geldig (NIBHV)' },
    });
    // With the role it counts, and the deadline is the requirement's.
    const withRole = run({ peildatum: '2026-12-01', people: [{ ...anna, roles: ['bhv'] }], documents: [bhv] });
    expect(withRole.documents[0]!.countsFor).toEqual([
      { kaderId: 'mg-wmo', requirementIds: ['mg-wmo.personeel.bijscholing-bhv'], resultKeys: ['mg-wmo:mg-wmo.personeel.bijscholing-bhv:anna'] },
    ]);
    expect(withRole.documents[0]!.countsForNothing).toBeUndefined();
  });

  it('a training certificate on another subject belongs to its own requirement, not "telt niet mee"', () => {
    const anna = person({ id: 'anna' });
    const agressie = doc({ evidenceType: 'scholing', personId: 'anna', issueDate: '2025-05-01', details: { subject: 'agressie' } });
    const out = run({ peildatum: '2025-09-01', people: [anna], documents: [agressie] });
    const meldcode = resultOf(out, 'mg-wmo.personeel.bijscholing-meldcode', 'anna');
    expect(meldcode.problems.join(' ')).not.toMatch(/telt niet mee/);
    expect(meldcode.problems[0]).toContain('onderwerp “Omgaan met agressie”');
    expect(out.documents[0]!.countsFor[0]!.requirementIds).toEqual(['mg-wmo.personeel.bijscholing-agressie']);
    expect(out.documents[0]!.problems).toEqual([]);
  });

  it('a VOG without a screening profile counts for nothing and asks to complete the details', () => {
    const anna = person({ id: 'anna', startDate: '2025-06-01' });
    const out = run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-05-01', { id: 'v', details: {} })] });
    expect(out.documents[0]!.countsForNothing).toMatchObject({ fix: { kind: 'gegevens-aanpassen' } });
    expect(out.documents[0]!.countsForNothing!.reason).toMatch(/geen screeningsprofiel ingevuld/);
    // Adding profile 45 makes it count.
    const fixed = run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-05-01', { id: 'v' })] });
    expect(resultOf(fixed, 'mg-wmo.personeel.vog', 'anna').status).toBe('in-orde');
  });
});

describe('the yearly audit of a quality certificate', () => {
  it('is tracked apart from the certificate’s own end date', () => {
    const hkz = doc({ id: 'hkz', evidenceType: 'kwaliteitscertificaat', issueDate: '2023-06-01', validUntil: '2026-12-31', details: { keurmerk: 'hkz', lastAudit: '2026-03-10' } });
    const out = run({ peildatum: '2026-06-15', documents: [hkz] });
    expect(out.documents[0]).toMatchObject({ lastValidDay: '2026-12-31', nextAudit: '2027-03-09' });
    const audit = out.deadlines.find((d) => d.key === 'doc:hkz:audit')!;
    expect(audit).toMatchObject({ date: '2027-03-09', kind: 'meting', title: 'Nieuwe meting: jaarlijkse audit kwaliteitscertificaat', dateSource: { kind: 'berekend' } });
    expect(out.deadlines.find((d) => d.documentId === 'hkz' && d.key !== 'doc:hkz:audit')!.date).toBe('2026-12-31');
  });
});
