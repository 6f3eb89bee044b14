import { describe, expect, it } from 'vitest';
import { STATUSES, evaluate } from '../../../shared/engine';
import { resultOf } from './fixtures';
import { PEILDATUM, agencyInput } from './scenario';

describe('scenario: an agency of 10 people under both kaders', () => {
  const out = evaluate(agencyInput());
  const status = (req: string, personId?: string) => resultOf(out, req, personId).status;

  it('evaluates the nine people still working and leaves Joyce out', () => {
    expect(out.inactivePersonIds).toEqual(['p10']);
    expect(out.staffMatrix.rows.map((r) => r.name)).toEqual([
      'Anja Bakker', 'Bram de Vries', 'Chantal Smit', 'Daan Mulder', 'Eva Jansen', 'Fatima El Amrani', 'Gert Visser', 'Hanna Bos', 'Ivo Peters',
    ]);
  });

  it('gets every VOG right', () => {
    expect(status('mg-wmo.personeel.vog', 'p01')).toBe('in-orde');
    expect(status('mg-wmo.personeel.vog', 'p02')).toBe('in-orde');
    expect(status('mg-wmo.personeel.vog', 'p04')).toBe('in-orde'); // issued after the start: in order since, with a remark
    expect(resultOf(out, 'mg-wmo.personeel.vog', 'p04').remarks![0]).toMatch(/^Bij de start op .* was er geen geldige VOG; in orde sinds de afgifte op /);
    expect(status('mg-wmo.personeel.vog', 'p05')).toBe('ontbreekt'); // no profile 45
    expect(status('mg-wmo.personeel.vog', 'p07')).toBe('in-orde'); // volunteer
    const ivo = resultOf(out, 'mg-wmo.personeel.vog', 'p09');
    expect(ivo.status).toBe('ontbreekt');
    expect(ivo.nextDeadline).toBe('2025-10-01');
    expect(ivo.action).toContain('vóór de start op 01-10-2025');
  });

  it('flags expiring and expired training and renewals', () => {
    expect(status('mg-wmo.personeel.bijscholing-bhv', 'p01')).toBe('in-orde');
    expect(status('mg-wmo.personeel.bijscholing-bhv', 'p02')).toBe('verloopt-binnenkort');
    expect(status('mg-wmo.personeel.bijscholing-agressie', 'p02')).toBe('verlopen');
    expect(status('mg-wmo.personeel.bijscholing-meldcode', 'p05')).toBe('verloopt-binnenkort');
    expect(status('mg-wmo.personeel.big-registratie', 'p03')).toBe('in-orde');
    expect(out.results.some((r) => r.requirementId === 'mg-wmo.personeel.diploma' && r.personId === 'p07')).toBe(false);
  });

  it('applies the intake: 10 staff means alternative inspraak, no cliëntenraad; Wlz themes are in', () => {
    expect(status('mg-wmo.clientgerichtheid.clientenraad')).toBe('niet-van-toepassing');
    expect(status('mg-wmo.clientgerichtheid.inspraak-alternatief')).toBe('in-orde');
    expect(status('mg-wmo.veiligheid.protocol-middelengebruik')).toBe('niet-van-toepassing');
    expect(status('mg-wmo.veiligheid.meldcode-toepassing')).toBe('handmatig-beoordeeld');
    expect(status('wlz-thuis.gebruik-van-informatie.nps')).toBe('verlopen');
    expect(status('mg-wmo.clientgerichtheid.tevredenheid')).toBe('in-orde');
    expect(out.kaders.find((k) => k.id === 'wlz-thuis')!.sections).toHaveLength(8);
  });

  it('fills the staff matrix with the worst status per credential across kaders', () => {
    const cols = out.staffMatrix.columns.map((c) => c.key);
    expect(cols).toEqual(['vog', 'diploma', 'big', 'bhv', 'scholing-meldcode', 'scholing-agressie', 'supervisie']);
    const chantal = out.staffMatrix.rows.find((r) => r.personId === 'p03')!;
    expect(chantal.cells['big']!.resultKeys).toEqual(['mg-wmo:mg-wmo.personeel.big-registratie:p03', 'wlz-thuis:wlz-thuis.veiligheid.big-registratie:p03']);
    expect(chantal.cells['big']!.documentIds).toEqual(['big-p03']);
    expect(chantal.cells['bhv']).toBeNull();
    const eva = out.staffMatrix.rows.find((r) => r.personId === 'p05')!;
    expect(eva.cells['diploma']!.status).toBe('in-orde'); // level 3 counts for both the Wmo list and the EVV rule
    const bram = out.staffMatrix.rows.find((r) => r.personId === 'p02')!;
    expect(bram.cells['scholing-agressie']!.status).toBe('verlopen');
    const gert = out.staffMatrix.rows.find((r) => r.personId === 'p07')!;
    expect(gert.cells['diploma']).toBeNull();
    expect(gert.cells['vog']!.status).toBe('in-orde');
  });

  it('lists deadlines in date order with stable keys, overdue first', () => {
    const dates = out.deadlines.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(out.deadlines.map((d) => d.key)).size).toBe(out.deadlines.length);
    const overdue = out.deadlines.filter((d) => d.overdue);
    expect(overdue.every((d) => d.date < PEILDATUM && d.daysLeft < 0)).toBe(true);
    expect(out.deadlines.find((d) => d.key === 'mg-wmo:mg-wmo.personeel.bijscholing-agressie:p02:0')).toMatchObject({ date: '2025-05-31', kind: 'scholing', overdue: true, title: 'Scholing vernieuwen: Omgaan met agressie – Bram de Vries' });
    expect(out.deadlines.find((d) => d.key === 'mg-wmo:mg-wmo.clientgerichtheid.tevredenheid:org:0')).toMatchObject({ date: '2026-03-14', kind: 'meting' });
    expect(out.deadlines.find((d) => d.key === 'mg-wmo:mg-wmo.clientgerichtheid.evaluatie:org:1')).toMatchObject({ date: '2025-11-19', kind: 'evaluatie', withinHorizon: false });
    expect(out.deadlines.find((d) => d.key === 'mg-wmo:mg-wmo.veiligheid.protocol-agressie:org:0')).toMatchObject({ date: '2025-10-09', kind: 'herziening', withinHorizon: true });
    // The BIG registration counts for both kaders: two deadlines, one dedupe key.
    const big = out.deadlines.filter((d) => d.documentId === 'big-p03');
    expect(big).toHaveLength(2);
    expect(new Set(big.map((d) => d.dedupeKey)).size).toBe(1);
  });

  it('counts per status add up per kader and per section', () => {
    let total = 0;
    for (const s of STATUSES) total += out.counts.total[s];
    expect(total).toBe(out.results.length);
    for (const k of out.kaders) {
      const perKader = out.counts.perKader[k.id]!;
      const rows = out.results.filter((r) => r.kaderId === k.id);
      for (const s of STATUSES) {
        expect(perKader[s]).toBe(rows.filter((r) => r.status === s).length);
        const sum = Object.values(out.counts.perSection[k.id]!).reduce((n, c) => n + c[s], 0);
        expect(sum).toBe(perKader[s]);
      }
    }
    expect(Object.keys(out.counts.perSection['wlz-thuis']!)).toHaveLength(8);
  });

  it('gives every result one Dutch action line', () => {
    for (const r of out.results) {
      expect(r.action.length, r.key).toBeGreaterThan(10);
      expect(r.action, r.key).toMatch(/[.!]$/);
      expect(r.action, r.key).not.toMatch(/undefined|NaN|\d{4}-\d{2}-\d{2}/);
    }
  });

  it('is deterministic and JSON in / JSON out', () => {
    const input = agencyInput();
    const frozen = JSON.stringify(input);
    const a = evaluate(input);
    expect(JSON.stringify(input)).toBe(frozen); // input not mutated
    const b = evaluate(JSON.parse(frozen));
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const reversed = { ...input, people: [...input.people].reverse(), documents: [...input.documents].reverse() };
    expect(evaluate(reversed)).toEqual(a);
  });
});
