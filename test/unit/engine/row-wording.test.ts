import { describe, expect, it } from 'vitest';
import { listNl, rowAction } from '../../../renderer/src/features/checklist/row-wording';
import { person, run } from './fixtures';

describe('checklist wording for personal requirements', () => {
  it('names everyone who needs the same, not one of them', () => {
    const people = ['Anna de Vries', 'Bram Smit', 'Dirk Visser'].map((name, i) => person({ id: `p${i}`, name }));
    const out = run({ peildatum: '2026-12-01', people });
    const vogs = out.results.filter((r) => r.requirementId === 'mg-wmo.personeel.vog');
    const worst = vogs.at(-1)!;
    expect(worst.action).toContain('voor Dirk Visser.');
    expect(rowAction(worst, vogs)).toMatch(/voor Anna de Vries, Bram Smit en Dirk Visser\.$/);
  });

  it('lists in Dutch', () => {
    expect(listNl(['A'])).toBe('A');
    expect(listNl(['A', 'B'])).toBe('A en B');
    expect(listNl(['A', 'B', 'C'])).toBe('A, B en C');
  });
});
