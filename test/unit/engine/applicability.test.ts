import { describe, expect, it } from 'vitest';
import { describeCondition, requirementApplies } from '../../../shared/engine';
import { doc, person, profile, resultOf, run } from './fixtures';

describe('intake answers switch requirements on and off', () => {
  it('a zzp’er alone has no personnel policy, with the reason said', () => {
    const r = resultOf(run({ peildatum: '2025-01-01', profile: profile({ kind: 'zzp', staffCount: 1 }) }), 'mg-wmo.personeel.beleid');
    expect(r.status).toBe('niet-van-toepassing');
    expect(r.reasonSource).toBe('profiel');
    expect(r.reason).toBe('Geldt alleen voor een organisatie met personeel (volgens je intake).');
    expect(r.action).toBe('Niets te doen. Geldt alleen voor een organisatie met personeel (volgens je intake).');
    expect(resultOf(run({ peildatum: '2025-01-01' }), 'mg-wmo.personeel.beleid').status).toBe('ontbreekt');
  });

  it('transport, medication and a day-care location switch their requirements on', () => {
    const off = run({ peildatum: '2025-01-01' });
    const on = run({ peildatum: '2025-01-01', profile: profile({ services: ['begeleiding', 'vervoer', 'medicatie', 'dagbesteding-locatie'] }) });
    for (const id of ['mg-wmo.veiligheid.vervoer', 'mg-wmo.veiligheid.medicatie', 'mg-wmo.veiligheid.protocol-medicatie', 'mg-wmo.veiligheid.audit-dagbesteding', 'mg-wmo.fysieke-omgeving.schoon-veilig']) {
      expect(resultOf(off, id).status, id).toBe('niet-van-toepassing');
      expect(resultOf(on, id).status, id).toBe('ontbreekt');
    }
    expect(resultOf(off, 'mg-wmo.veiligheid.vervoer').reason).toBe('Geldt alleen voor wie vervoer van cliënten biedt (volgens je intake).');
  });

  it.each([
    [4, 'niet-van-toepassing', 'niet-van-toepassing'],
    [5, 'niet-van-toepassing', 'ontbreekt'],
    [25, 'niet-van-toepassing', 'ontbreekt'],
    [26, 'ontbreekt', 'niet-van-toepassing'],
  ] as const)('with %i staff: cliëntenraad %s, alternative inspraak %s', (staffCount, raad, alt) => {
    const out = run({ peildatum: '2025-01-01', profile: profile({ staffCount }) });
    expect(resultOf(out, 'mg-wmo.clientgerichtheid.clientenraad').status).toBe(raad);
    expect(resultOf(out, 'mg-wmo.clientgerichtheid.inspraak-alternatief').status).toBe(alt);
  });

  it('a cliëntenraad also satisfies the alternative for 5–25 staff; a panel does not satisfy the raad', () => {
    const raad = doc({ evidenceType: 'medezeggenschap', issueDate: '2024-11-01', details: { form: 'clientenraad' } });
    const panel = doc({ evidenceType: 'medezeggenschap', issueDate: '2024-11-01', details: { form: 'clientenpanel' } });
    expect(resultOf(run({ peildatum: '2025-01-01', profile: profile({ staffCount: 12 }), documents: [raad] }), 'mg-wmo.clientgerichtheid.inspraak-alternatief').status).toBe('in-orde');
    expect(resultOf(run({ peildatum: '2025-01-01', profile: profile({ staffCount: 30 }), documents: [panel] }), 'mg-wmo.clientgerichtheid.clientenraad').status).toBe('ontbreekt');
  });

  it('the BHV plan applies to an organisation, or to a zzp’er with a day-care location', () => {
    const id = 'mg-wmo.veiligheid.protocol-bhv';
    expect(resultOf(run({ peildatum: '2025-01-01' }), id).status).toBe('ontbreekt');
    const zzp = resultOf(run({ peildatum: '2025-01-01', profile: profile({ kind: 'zzp', staffCount: 1 }) }), id);
    expect(zzp.status).toBe('niet-van-toepassing');
    expect(zzp.reason).toBe('Geldt alleen voor een organisatie met personeel of wie dagbesteding op een eigen locatie biedt (volgens je intake).');
    expect(resultOf(run({ peildatum: '2025-01-01', profile: profile({ kind: 'zzp', staffCount: 1, services: ['dagbesteding-locatie'] }) }), id).status).toBe('ontbreekt');
  });

  it('the chosen kaders decide which kaders are evaluated', () => {
    const wmo = run({ peildatum: '2025-01-01' });
    expect(new Set(wmo.results.map((r) => r.kaderId))).toEqual(new Set(['mg-wmo']));
    const both = run({ peildatum: '2025-01-01', profile: profile({ kaderIds: ['mg-wmo', 'wlz-thuis'] }) });
    expect(both.kaders.map((k) => k.id)).toEqual(['mg-wmo', 'wlz-thuis']);
    expect(new Set(both.results.map((r) => r.kaderId))).toEqual(new Set(['mg-wmo', 'wlz-thuis']));
    expect(run({ peildatum: '2025-01-01', profile: profile({ kaderIds: [] }) }).results).toEqual([]);
  });

  it('the Wlz governance code applies to organisations only', () => {
    const id = 'wlz-thuis.leiderschap-governance-management.governancecode';
    const p = { kaderIds: ['wlz-thuis'] };
    expect(resultOf(run({ peildatum: '2025-01-01', profile: profile(p) }), id).status).toBe('ontbreekt');
    expect(resultOf(run({ peildatum: '2025-01-01', profile: profile({ ...p, kind: 'zzp', staffCount: 1 }) }), id).status).toBe('niet-van-toepassing');
  });

  it('describes conditions in Dutch', () => {
    expect(describeCondition({ clientGroupsAny: ['jeugd', 'wlz'] })).toBe('zorg onder de Jeugdwet of Wlz');
    expect(describeCondition({ maxStaff: 4 })).toBe('aanbieders met hooguit 4 medewerkers');
    expect(describeCondition({ organisationKind: 'zzp', servicesAny: ['vervoer'] })).toBe('een zzp’er zonder personeel en wie vervoer van cliënten biedt');
    expect(requirementApplies({ appliesWhen: [{ clientGroupsAny: ['jeugd'] }] }, profile())).toEqual({ applies: false, reason: 'Geldt alleen voor zorg onder de Jeugdwet (volgens je intake).' });
    expect(requirementApplies({ appliesWhen: [{ clientGroupsAny: ['jeugd'] }] }, profile({ clientGroups: ['jeugd'] }))).toEqual({ applies: true });
    expect(requirementApplies({}, profile())).toEqual({ applies: true });
  });

  it('people-based requirements follow the people and roles entered', () => {
    const noBhv = run({ peildatum: '2025-01-01', people: [person({ id: 'anna' })] });
    const r = resultOf(noBhv, 'mg-wmo.personeel.bijscholing-bhv');
    expect(r.status).toBe('niet-van-toepassing');
    expect(r.reason).toBe('Niemand heeft de rol BHV’er.');
    expect(r.reasonSource).toBe('bezetting');
    const withBhv = run({ peildatum: '2025-01-01', people: [person({ id: 'anna', roles: ['bhv'] })] });
    expect(resultOf(withBhv, 'mg-wmo.personeel.bijscholing-bhv', 'anna').status).toBe('ontbreekt');
  });
});
