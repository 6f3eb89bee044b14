import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_KADERS,
  MAX_KADER_FILE_BYTES,
  MG_WMO,
  compareKaderVersions,
  copyKader,
  diffKaders,
  emptyKader,
  kaderFileName,
  kaderIdFromName,
  parseKaderFile,
  safeLoadKader,
  serializeKader,
  type Kader,
} from '../../../shared/kaders';

const enc = (text: string) => new TextEncoder().encode(text);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The example block of docs/kaders.md, as a file. */
function docsExample(): string {
  const md = readFileSync(join(__dirname, '../../../docs/kaders.md'), 'utf8');
  const m = /<!-- kader-file-example -->\s*```json\n([\s\S]*?)```/.exec(md);
  if (!m) throw new Error('no example in docs/kaders.md');
  return m[1]!;
}

function errorsOf(text: string | Uint8Array): string[] {
  const result = parseKaderFile(typeof text === 'string' ? enc(text) : text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('kader files: import', () => {
  it('loads the complete example of docs/kaders.md with the import code', () => {
    const result = parseKaderFile(enc(docsExample()));
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
    if (!result.ok) return;
    expect(result.kader.id).toBe('wmo-voorbeeld');
    expect(result.kader.validity).toEqual({ vog: { months: 24 } });
    expect(result.kader.requirements).toHaveLength(4);
  });

  it('accepts a byte-order mark', () => {
    expect(parseKaderFile(enc(`\ufeff${docsExample()}`)).ok).toBe(true);
  });

  it('reports every problem in Dutch, each with where it is', () => {
    const k = JSON.parse(docsExample()) as Record<string, unknown> & { requirements: Record<string, unknown>[] };
    k.requirements[0]!.scope = { level: 'iedereen' };
    k.requirements[1]!.text = '';
    k.requirements[2]!.evidence = [{ anyOf: [{ type: 'paspoort' }] }];
    k.requirements[3]!.id = 'ander-kader.veiligheid.medicatie';
    delete k.issuer;
    const errors = errorsOf(JSON.stringify(k));
    const text = errors.join('\n');
    // Shape problems (zod, Dutch) come first and name the requirement by number and id.
    expect(text).toMatch(/eis 1 \('wmo-voorbeeld\.personeel\.vog'\), veld scope\.level: /);
    expect(text).toMatch(/eis 2 \('wmo-voorbeeld\.veiligheid\.meldcode'\), veld text: te kort: minstens 3 tekens/);
    expect(text).toContain('veld issuer: ontbreekt (verwacht tekst)');
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const e of errors) expect(e).not.toMatch(/\b(expected|invalid|received|required)\b/i);

    // Once the shape is right, the cross-references are all reported too.
    const k2 = JSON.parse(docsExample()) as { requirements: Record<string, unknown>[] };
    k2.requirements[2]!.evidence = [{ anyOf: [{ type: 'paspoort' }] }];
    k2.requirements[3]!.id = 'ander-kader.veiligheid.medicatie';
    k2.requirements[0]!.credential = 'rijbewijs';
    const cross = errorsOf(JSON.stringify(k2)).join('\n');
    expect(cross).toContain("eis 'wmo-voorbeeld.veiligheid.klachten', bewijs 1.1: onbekend bewijstype 'paspoort'");
    expect(cross).toContain("eis 'ander-kader.veiligheid.medicatie': de id moet beginnen met 'wmo-voorbeeld.veiligheid.'");
    expect(cross).toContain("eis 'wmo-voorbeeld.personeel.vog': onbekende kolom 'rijbewijs'");
  });

  it('gives the line and column of a JSON syntax error, in Dutch', () => {
    expect(errorsOf('{\n  "id": "x",\n  "title": }')).toEqual(['Het bestand is geen geldige JSON: regel 3, teken 12: onverwacht ‘}’; hier hoort een waarde.']);
    expect(errorsOf('{"id": "x"')[0]).toMatch(/regel 1, teken 11: .*komma of ‘}’/);
    expect(errorsOf('{"id": "x}')[0]).toMatch(/niet afgesloten/);
    expect(errorsOf('{"a": 1} extra')[0]).toMatch(/na het einde van de gegevens/);
    expect(errorsOf('')).toEqual(['Het bestand is leeg.']);
    expect(errorsOf('   ')[0]).toMatch(/het bestand is leeg/);
    expect(errorsOf('[1, 2]')[0]).toMatch(/geen kader/);
  });

  it('refuses files that are too large, not UTF-8, or carry addresses or prototype keys', () => {
    expect(errorsOf(new Uint8Array(MAX_KADER_FILE_BYTES + 1))[0]).toMatch(/hooguit 1024 kB/);
    expect(errorsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))[0]).toMatch(/geen tekstbestand in UTF-8/);
    const k = JSON.parse(docsExample()) as { source: Record<string, unknown>; requirements: Record<string, unknown>[] };
    k.source.reference = 'https://voorbeeld.nl/kader.pdf';
    k.requirements[1]!.hint = 'Zie www.voorbeeld.nl';
    const text = errorsOf(JSON.stringify(k)).join('\n');
    expect(text).toContain('veld source.reference: bevat een internet- of bestandsadres');
    expect(text).toContain("eis 2 ('wmo-voorbeeld.veiligheid.meldcode'), veld hint: bevat een internet- of bestandsadres");
    const proto = docsExample().replace('"version": "1.0",', '"version": "1.0", "__proto__": { "polluted": true },');
    expect(errorsOf(proto).join('\n')).toContain("de veldnaam '__proto__' is niet toegestaan");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting without overflowing (syntax check and limits)', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(errorsOf(deep)[0]).toMatch(/geen kader/);
    const deepObject = `{"id": ${'{"a":'.repeat(50)}1${'}'.repeat(50)}}`;
    expect(errorsOf(deepObject)[0]).toMatch(/te diep genest/);
  });
});

