import { describe, expect, it } from 'vitest';
import { BUILTIN_KADERS, MG_WMO, WLZ_THUIS, requirementLabel, requirementLabels } from '../../../shared/kaders';

const req = (id: string, section: string, bullet: string) => ({ id, sourceRef: { section, bullet } });

describe('requirement labels', () => {
  it('keeps the kader’s own name where section and bullet are unique', () => {
    const labels = requirementLabels([req('a', 'Veiligheid', '2'), req('b', 'Veiligheid', '3.a'), req('c', 'Personeel', '5, 5.a')]);
    expect([...labels.values()]).toEqual(['Veiligheid 2', 'Veiligheid 3.a', 'Personeel 5, 5.a']);
  });

  it('suffixes requirements that share a bullet a, b, c in kader order', () => {
    const labels = requirementLabels([req('m', 'Veiligheid', '1'), req('x', 'Veiligheid', '2'), req('t', 'Veiligheid', '1'), req('u', 'Veiligheid', '1')]);
    expect(Object.fromEntries(labels)).toEqual({ m: 'Veiligheid 1a', x: 'Veiligheid 2', t: 'Veiligheid 1b', u: 'Veiligheid 1c' });
  });

  it('never collides with a real bullet that already reads like a suffix, nor across sections', () => {
    const labels = requirementLabels([req('p', 'Veiligheid', '1'), req('q', 'Veiligheid', '1a'), req('r', 'Veiligheid', '1'), req('s', 'Personeel', '1')]);
    expect(Object.fromEntries(labels)).toEqual({ p: 'Veiligheid 1b', q: 'Veiligheid 1a', r: 'Veiligheid 1c', s: 'Personeel 1' });
  });

  it('numbers shared bullets that end in a letter instead of adding another letter', () => {
    const labels = requirementLabels([req('a', 'Thema', '3.a'), req('b', 'Thema', '3.a')]);
    expect([...labels.values()]).toEqual(['Thema 3.a (1)', 'Thema 3.a (2)']);
  });

  it('gives every requirement of the built-in kaders its own label, the meldcode and its application included', () => {
    for (const kader of BUILTIN_KADERS) {
      const labels = kader.requirements.map((r) => requirementLabel(kader, r.id));
      expect(labels.every((l) => typeof l === 'string' && l.length > 0), kader.id).toBe(true);
      expect(new Set(labels).size, kader.id).toBe(kader.requirements.length);
    }
    expect(requirementLabel(MG_WMO, 'mg-wmo.veiligheid.meldcode')).toBe('Veiligheid 1a');
    expect(requirementLabel(MG_WMO, 'mg-wmo.veiligheid.meldcode-toepassing')).toBe('Veiligheid 1b');
    expect(requirementLabel(MG_WMO, 'mg-wmo.veiligheid.calamiteiten-melden')).toBe('Veiligheid 2');
    const leren = WLZ_THUIS.requirements.filter((r) => r.sourceRef.section === 'Leren en verbeteren' && r.sourceRef.bullet === '2');
    expect(leren.map((r) => requirementLabel(WLZ_THUIS, r.id))).toEqual(['Leren en verbeteren 2a', 'Leren en verbeteren 2b', 'Leren en verbeteren 2c']);
  });
});
