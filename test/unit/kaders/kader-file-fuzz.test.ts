/**
 * Hostile kader files: truncated, bit-flipped, random bytes, and structurally mutated JSON (wrong types,
 * deep nesting, huge texts, prototype keys, addresses). The import must never throw, never pollute
 * prototypes, and either return a kader the loader accepts or a list of Dutch lines.
 */
import { describe, expect, it } from 'vitest';
import { MG_WMO, parseKaderFile, safeLoadKader, serializeKader } from '../../../shared/kaders';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  '',
  'x'.repeat(6000),
  'https://evil.example/x.js',
  'javascript:alert(1)',
  [],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  Array.from({ length: 2500 }, () => 1),
  JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`),
  true,
  '<script>alert(1)</script>',
];

function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (random() < 0.08 || depth > 6) return HOSTILE_VALUES[Math.floor(random() * HOSTILE_VALUES.length)];
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const copy = [...value];
    const i = Math.floor(random() * copy.length);
    copy[i] = mutate(copy[i], random, depth + 1);
    if (random() < 0.1) copy.splice(Math.floor(random() * copy.length), 1);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const key = keys[Math.floor(random() * keys.length)];
    if (key !== undefined) {
      if (random() < 0.1) delete copy[key];
      else copy[key] = mutate(copy[key], random, depth + 1);
    }
    if (random() < 0.05) copy[['onbekend', '$ref', 'constructor'][Math.floor(random() * 3)]!] = 1;
    return copy;
  }
  return value;
}

function check(bytes: Uint8Array) {
  let result: ReturnType<typeof parseKaderFile>;
  expect(() => (result = parseKaderFile(bytes))).not.toThrow();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  if (result!.ok) {
    expect(safeLoadKader(result!.kader).ok).toBe(true);
  } else {
    expect(result!.errors.length).toBeGreaterThan(0);
    expect(result!.errors.length).toBeLessThanOrEqual(50);
    for (const e of result!.errors) {
      expect(typeof e).toBe('string');
      expect(e.length).toBeLessThan(700);
    }
  }
}

describe('kader files: hostile input (fuzz)', () => {
  const valid = serializeKader(MG_WMO);
  const text = new TextDecoder().decode(valid);

  it('truncated and bit-flipped files are refused or loaded, never crash', () => {
    const random = rng(16);
    for (let n = 0; n < 150; n++) check(valid.subarray(0, Math.floor(random() * valid.length)));
    for (let n = 0; n < 150; n++) {
      const bytes = valid.slice();
      for (let f = 0; f < 1 + Math.floor(random() * 8); f++) {
        const i = Math.floor(random() * bytes.length);
        bytes[i] = bytes[i]! ^ (1 << Math.floor(random() * 8));
      }
      check(bytes);
    }
  });

  it('random bytes and random JSON-ish text are refused with Dutch lines', () => {
    const random = rng(1616);
    const alphabet = '{}[]":,0123456789.eE-+ truefalsn\\u\n\t';
    for (let n = 0; n < 150; n++) {
      const bytes = new Uint8Array(Math.floor(random() * 400));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      check(bytes);
      const s = Array.from({ length: Math.floor(random() * 300) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      check(new TextEncoder().encode(s));
    }
  });

  it('structurally mutated kaders are refused or loaded, never crash or pollute', () => {
    const random = rng(160016);
    const base = JSON.parse(text) as unknown;
    for (let n = 0; n < 300; n++) {
      let k = base;
      for (let m = 0; m < 1 + Math.floor(random() * 4); m++) k = mutate(k, random);
      check(new TextEncoder().encode(JSON.stringify(k)));
    }
  });
});
