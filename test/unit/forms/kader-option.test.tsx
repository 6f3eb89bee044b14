import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { kaderOption } from '../../../renderer/src/components/kader-option';

describe('kaderOption', () => {
  it('is the kader id as value and its title with the detail muted in brackets as label', () => {
    const option = kaderOption('mg-wmo', 'Wmo Midden-Groningen', 'Gemeente Midden-Groningen, versie 2026-1');
    expect(option.value).toBe('mg-wmo');
    expect(renderToStaticMarkup(<>{option.label}</>)).toBe(
      '<span>Wmo Midden-Groningen <span class="muted">(Gemeente Midden-Groningen, versie 2026-1)</span></span>',
    );
  });
});