describe('kader files: export', () => {
  it('round trip export → import gives every kader back equal', () => {
    const copy = copyKader(MG_WMO, { id: 'wmo-gemeente-x', title: 'Wmo gemeente X', issuer: 'Gemeente X', today: '2026-12-01' });
    copy.validity = { vog: { months: 24 } };
    const example = (parseKaderFile(enc(docsExample())) as { kader: Kader }).kader;
    for (const kader of [...BUILTIN_KADERS, copy, example, emptyKader({ id: 'leeg', title: 'Leeg kader', issuer: 'Ik', today: '2026-12-01' })]) {
      const back = parseKaderFile(serializeKader(kader));
      expect(back.ok, back.ok ? '' : back.errors.join('\n')).toBe(true);
      if (back.ok) expect(back.kader).toEqual(kader);
    }
    expect(kaderFileName(copy)).toBe('kader-wmo-gemeente-x-versie-1.json');
  });

  it('a copy gets a new id for itself and every requirement, and keeps the rest', () => {
    const copy = copyKader(MG_WMO, { id: 'wmo-gemeente-x', title: 'Wmo gemeente X', issuer: 'Gemeente X', today: '2026-12-01' });
    expect(safeLoadKader(copy).ok).toBe(true);
    expect(copy.requirements.map((r) => r.id)).toEqual(MG_WMO.requirements.map((r) => r.id.replace(/^mg-wmo\./, 'wmo-gemeente-x.')));
    expect(copy.requirements.map((r) => r.text)).toEqual(MG_WMO.requirements.map((r) => r.text));
    expect(MG_WMO.requirements[0]!.id.startsWith('mg-wmo.')).toBe(true); // the original is untouched
    expect(kaderIdFromName('Wmo gemeente Súdwest-Fryslân', new Set())).toBe('wmo-gemeente-sudwest-fryslan');
    expect(kaderIdFromName('Wmo gemeente X', new Set(['wmo-gemeente-x']))).toBe('wmo-gemeente-x-2');
  });
});

describe('kader versions', () => {
  it('orders version labels as people number them', () => {
    expect(compareKaderVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareKaderVersions('2', '1.9')).toBeGreaterThan(0);
    expect(compareKaderVersions('1.0', '1.0')).toBe(0);
  });

  it('lists added, removed and changed requirements and other changes', () => {
    const v1 = (parseKaderFile(enc(docsExample())) as { kader: Kader }).kader;
    const v2 = clone(v1);
    v2.version = '1.1';
    v2.requirements = v2.requirements.filter((r) => !r.id.endsWith('.medicatie'));
    v2.requirements[1]!.text = 'De meldcode is eigen, actueel en elk jaar besproken in het team.';
    v2.requirements.push({ ...clone(v2.requirements[2]!), id: 'wmo-voorbeeld.veiligheid.privacy', text: 'Er is een privacybeleid.', evidence: [{ anyOf: [{ type: 'privacybeleid' }] }] });
    v2.validity = { vog: { months: 36 } };
    v2.sections[1]!.title = 'Veiligheid en privacy';
    const diff = diffKaders(v1, v2);
    expect(diff.added.map((r) => r.id)).toEqual(['wmo-voorbeeld.veiligheid.privacy']);
    expect(diff.removed.map((r) => r.id)).toEqual(['wmo-voorbeeld.veiligheid.medicatie']);
    expect(diff.changed).toEqual([{ id: 'wmo-voorbeeld.veiligheid.meldcode', text: v2.requirements[1]!.text, fields: ['tekst'] }]);
    expect(diff.unchanged).toBe(2);
    expect(diff.other).toEqual(['Onderdeel ‘Veiligheid’ heet nu ‘Veiligheid en privacy’.', 'De geldigheidstermijnen van het kader zijn veranderd.']);
  });
});
