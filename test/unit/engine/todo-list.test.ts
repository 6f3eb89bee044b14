import { describe, expect, it } from 'vitest';
import { todoItems, visibleTodo } from '../../../renderer/src/features/overview/todo-list';
import { doc, person, profile, run, vog } from './fixtures';

const PEILDATUM = '2026-12-01';

describe('Begin hier: the ordered to-do on the overview', () => {
  it("a new zzp'er: her missing VOG first, the werkwijze rows folded into one item", () => {
    const out = run({ peildatum: PEILDATUM, profile: profile({ kind: 'zzp', staffCount: 1 }), people: [person({ id: 'sanne', name: 'Sanne Bakker', kind: 'eigenaar' })] });
    const items = todoItems(out.results);
    expect(items[0]).toMatchObject({ tier: 'blokkeert', title: 'VOG voor Sanne Bakker ontbreekt', personId: 'sanne' });
    const werkwijze = items.filter((i) => i.title.startsWith('De werkwijze'));
    expect(werkwijze).toHaveLength(1);
    expect(werkwijze[0]!.results.length).toBeGreaterThan(5);
    expect(werkwijze[0]!.title).toBe(`De werkwijze voor ${werkwijze[0]!.results.length} eisen`);
    // Far fewer items than missing requirements, and nothing is lost: every missing result is in one item.
    const missing = out.results.filter((r) => r.status === 'ontbreekt');
    expect(items.length).toBeLessThan(missing.length / 2);
    expect(items.flatMap((i) => i.results).map((r) => r.key).sort()).toEqual(missing.map((r) => r.key).sort());
    // Personal proofs come before organisation documents.
    const firstOrg = items.findIndex((i) => !i.personId);
    expect(items.slice(firstOrg).every((i) => !i.personId)).toBe(true);
  });

  it('an agency: three missing VOGs are never hidden behind "en nog … punten"', () => {
    const people = ['anna', 'bram', 'chris', 'dirk'].map((id) => person({ id, name: id.toUpperCase(), startDate: '2026-10-15' }));
    const out = run({ peildatum: PEILDATUM, people, documents: [vog('dirk', '2026-09-01')] });
    const { visible, hidden } = visibleTodo(todoItems(out.results), 5);
    const blockers = visible.filter((i) => i.tier === 'blokkeert').map((i) => i.title);
    expect(blockers).toEqual(['VOG voor ANNA ontbreekt', 'VOG voor BRAM ontbreekt', 'VOG voor CHRIS ontbreekt']);
    expect(visible.slice(0, 3).map((i) => i.tier)).toEqual(['blokkeert', 'blokkeert', 'blokkeert']);
    expect(hidden).toBeGreaterThan(0);
  });

  it('something expired blocks; something expiring within the horizon comes next', () => {
    const people = [person({ id: 'anna', name: 'Anna' })];
    const out = run({
      peildatum: PEILDATUM,
      people,
      documents: [vog('anna', '2026-10-01'), doc({ evidenceType: 'bhv-certificaat', personId: 'anna', issueDate: '2025-11-01' }), doc({ evidenceType: 'meldcode', issueDate: '2025-12-20' })],
    });
    const items = todoItems(out.results);
    const tiers = items.map((i) => i.tier);
    expect(tiers.indexOf('verloopt')).toBeGreaterThan(tiers.lastIndexOf('blokkeert'));
    expect(items.find((i) => i.tier === 'verloopt')?.title).toMatch(/meldcode.*\(op \d\d-\d\d-\d{4}\)/i);
  });
});
