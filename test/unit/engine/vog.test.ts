import { describe, expect, it } from 'vitest';
import { MG_WMO } from '../../../shared/kaders';
import type { Kader } from '../../../shared/kaders';
import { doc, person, resultOf, run, vog } from './fixtures';

const VOG = 'mg-wmo.personeel.vog';

describe('VOG at the start of work (kader 003: profile 45, at most 3 months before, not after)', () => {
  const start = '2025-06-01';
  const anna = person({ id: 'anna', startDate: start });

  it('accepts a VOG issued exactly 3 months before the start', () => {
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-03-01', { id: 'v1' })] }), VOG, 'anna');
    expect(r.status).toBe('in-orde');
    expect(r.documentIds).toEqual(['v1']);
    expect(r.nextDeadline).toBeUndefined();
    expect(r.action).toBe('In orde; niets te doen.');
  });

  it('rejects a VOG issued one day earlier', () => {
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-02-28')] }), VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
    expect(r.documentIds).toEqual([]);
    expect(r.problems[0]).toBe(
      'De VOG van 28-02-2025 is meer dan 3 maanden vóór de startdatum (01-06-2025) afgegeven; de afgiftedatum moet op of na 01-03-2025 liggen.',
    );
    expect(r.action).toMatch(/^De VOG van 28-02-2025 is meer dan 3 maanden/);
  });

  it('accepts a VOG issued on the start date itself', () => {
    expect(resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', start)] }), VOG, 'anna').status).toBe('in-orde');
  });

  it('a VOG with profile 45 issued after the start is in order from its issue date, with a remark about the start', () => {
    const late = vog('anna', '2025-06-20', { id: 'late' });
    const before = resultOf(run({ peildatum: '2025-06-19', people: [anna], documents: [late] }), VOG, 'anna');
    expect(before.status).toBe('ontbreekt');
    expect(before.remarks).toBeUndefined();
    const out = run({ peildatum: '2025-06-20', people: [anna], documents: [late] });
    const r = resultOf(out, VOG, 'anna');
    expect(r.status).toBe('in-orde');
    expect(r.documentIds).toEqual(['late']);
    expect(r.remarks).toEqual(['Bij de start op 01-06-2025 was er geen geldige VOG; in orde sinds de afgifte op 20-06-2025.']);
    expect(out.documents.find((d) => d.documentId === 'late')!.remarks).toEqual(r.remarks);
  });

  it('a late VOG without profile 45 does not make it right', () => {
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-06-20', { details: {} })] }), VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
    expect(r.remarks).toBeUndefined();
    expect(r.problems[0]).toBe(
      'Bij de VOG van 20-06-2025 is geen screeningsprofiel ingevuld; deze eis vraagt 45 – Gezondheid en welzijn van mens en dier. Vul het in bij de gegevens van het document.',
    );
  });

  it('rejects a VOG without screening profile 45', () => {
    const other = vog('anna', '2025-04-01', { details: { profiles: ['ander'] } });
    const aspects = vog('anna', '2025-04-02', { details: { functieaspecten: '84, 85' } });
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [other, aspects] }), VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
    expect(r.problems).toContain('De VOG van 01-04-2025 heeft screeningsprofiel “Ander screeningsprofiel”; deze eis vraagt 45 – Gezondheid en welzijn van mens en dier.');
    expect(r.problems).toHaveLength(2);
  });

  it('accepts profile 45 among several profiles', () => {
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [vog('anna', '2025-04-01', { details: { profiles: ['ander', '45'] } })] }), VOG, 'anna');
    expect(r.status).toBe('in-orde');
  });

  it('handles the leap day: start 31-05-2024 allows a VOG from 29-02-2024 but not 28-02-2024', () => {
    const bob = person({ id: 'bob', startDate: '2024-05-31' });
    expect(resultOf(run({ peildatum: '2024-06-10', people: [bob], documents: [vog('bob', '2024-02-29')] }), VOG, 'bob').status).toBe('in-orde');
    expect(resultOf(run({ peildatum: '2024-06-10', people: [bob], documents: [vog('bob', '2024-02-28')] }), VOG, 'bob').status).toBe('ontbreekt');
  });

  it('for someone who has not started yet, asks for the VOG before the start with a start deadline', () => {
    const out = run({ peildatum: '2025-05-01', people: [anna], documents: [] });
    const r = resultOf(out, VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
    expect(r.nextDeadline).toBe(start);
    expect(r.daysUntilDeadline).toBe(31);
    expect(r.action).toBe('Zorg dat Anna vóór de start op 01-06-2025 de VOG (45 – Gezondheid en welzijn van mens en dier) heeft, afgegeven op of na 01-03-2025.');
    const d = out.deadlines.find((x) => x.requirementId === VOG)!;
    expect(d).toMatchObject({ key: 'mg-wmo:mg-wmo.personeel.vog:anna:start', kind: 'start', date: start, overdue: false, title: 'Nodig vóór de start: VOG – Anna' });
  });

  it('for someone who has not started yet, a VOG in the window is in order', () => {
    expect(resultOf(run({ peildatum: '2025-05-01', people: [anna], documents: [vog('anna', '2025-04-20')] }), VOG, 'anna').status).toBe('in-orde');
  });

  it('ignores a VOG dated after the peildatum', () => {
    const r = resultOf(run({ peildatum: '2025-05-01', people: [anna], documents: [vog('anna', '2025-05-15')] }), VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
    expect(r.problems).toEqual([]);
  });

  it('applies to volunteers and owners with client contact, not to people without client contact', () => {
    const people = [
      person({ id: 'vera', kind: 'vrijwilliger' }),
      person({ id: 'otto', kind: 'eigenaar' }),
      person({ id: 'bert', clientContact: false }),
    ];
    const out = run({ peildatum: '2025-07-01', people, documents: [] });
    const ids = out.results.filter((r) => r.requirementId === VOG).map((r) => r.personId);
    expect(ids).toEqual(['otto', 'vera']);
    // Diplomas are for hulpverleners: not for the volunteer.
    expect(out.results.filter((r) => r.requirementId === 'mg-wmo.personeel.diploma').map((r) => r.personId)).toEqual(['otto']);
  });

  describe('with a kader that wants a VOG no older than 3 years', () => {
    const strict: Kader = { ...MG_WMO, validity: { vog: { months: 36 } } };
    const karin = person({ id: 'karin', startDate: '2020-03-01' });

    it('marks the start VOG expired after 36 months, with the expiry as deadline', () => {
      const out = run({ peildatum: '2023-03-01', kaders: [strict], people: [karin], documents: [vog('karin', '2020-02-01')] });
      const r = resultOf(out, VOG, 'karin');
      expect(r.status).toBe('verlopen');
      expect(r.nextDeadline).toBe('2023-01-31');
      expect(r.action).toBe('De VOG (45 – Gezondheid en welzijn van mens en dier) van Karin is verlopen (geldig tot en met 31-01-2023): upload een nieuwe VOG (45 – Gezondheid en welzijn van mens en dier).');
    });

    it('accepts a renewal issued after the start, because the start VOG is still on file', () => {
      const docs = [vog('karin', '2020-02-01', { id: 'v-start' }), vog('karin', '2022-12-01', { id: 'v-new' })];
      const r = resultOf(run({ peildatum: '2023-03-01', kaders: [strict], people: [karin], documents: docs }), VOG, 'karin');
      expect(r.status).toBe('in-orde');
      expect(r.documentIds).toEqual(['v-new']);
      expect(r.nextDeadline).toBe('2025-11-30');
    });

    it('a kader with 2 years gives a different verdict on the same documents', () => {
      const twoYears: Kader = { ...MG_WMO, validity: { vog: { months: 24 } } };
      const docs = [vog('karin', '2020-02-01')];
      expect(resultOf(run({ peildatum: '2022-12-15', kaders: [twoYears], people: [karin], documents: docs }), VOG, 'karin').status).toBe('verlopen');
      expect(resultOf(run({ peildatum: '2022-12-15', kaders: [strict], people: [karin], documents: docs }), VOG, 'karin').status).toBe('verloopt-binnenkort');
      expect(resultOf(run({ peildatum: '2022-12-15', people: [karin], documents: docs }), VOG, 'karin').status).toBe('in-orde');
    });
  });

  it('does not count another person’s VOG', () => {
    const out = run({ peildatum: '2025-07-01', people: [anna, person({ id: 'bob', startDate: start })], documents: [vog('bob', '2025-05-01')] });
    expect(resultOf(out, VOG, 'anna').status).toBe('ontbreekt');
    expect(resultOf(out, VOG, 'bob').status).toBe('in-orde');
  });

  it('does not count an organisation document as a person’s VOG', () => {
    const r = resultOf(run({ peildatum: '2025-07-01', people: [anna], documents: [doc({ evidenceType: 'vog', issueDate: '2025-05-01', details: { profiles: ['45'] } })] }), VOG, 'anna');
    expect(r.status).toBe('ontbreekt');
  });
});
