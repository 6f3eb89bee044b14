import { describe, expect, it } from 'vitest';
import { doc, person, profile, resultOf, run, vog } from './fixtures';

describe('people over time', () => {
  const leaver = person({ id: 'lars', roles: ['bhv'], startDate: '2019-01-01', endDate: '2024-12-31' });
  const docs = [vog('lars', '2018-12-01'), doc({ evidenceType: 'bhv', personId: 'lars', issueDate: '2024-02-01' })];

  it('someone who has left is not evaluated and has no deadlines', () => {
    const out = run({ peildatum: '2025-01-01', people: [leaver], documents: docs });
    expect(out.results.some((r) => r.personId === 'lars')).toBe(false);
    expect(out.deadlines.some((d) => d.personId === 'lars')).toBe(false);
    expect(out.staffMatrix.rows).toEqual([]);
    expect(out.inactivePersonIds).toEqual(['lars']);
  });

  it('counts on the last working day itself, and before leaving', () => {
    const out = run({ peildatum: '2024-12-31', people: [leaver], documents: docs });
    expect(resultOf(out, 'mg-wmo.personeel.vog', 'lars').status).toBe('in-orde');
    expect(resultOf(out, 'mg-wmo.personeel.bijscholing-bhv', 'lars').status).toBe('verloopt-binnenkort');
    expect(out.inactivePersonIds).toEqual([]);
  });

  it('with nobody entered yet, person requirements ask to add people', () => {
    const r = resultOf(run({ peildatum: '2025-01-01' }), 'mg-wmo.personeel.vog');
    expect(r.status).toBe('ontbreekt');
    expect(r.action).toBe('Voeg jezelf en je medewerkers toe onder Personeel.');
  });

  it('a role someone must hold is missing when nobody holds it (EVV for the Wlz care plan)', () => {
    const out = run({ peildatum: '2025-01-01', profile: profile({ kaderIds: ['wlz-thuis'] }), people: [person({ id: 'a' })] });
    const r = resultOf(out, 'wlz-thuis.persoonsgerichte-zorg.zorgleefplan-verantwoordelijke');
    expect(r.status).toBe('ontbreekt');
    expect(r.action).toBe('Wijs iemand aan met de rol Eerst verantwoordelijk verzorgende (EVV).');
  });

  it('the EVV needs a diploma of at least level 3', () => {
    const people = [person({ id: 'eva', roles: ['evv'] }), person({ id: 'ilse', roles: ['evv'] })];
    const documents = [
      doc({ evidenceType: 'diploma', personId: 'eva', details: { kind: 'verzorgende-ig', level: '3' } }),
      doc({ evidenceType: 'diploma', personId: 'ilse', details: { kind: 'helpende-zw', level: '2' } }),
    ];
    const out = run({ peildatum: '2025-01-01', profile: profile({ kaderIds: ['wlz-thuis'] }), people, documents });
    expect(resultOf(out, 'wlz-thuis.persoonsgerichte-zorg.zorgleefplan-verantwoordelijke', 'eva').status).toBe('in-orde');
    expect(resultOf(out, 'wlz-thuis.persoonsgerichte-zorg.zorgleefplan-verantwoordelijke', 'ilse').status).toBe('ontbreekt');
  });

  it('interns need a supervision agreement; only interns', () => {
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'sam', kind: 'stagiair', clientContact: false }), person({ id: 'anna' })], documents: [doc({ evidenceType: 'supervisie', personId: 'sam', issueDate: '2024-09-01', validUntil: '2025-06-30', details: { supervisor: 'Anna' } })] });
    const rows = out.results.filter((r) => r.requirementId === 'mg-wmo.personeel.supervisie-stagiairs');
    expect(rows.map((r) => [r.personId, r.status])).toEqual([['sam', 'in-orde']]);
  });

  it('results are ordered by name, whatever the input order', () => {
    const out = run({ peildatum: '2025-01-01', people: [person({ id: 'z', name: 'Zoë' }), person({ id: 'a', name: 'Ädel' }), person({ id: 'b', name: 'Bram' })] });
    expect(out.results.filter((r) => r.requirementId === 'mg-wmo.personeel.vog').map((r) => r.personName)).toEqual(['Ädel', 'Bram', 'Zoë']);
  });
});
