import { describe, expect, it } from 'vitest';
import { leftOutLine } from '../../../shared/pack/left-out';

describe('leftOutLine: the one line before building', () => {
  it('uses the singular verb for one document and the plural for more', () => {
    expect(leftOutLine([{ code: 'no-requirement' }])).toBe('1 document niet opgenomen: 1 telt voor geen eis in dit pakket.');
    expect(leftOutLine([{ code: 'no-requirement' }, { code: 'no-requirement' }])).toBe('2 documenten niet opgenomen: 2 tellen voor geen eis in dit pakket.');
    expect(leftOutLine([{ code: 'other-kader' }, { code: 'other-kader' }, { code: 'unpicked' }])).toBe(
      '3 documenten niet opgenomen: 2 horen bij een kader dat niet in dit pakket zit, 1 door jou uitgezet.',
    );
  });

  it('keeps a caller’s own group names as given', () => {
    expect(leftOutLine([{ code: 'x' }, { code: 'x' }], { x: 'anders' })).toBe('2 documenten niet opgenomen: 2 anders.');
  });

  it('says so when nothing is left out', () => {
    expect(leftOutLine([])).toBe('Alle opgeslagen documenten gaan mee in het pakket.');
  });
});
