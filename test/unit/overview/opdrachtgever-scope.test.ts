import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { BUILTIN_KADERS, MG_WMO, copyKader } from '../../../shared/kaders';
import { addDaysIso, addMonthsIso } from '../../../shared/dates';
import type { Opdrachtgever } from '../../../shared/model';
import { overviewScope } from '../../../renderer/src/features/overview/opdrachtgever-scope';

const T = '2025-01-01T00:00:00.000Z';
const PEIL = '2026-12-01';

describe('overview per opdrachtgever', () => {
  const copy = copyKader(MG_WMO, { id: 'wmo-westerkwartier', title: 'Wmo gemeente Westerkwartier', issuer: 'Gemeente Westerkwartier', today: '2026-11-01' });
  copy.validity = { vog: { months: 24 } };
  const issued = addDaysIso(addMonthsIso(PEIL, -24), 20);
  const output = evaluate({
    peildatum: PEIL,
    profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo', 'wmo-westerkwartier'] },
    kaders: [...BUILTIN_KADERS, copy],
    people: [{ id: 'p', name: 'Noor', roles: [], kind: 'eigenaar', startDate: addDaysIso(issued, 10), clientContact: true }],
    documents: [
      { id: 'vog', evidenceType: 'vog', personId: 'p', issueDate: issued, details: { profiles: ['45'] } },
      // Counts for no requirement: its own deadline belongs to her, whichever opdrachtgever she looks at.
      { id: 'loose', evidenceType: 'bhv', personId: 'p', issueDate: addMonthsIso(PEIL, -11) },
    ],
  });
  const og = (kaderIds: string[]): Opdrachtgever => ({ id: 'o', name: 'Westerkwartier', kind: 'gemeente', kaderIds, createdAt: T, updatedAt: T });

  it('without a choice shows every kader, result and deadline', () => {
    expect(overviewScope(output, undefined)).toEqual({ results: output.results, kaders: output.kaders, deadlines: output.deadlines });
  });

  it("shows only the opdrachtgever's kaders and their deadlines, and keeps the deadlines of documents no requirement watches", () => {
    const scope = overviewScope(output, og(['wmo-westerkwartier']));
    expect(scope.kaders.map((k) => k.id)).toEqual(['wmo-westerkwartier']);
    expect(scope.results.length).toBeGreaterThan(0);
    expect(scope.results.every((r) => r.kaderId === 'wmo-westerkwartier')).toBe(true);
    expect(scope.deadlines.every((d) => d.kaderId === '' || d.kaderId === 'wmo-westerkwartier')).toBe(true);
    expect(scope.deadlines.some((d) => d.kaderId === 'wmo-westerkwartier')).toBe(true);
    const unwatched = output.deadlines.filter((d) => d.kaderId === '');
    expect(unwatched.length).toBeGreaterThan(0);
    for (const d of unwatched) expect(scope.deadlines).toContainEqual(d);
  });

  it('an opdrachtgever without kaders shows no requirement at all', () => {
    const scope = overviewScope(output, og([]));
    expect(scope.kaders).toEqual([]);
    expect(scope.results).toEqual([]);
  });
});
