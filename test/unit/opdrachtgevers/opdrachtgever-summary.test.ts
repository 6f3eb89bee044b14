import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { BUILTIN_KADERS, MG_WMO, copyKader } from '../../../shared/kaders';
import { addMonthsIso, addDaysIso } from '../../../shared/dates';
import type { Opdrachtgever } from '../../../shared/model';
import { validateOpdrachtgever } from '../../../shared/organisation/validate-opdrachtgever';
import { summariseOpdrachtgever } from '../../../renderer/src/features/opdrachtgevers/opdrachtgever-summary';

const T = '2025-01-01T00:00:00.000Z';
const PEIL = '2026-12-01';

describe('one document, several opdrachtgevers', () => {
  it('a VOG counts for both gemeenten and expires only under the kader with a 2-year period', () => {
    const copy = copyKader(MG_WMO, { id: 'wmo-westerkwartier', title: 'Wmo gemeente Westerkwartier', issuer: 'Gemeente Westerkwartier', today: '2026-11-01' });
    copy.validity = { vog: { months: 24 } };
    const issued = addDaysIso(addMonthsIso(PEIL, -24), 20); // valid under 24 months for 19 more days
    const output = evaluate({
      peildatum: PEIL,
      profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo', 'wmo-westerkwartier'] },
      kaders: [...BUILTIN_KADERS, copy],
      people: [{ id: 'p', name: 'Noor', roles: [], kind: 'eigenaar', startDate: addDaysIso(issued, 10), clientContact: true }],
      documents: [{ id: 'vog', evidenceType: 'vog', personId: 'p', issueDate: issued, details: { profiles: ['45'] } }],
    });
    const og = (id: string, name: string, kaderIds: string[]): Opdrachtgever => ({ id, name, kind: 'gemeente', kaderIds, createdAt: T, updatedAt: T });
    const known = new Set(['mg-wmo', 'wmo-westerkwartier']);
    const mg = summariseOpdrachtgever(og('a', 'Midden-Groningen', ['mg-wmo']), output, known);
    const wk = summariseOpdrachtgever({ ...og('b', 'Westerkwartier', ['wmo-westerkwartier', 'weg']), contractEnd: addDaysIso(PEIL, 30) }, output, known);
    const vog = (kaderId: string) => output.results.find((r) => r.kaderId === kaderId && r.requirementId.endsWith('.personeel.vog'))!;
    expect(vog('mg-wmo')).toMatchObject({ status: 'in-orde', documentIds: ['vog'] });
    expect(vog('wmo-westerkwartier')).toMatchObject({ status: 'verloopt-binnenkort', documentIds: ['vog'], daysUntilDeadline: 19 });
    expect(mg.attention.some((r) => r.requirementId.endsWith('.personeel.vog'))).toBe(false);
    expect(wk.attention.find((r) => r.requirementId.endsWith('.personeel.vog'))?.status).toBe('verloopt-binnenkort');
    expect(mg.counts['in-orde']).toBeGreaterThanOrEqual(1);
    expect(wk.missingKaderIds).toEqual(['weg']);
    expect(wk.contract).toEqual({ text: 'Tot en met 31-12-2026: loopt over 30 dagen af.', warn: true });
  });

  it('checks the opdrachtgever form in Dutch', () => {
    const known = new Set(['mg-wmo']);
    expect(validateOpdrachtgever({ name: 'Gemeente Oss', kind: 'gemeente', kaderIds: ['mg-wmo'], contractStart: '', contractEnd: '', contact: '' }, known)).toEqual({});
    expect(validateOpdrachtgever({ name: '', kind: 'gemeente', kaderIds: [], contractStart: '2026-05-01', contractEnd: '2026-01-01', contact: '' }, known)).toEqual({
      name: 'Vul de naam van de opdrachtgever in.',
      contractEnd: 'Het contract eindigt vóór het begint.',
      kaderIds: 'Kies het kwaliteitskader dat deze opdrachtgever hanteert.',
    });
  });
});
