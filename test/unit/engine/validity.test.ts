import { describe, expect, it } from 'vitest';
import { documentValidity, matchesWhere, resolveRule } from '../../../shared/engine';
import { MG_WMO, WLZ_THUIS } from '../../../shared/kaders';
import { doc, person, profile, resultOf, run } from './fixtures';

const BHV = 'mg-wmo.personeel.bijscholing-bhv';
const bhver = person({ id: 'bea', roles: ['bhv'] });

describe('BHV certificate (1 year)', () => {
  it('is still valid on the day it expires (geldig tot en met), and expired the day after', () => {
    const cert = doc({ evidenceType: 'bhv', personId: 'bea', issueDate: '2024-06-01', validUntil: '2025-05-20' });
    const on = resultOf(run({ peildatum: '2025-05-20', people: [bhver], documents: [cert] }), BHV, 'bea');
    expect(on.status).toBe('verloopt-binnenkort');
    expect(on.daysUntilDeadline).toBe(0);
    expect(on.action).toBe('Vernieuw het BHV-certificaat van Bea: geldig tot en met 20-05-2025.');
    const after = resultOf(run({ peildatum: '2025-05-21', people: [bhver], documents: [cert] }), BHV, 'bea');
    expect(after.status).toBe('verlopen');
    expect(after.daysUntilDeadline).toBe(-1);
    expect(after.documentIds).toEqual([]);
    expect(after.action).toBe('Het BHV-certificaat van Bea is verlopen (geldig tot en met 20-05-2025): upload een nieuw BHV-certificaat.');
  });

  it('without its own end date is valid for a year from the issue date', () => {
    const cert = doc({ evidenceType: 'bhv', personId: 'bea', issueDate: '2024-03-01' });
    expect(resultOf(run({ peildatum: '2025-02-28', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('verloopt-binnenkort');
    expect(resultOf(run({ peildatum: '2025-03-01', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('verlopen');
  });

  it('issued on a leap day stays valid through 28 February of the next year', () => {
    const cert = doc({ evidenceType: 'bhv', personId: 'bea', issueDate: '2024-02-29' });
    const r = resultOf(run({ peildatum: '2025-02-28', people: [bhver], documents: [cert] }), BHV, 'bea');
    expect(r.status).toBe('verloopt-binnenkort');
    expect(r.nextDeadline).toBe('2025-02-28');
    expect(resultOf(run({ peildatum: '2025-03-01', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('verlopen');
  });

  it('uses its own entered end date, also when it is earlier than the period', () => {
    const cert = doc({ evidenceType: 'bhv', personId: 'bea', issueDate: '2024-03-01', validUntil: '2024-12-31' });
    expect(resultOf(run({ peildatum: '2025-01-01', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('verlopen');
  });

  it('picks the longest valid of several certificates', () => {
    const old = doc({ id: 'old', evidenceType: 'bhv', personId: 'bea', issueDate: '2024-01-10' });
    const fresh = doc({ id: 'new', evidenceType: 'bhv', personId: 'bea', issueDate: '2024-12-10' });
    const r = resultOf(run({ peildatum: '2024-12-20', people: [bhver], documents: [old, fresh] }), BHV, 'bea');
    expect(r.status).toBe('in-orde');
    expect(r.documentIds).toEqual(['new', 'old']);
    expect(r.nextDeadline).toBe('2025-12-09');
  });
});

describe('horizon', () => {
  const cert = doc({ evidenceType: 'bhv', personId: 'bea', issueDate: '2024-03-01' }); // valid t/m 2025-02-28
  it('counts as expiring from 60 days before the last valid day (default)', () => {
    expect(resultOf(run({ peildatum: '2024-12-30', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('verloopt-binnenkort');
    expect(resultOf(run({ peildatum: '2024-12-29', people: [bhver], documents: [cert] }), BHV, 'bea').status).toBe('in-orde');
  });
  it('follows horizonDays', () => {
    const r = resultOf(run({ peildatum: '2024-12-29', horizonDays: 90, people: [bhver], documents: [cert] }), BHV, 'bea');
    expect(r.status).toBe('verloopt-binnenkort');
    const out = run({ peildatum: '2024-12-29', horizonDays: 0, people: [bhver], documents: [cert] });
    expect(out.horizonDays).toBe(0);
    expect(resultOf(out, BHV, 'bea').status).toBe('in-orde');
  });
});

describe('other validity periods', () => {
  it('EHBO is valid for 2 years, across a leap day', () => {
    const kader = { ...MG_WMO, requirements: [...MG_WMO.requirements, { id: 'mg-wmo.personeel.ehbo', sectionId: 'personeel', text: 'EHBO’ers hebben een geldig EHBO-diploma.', sourceRef: { section: 'Eigen', bullet: '-' }, scope: { level: 'medewerker-rol' as const, roles: ['ehbo'] }, evidence: [{ anyOf: [{ type: 'ehbo' }] }], credential: 'ehbo' }] };
    const e = person({ id: 'eef', roles: ['ehbo'] });
    const d = doc({ evidenceType: 'ehbo', personId: 'eef', issueDate: '2022-02-28' });
    expect(resultOf(run({ peildatum: '2024-02-27', kaders: [kader], people: [e], documents: [d] }), 'mg-wmo.personeel.ehbo', 'eef').status).toBe('verloopt-binnenkort');
    expect(resultOf(run({ peildatum: '2024-02-28', kaders: [kader], people: [e], documents: [d] }), 'mg-wmo.personeel.ehbo', 'eef').status).toBe('verlopen');
  });

  it('BIG registration: 5 years from registration, or its own end date when no registration date is known', () => {
    const v = person({ id: 'vic', roles: ['verpleegkundige'] });
    const byDate = doc({ evidenceType: 'big', personId: 'vic', issueDate: '2020-07-01', details: { number: '19012345601' } });
    expect(resultOf(run({ peildatum: '2025-06-30', people: [v], documents: [byDate] }), 'mg-wmo.personeel.big-registratie', 'vic').nextDeadline).toBe('2025-06-30');
    const onlyEnd = doc({ evidenceType: 'big', personId: 'vic', validUntil: '2027-01-01' });
    expect(resultOf(run({ peildatum: '2025-06-30', people: [v], documents: [onlyEnd] }), 'mg-wmo.personeel.big-registratie', 'vic').status).toBe('in-orde');
    const noDates = doc({ evidenceType: 'big', personId: 'vic', title: 'BIG Vic' });
    const r = resultOf(run({ peildatum: '2025-06-30', people: [v], documents: [noDates] }), 'mg-wmo.personeel.big-registratie', 'vic');
    expect(r.status).toBe('ontbreekt');
    expect(r.problems).toEqual(['De BIG-registratie “BIG Vic” telt niet mee: de datum van afgifte ontbreekt.']);
  });

  it('a diploma never expires but must be of an accepted kind', () => {
    const spw = doc({ evidenceType: 'diploma', personId: 'anna', issueDate: '1999-06-30', details: { kind: 'spw' } });
    const other = doc({ evidenceType: 'diploma', personId: 'bob', issueDate: '2010-06-30', details: { kind: 'anders' } });
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'anna' }), person({ id: 'bob' })], documents: [spw, other] });
    const a = resultOf(out, 'mg-wmo.personeel.diploma', 'anna');
    expect(a.status).toBe('in-orde');
    expect(a.nextDeadline).toBeUndefined();
    const b = resultOf(out, 'mg-wmo.personeel.diploma', 'bob');
    expect(b.status).toBe('ontbreekt');
    expect(b.problems[0]).toMatch(/^Het diploma van 30-06-2010 heeft soort diploma “Ander diploma”; deze eis vraagt Social Work/);
  });

  it('an hbo MWD diploma counts as Social Work for kader 003 (the same Bachelor of Social Work degree)', () => {
    const mwd = doc({ evidenceType: 'diploma', personId: 'cor', issueDate: '2004-06-30', details: { kind: 'mwd' } });
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'cor' })], documents: [mwd] });
    expect(resultOf(out, 'mg-wmo.personeel.diploma', 'cor').status).toBe('in-orde');
  });

  it('a policy must be reviewed yearly', () => {
    const meldcode = doc({ evidenceType: 'meldcode', issueDate: '2024-09-15' });
    const r = resultOf(run({ peildatum: '2025-08-01', documents: [meldcode] }), 'mg-wmo.veiligheid.meldcode');
    expect(r.status).toBe('verloopt-binnenkort');
    expect(r.action).toBe('Herzie de meldcode huiselijk geweld en kindermishandeling uiterlijk 14-09-2025 en sla de nieuwe versie op.');
  });

  it('a survey counts 2 years for kader 003 and 1 year for the Wlz addendum (kader override)', () => {
    const survey = doc({ evidenceType: 'tevredenheidsonderzoek', issueDate: '2024-01-15' });
    const out = run({ peildatum: '2025-03-01', profile: profile({ kaderIds: ['mg-wmo', 'wlz-thuis'] }), documents: [survey] });
    expect(resultOf(out, 'mg-wmo.clientgerichtheid.tevredenheid').status).toBe('in-orde');
    expect(resultOf(out, 'mg-wmo.clientgerichtheid.tevredenheid').nextDeadline).toBe('2026-01-14');
    expect(resultOf(out, 'wlz-thuis.gebruik-van-informatie.clientervaringen').status).toBe('verlopen');
    expect(resultOf(out, 'wlz-thuis.gebruik-van-informatie.clientervaringen').nextDeadline).toBe('2025-01-14');
  });

  it('a yearly client evaluation needs the procedure and a proof of practice of at most a year old', () => {
    const procedure = doc({ evidenceType: 'werkwijze', issueDate: '2025-01-10', details: { subject: 'evaluatie' } });
    const proof = doc({ evidenceType: 'praktijkbewijs', issueDate: '2024-04-01', details: { practice: 'evaluatie' } });
    const only = resultOf(run({ peildatum: '2025-02-01', documents: [procedure] }), 'mg-wmo.clientgerichtheid.evaluatie');
    expect(only.status).toBe('ontbreekt');
    expect(only.action).toBe('Voeg het bewijs uit de praktijk (Jaarlijkse evaluatie, ondertekend door de cliënt) toe.');
    const both = resultOf(run({ peildatum: '2025-02-01', documents: [procedure, proof] }), 'mg-wmo.clientgerichtheid.evaluatie');
    expect(both.status).toBe('verloopt-binnenkort');
    expect(both.nextDeadline).toBe('2025-03-31');
    expect(both.groups.map((g) => g.status)).toEqual(['in-orde', 'verloopt-binnenkort']);
    expect(both.action).toBe('Zorg uiterlijk 31-03-2025 voor een nieuw bewijs uit de praktijk (Jaarlijkse evaluatie, ondertekend door de cliënt).');
  });
});

describe('rule resolution', () => {
  const req = { renewMonths: undefined };
  it('goes accept → requirement → kader → catalogue, each replacing the rule', () => {
    expect(resolveRule('vog', undefined, req, MG_WMO)).toEqual({});
    expect(resolveRule('vog', undefined, req, { validity: { vog: { months: 36 } } })).toEqual({ months: 36, basis: 'VOG 3 jaar geldig (het kader)' });
    expect(resolveRule('vog', undefined, { renewMonths: 24 }, { validity: { vog: { months: 36 } } })).toMatchObject({ months: 24 });
    expect(resolveRule('vog', { type: 'vog', validity: {} }, { renewMonths: 24 }, { validity: { vog: { months: 36 } } })).toEqual({});
    expect(resolveRule('tevredenheidsonderzoek', undefined, req, WLZ_THUIS)).toMatchObject({ months: 12, basis: expect.stringContaining('Wlz zorg thuis') });
    expect(resolveRule('bestaat-niet', undefined, req, MG_WMO)).toEqual({});
  });

  it('can ignore a document’s own end date', () => {
    const d = { id: 'x', evidenceType: 'bhv', issueDate: '2024-01-01', validUntil: '2024-03-01' };
    expect(documentValidity(d, { months: 12 })).toMatchObject({ ok: true, validThrough: '2024-03-01' });
    expect(documentValidity(d, { months: 12, useValidUntil: false })).toMatchObject({ ok: true, validThrough: '2024-12-31' });
    expect(documentValidity({ id: 'y', evidenceType: 'vog' }, {})).toMatchObject({ ok: true, source: { kind: 'geen' } });
  });

  it('matches detail filters on single values, arrays and numbers', () => {
    expect(matchesWhere({ id: 'a', evidenceType: 'x', details: { kind: 'spw' } }, { kind: ['spw', 'sph'] })).toBe(true);
    expect(matchesWhere({ id: 'a', evidenceType: 'x', details: { profiles: ['12', '45'] } }, { profiles: ['45'] })).toBe(true);
    expect(matchesWhere({ id: 'a', evidenceType: 'x', details: { level: 3 } }, { level: ['3'] })).toBe(true);
    expect(matchesWhere({ id: 'a', evidenceType: 'x' }, { kind: ['spw'] })).toBe(false);
    expect(matchesWhere({ id: 'a', evidenceType: 'x' }, undefined)).toBe(true);
  });
});
