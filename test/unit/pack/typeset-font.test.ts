import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { parseTrueType, readTableDirectory, type TrueTypeFont } from '../../../shared/pack/typeset/truetype';
import { embedType0Font, subsetTrueType } from '../../../shared/pack/typeset/font-embed';

const root = new URL('../../../', import.meta.url);
const has = (bin: string, arg = '-v') => spawnSync(bin, [arg]).error === undefined;
const popplerMissing = !has('pdftotext');
const qpdfMissing = !has('qpdf', '--version');

const names = ['Roboto-Regular', 'Roboto-Medium', 'Roboto-Italic', 'Roboto-MediumItalic'];
const fonts = names.map((name) => parseTrueType(new Uint8Array(readFileSync(new URL(`resources/fonts/${name}.ttf`, root)))));
const TEXT = 'Bewijspakket — Çağrı Łukasz € 12,50 ‘test’';

const dir = mkdtempSync(join(tmpdir(), 'km-typeset-font-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A minimal sfnt from raw tables (the reader checks no checksums). */
function sfnt(tables: Record<string, Uint8Array>, version = 0x00010000): Uint8Array {
  const tags = Object.keys(tables).sort();
  let size = 12 + tags.length * 16;
  for (const tag of tags) size += (tables[tag]!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, version);
  view.setUint16(4, tags.length);
  let offset = 12 + tags.length * 16;
  tags.forEach((tag, i) => {
    for (let j = 0; j < 4; j++) out[12 + i * 16 + j] = tag.charCodeAt(j);
    view.setUint32(12 + i * 16 + 8, offset);
    view.setUint32(12 + i * 16 + 12, tables[tag]!.length);
    out.set(tables[tag]!, offset);
    offset += (tables[tag]!.length + 3) & ~3;
  });
  return out;
}

/** Roboto's own tables, with some replaced or dropped. */
function robotoWith(changes: Record<string, Uint8Array | null>): Uint8Array {
  const font = fonts[0]!;
  const tables: Record<string, Uint8Array> = {};
  for (const [tag, { offset, length }] of font.tables) tables[tag] = font.bytes.subarray(offset, offset + length);
  for (const [tag, data] of Object.entries(changes)) {
    if (data) tables[tag] = data;
    else delete tables[tag];
  }
  return sfnt(tables);
}

/** A cmap with one 3/10 format 12 subtable. */
function format12Cmap(groups: [number, number, number][]): Uint8Array {
  const out = new Uint8Array(12 + 16 + groups.length * 12);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1);
  view.setUint16(4, 3);
  view.setUint16(6, 10);
  view.setUint32(8, 12);
  view.setUint16(12, 12);
  view.setUint32(16, 16 + groups.length * 12);
  view.setUint32(24, groups.length);
  groups.flat().forEach((n, i) => view.setUint32(28 + i * 4, n));
  return out;
}

/** Glyph ids with a non-empty outline in an sfnt, read from its loca. */
function glyphsWithOutlines(bytes: Uint8Array): number[] {
  const tables = readTableDirectory(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const long = view.getInt16(tables.get('head')!.offset + 50) === 1;
  const loca = tables.get('loca')!;
  const count = loca.length / (long ? 4 : 2) - 1;
  const at = (i: number) => (long ? view.getUint32(loca.offset + i * 4) : view.getUint16(loca.offset + i * 2) * 2);
  return Array.from({ length: count }, (_, g) => g).filter((g) => at(g + 1) > at(g));
}

function sfntChecksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();

function usedGlyphs(font: TrueTypeFont, text: string): { used: Map<number, string>; hex: string } {
  const used = new Map<number, string>();
  let hex = '';
  for (const ch of text) {
    const glyph = font.glyphFor(ch.codePointAt(0)!);
    used.set(glyph, ch);
    hex += hex4(glyph);
  }
  return { used, hex };
}

describe('TrueType reader', () => {
  it('reads the metrics and cmap of the four Roboto fonts', () => {
    for (const [i, font] of fonts.entries()) {
      expect(font.postScriptName).toBe(names[i]);
      expect(font.unitsPerEm).toBe(2048);
      expect(font.ascender).toBeGreaterThan(0);
      expect(font.descender).toBeLessThan(0);
      expect(font.capHeight).toBeGreaterThan(1000);
      expect(font.capHeight).toBeLessThan(font.ascender);
      expect(font.bbox[2]).toBeGreaterThan(font.bbox[0]);
      expect(font.italicAngle === 0).toBe(!names[i]!.includes('Italic'));
      expect(font.glyphFor('A'.codePointAt(0)!)).not.toBe(0);
      for (const ch of 'éł€—‘’Çğı') expect(font.glyphFor(ch.codePointAt(0)!), ch).not.toBe(0);
      expect(font.glyphFor(0x4e2d)).toBe(0); // 中: not in Roboto
      expect(font.glyphFor(0x1f600)).toBe(0);
      expect(font.glyphFor(-1)).toBe(0);
      expect(font.advance(font.glyphFor(0x20))).toBeGreaterThan(0);
      expect(font.advance(font.glyphFor(0x4d))).toBeGreaterThan(font.advance(font.glyphFor(0x69))); // M wider than i
      expect(font.advance(font.numGlyphs - 1)).toBeGreaterThanOrEqual(0);
    }
    expect(fonts[1]!.weightClass).toBeGreaterThan(fonts[0]!.weightClass);
  });

  it('reads a format 12 cmap, astral code points included', () => {
    const font = parseTrueType(robotoWith({ cmap: format12Cmap([[0x41, 0x5a, 36], [0x1f600, 0x1f601, 5]]) }));
    expect(font.glyphFor(0x41)).toBe(36);
    expect(font.glyphFor(0x5a)).toBe(61);
    expect(font.glyphFor(0x61)).toBe(0);
    expect(font.glyphFor(0x1f601)).toBe(6);
    expect(font.glyphFor(0x1f601)).toBe(6); // cached
    expect(font.glyphFor(0x1f602)).toBe(0);
  });

  it('rejects malformed fonts with a clear message', () => {
    const good = fonts[0]!.bytes;
    expect(() => parseTrueType(good.subarray(0, 8))).toThrow(/Invalid TrueType font: file too short/);
    expect(() => parseTrueType(good.subarray(0, 200))).toThrow(/runs past the end of the file/);
    const otto = good.slice();
    otto.set([0x4f, 0x54, 0x54, 0x4f]);
    expect(() => parseTrueType(otto)).toThrow(/CFF-based OpenType/);
    expect(() => parseTrueType(robotoWith({ cmap: null }))).toThrow(/required table 'cmap' is missing/);
    expect(() => parseTrueType(robotoWith({ glyf: null }))).toThrow(/required table 'glyf' is missing/);
    expect(() => parseTrueType(robotoWith({ cmap: new Uint8Array(12) }))).toThrow(/no Unicode cmap subtable/);
  });
});

describe('TrueType subset and Type0 embedding', () => {
  it('keeps the asked glyphs, .notdef and composite components, and writes a much smaller valid sfnt', () => {
    for (const font of fonts) {
      const glyphs = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn'].map((c) => font.glyphFor(c.codePointAt(0)!));
      const subset = subsetTrueType(font, glyphs);
      expect(subset.length).toBeLessThan(font.bytes.length * 0.3);
      expect(sfntChecksum(subset)).toBe(0xb1b0afba);
      expect([...readTableDirectory(subset).keys()]).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
      expect(glyphsWithOutlines(subset)).toEqual([0, ...glyphs].sort((a, b) => a - b));

      const accented = font.glyphFor('é'.codePointAt(0)!);
      const kept = glyphsWithOutlines(subsetTrueType(font, [accented]));
      expect(kept).toContain(accented);
      expect(kept.length).toBeGreaterThan(2); // é is a composite: e and the accent come along
    }
  });

  it('embeds the four fonts so poppler reads the text back and qpdf finds the file clean', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const lines: string[] = [];
    fonts.forEach((font, i) => {
      const { used, hex } = usedGlyphs(font, TEXT);
      const ref = embedType0Font(doc.context, font, used, `KMFON${'ABCD'[i]}`);
      page.node.setFontDictionary(PDFName.of(`F${i + 1}`), ref);
      lines.push(`BT /F${i + 1} 12 Tf 50 ${700 - i * 24} Td <${hex}> Tj ET`);
    });
    page.node.addContentStream(doc.context.register(doc.context.flateStream(lines.join('\n'))));
    const path = join(dir, 'fonts.pdf');
    writeFileSync(path, await doc.save());

    if (!popplerMissing) {
      const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
      expect(text.split('\n').filter((line) => line.trim())).toEqual([TEXT, TEXT, TEXT, TEXT]);
      const listing = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout;
      for (const [i, name] of names.entries()) {
        expect(listing).toMatch(new RegExp(`KMFON${'ABCD'[i]}\\+${name} +CID TrueType +Identity-H +yes +yes +yes`));
      }
    }
    if (!qpdfMissing) {
      const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('No syntax or stream encoding errors');
      expect(check.stderr).toBe('');
    }
  });

  it('writes /W widths per run of glyph ids and a ToUnicode entry with surrogate pairs', async () => {
    const doc = await PDFDocument.create();
    const font = fonts[0]!;
    const a = font.glyphFor(0x41);
    const used = new Map([[a, 'A'], [a + 1, 'B'], [a + 5, '😀']]);
    const ref = embedType0Font(doc.context, font, used, 'ABCDEF');
    const saved = new TextDecoder('latin1').decode(await doc.save({ useObjectStreams: false }));
    const w = (g: number) => Math.round((font.advance(g) * 1000) / 2048);
    expect(saved).toContain(`/W [ ${a} [ ${w(a)} ${w(a + 1)} ] ${a + 5} [ ${w(a + 5)} ] ]`);
    expect(saved).toContain('/BaseFont /ABCDEF+Roboto-Regular');
    const toUnicode = doc.context.lookup(doc.context.lookup(ref, PDFDict).get(PDFName.of('ToUnicode')));
    if (!(toUnicode instanceof PDFRawStream)) throw new Error('ToUnicode is not a stream');
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(toUnicode).decode());
    expect(cmap).toContain(`3 beginbfchar\n<${hex4(a)}> <0041>\n<${hex4(a + 1)}> <0042>\n<${hex4(a + 5)}> <D83DDE00>\nendbfchar`);
    expect(() => embedType0Font(doc.context, font, used, 'abc')).toThrow(/six capital letters/);
  });
});
