/**
 * Subsets a TrueType font and embeds it as a Type0/CIDFontType2 font with
 * pdf-lib's low-level API. Glyph ids are kept (CIDToGIDMap /Identity), so
 * content streams show text as 2-byte glyph ids: <0041002A> Tj.
 */
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { flateStream } from './deflate';
import type { TrueTypeFont } from './truetype';

/** What a PDF TrueType font program needs (ISO 32000-1, 9.9); cmap is unnecessary with CIDToGIDMap /Identity. */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

function fail(message: string): never {
  throw new Error(`Cannot subset TrueType font: ${message}`);
}

function tableBytes(font: TrueTypeFont, tag: string): Uint8Array | undefined {
  const record = font.tables.get(tag);
  return record && font.bytes.subarray(record.offset, record.offset + record.length);
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Glyph start offsets into glyf, numGlyphs + 1 entries. */
function readLoca(loca: Uint8Array, long: boolean, numGlyphs: number, glyfLength: number): Uint32Array {
  const view = viewOf(loca);
  if (loca.length < (numGlyphs + 1) * (long ? 4 : 2)) fail(`'loca' is too short for ${numGlyphs} glyphs`);
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    offsets[i] = long ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2;
    if (offsets[i]! > glyfLength || (i > 0 && offsets[i]! < offsets[i - 1]!)) fail(`'loca' entry ${i} is out of order or past 'glyf'`);
  }
  return offsets;
}

/** The glyph ids a composite glyph refers to (empty for a simple or empty glyph). */
function components(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const view = viewOf(glyph);
  if (view.getInt16(0) >= 0) return [];
  const found: number[] = [];
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.length) fail('a composite glyph is truncated');
    const flags = view.getUint16(at);
    found.push(view.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008) at += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040) at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) at += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) return found; // MORE_COMPONENTS
  }
}

function checksum(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (bytes[whole + i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file from tables given in tag order, each 4-byte aligned, with head.checkSumAdjustment set. */
function writeSfnt(tables: [string, Uint8Array][]): Uint8Array {
  const count = tables.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 16 * 2 ** entrySelector;
  let size = 12 + count * 16;
  for (const [, data] of tables) size += (data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = viewOf(out);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange);
  let offset = 12 + count * 16;
  let headAt = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    for (let j = 0; j < 4; j++) out[at + j] = tag.charCodeAt(j);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * Keeps the glyphs in `glyphs` (plus glyph 0 and every component of a composite glyph),
 * empties all other glyph outlines without renumbering, and writes a valid sfnt with only
 * head, hhea, maxp, hmtx, loca, glyf and cvt, fpgm, prep when present.
 */
export function subsetTrueType(font: TrueTypeFont, glyphs: Iterable<number>): Uint8Array {
  const head = tableBytes(font, 'head');
  const loca = tableBytes(font, 'loca');
  const glyf = tableBytes(font, 'glyf');
  if (!head || head.length < 54 || !loca || !glyf) fail("'head', 'loca' or 'glyf' is missing");
  const { numGlyphs } = font;
  const offsets = readLoca(loca, viewOf(head).getInt16(50) === 1, numGlyphs, glyf.length);
  const glyphData = (g: number) => glyf.subarray(offsets[g]!, offsets[g + 1]!);

  const keep = new Uint8Array(numGlyphs);
  const pending = [0];
  for (const g of glyphs) if (Number.isInteger(g) && g >= 0 && g < numGlyphs) pending.push(g);
  // A worklist rather than recursion: composites may nest, and a malformed font may even loop.
  while (pending.length > 0) {
    const g = pending.pop()!;
    if (keep[g]) continue;
    keep[g] = 1;
    for (const part of components(glyphData(g))) if (part < numGlyphs && !keep[part]) pending.push(part);
  }

  let total = 0;
  for (let g = 0; g < numGlyphs; g++) if (keep[g]) total += (glyphData(g).length + 3) & ~3;
  const newGlyf = new Uint8Array(total);
  const longLoca = total / 2 > 0xffff;
  const newLoca = new Uint8Array((numGlyphs + 1) * (longLoca ? 4 : 2));
  const locaView = viewOf(newLoca);
  let at = 0;
  for (let g = 0; g <= numGlyphs; g++) {
    if (longLoca) locaView.setUint32(g * 4, at);
    else locaView.setUint16(g * 2, at / 2);
    if (g < numGlyphs && keep[g]) {
      const data = glyphData(g);
      newGlyf.set(data, at);
      at += (data.length + 3) & ~3;
    }
  }

  const newHead = head.slice();
  viewOf(newHead).setUint32(8, 0); // checkSumAdjustment, recomputed by writeSfnt
  viewOf(newHead).setInt16(50, longLoca ? 1 : 0);
  const replaced: Record<string, Uint8Array> = { head: newHead, loca: newLoca, glyf: newGlyf };
  const out: [string, Uint8Array][] = [];
  for (const tag of KEPT_TABLES) {
    const data = replaced[tag] ?? tableBytes(font, tag);
    if (data) out.push([tag, data]);
  }
  return writeSfnt(out);
}

/** UTF-16BE hex, surrogate pairs included as they are in the JavaScript string. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex.toUpperCase();
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();

function toUnicodeCMap(glyphs: number[], used: ReadonlyMap<number, string>): string {
  const pairs = glyphs.filter((g) => used.get(g)).map((g) => `<${hex4(g)}> <${utf16Hex(used.get(g)!)}>`);
  const blocks: string[] = [];
  // A bfchar block may hold at most 100 entries.
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** /W as runs of consecutive glyph ids: [first [w w w] first [w] ...]. */
function widthArray(glyphs: number[], width: (g: number) => number): (number | number[])[] {
  const result: (number | number[])[] = [];
  let run: number[] = [];
  glyphs.forEach((g, i) => {
    if (i === 0 || g !== glyphs[i - 1]! + 1) result.push(g, (run = []));
    run.push(width(g));
  });
  return result;
}

/**
 * Adds a Type0 font (Identity-H, CIDFontType2, CIDToGIDMap /Identity) for the glyphs in `used`
 * (glyph id → the text it stands for) to `ctx` and returns the Type0 font dict's ref.
 * BaseFont is `${tag}+${postScriptName}`; the tag must be six capital letters. `into`: a ref reserved earlier
 * (pages that use the font were written before its glyphs were all known).
 */
export function embedType0Font(ctx: PDFContext, font: TrueTypeFont, used: ReadonlyMap<number, string>, tag: string, into?: PDFRef): PDFRef {
  if (!/^[A-Z]{6}$/.test(tag)) throw new Error(`Font subset tag must be six capital letters, got '${tag}'`);
  const glyphs = [...used.keys()].filter((g) => Number.isInteger(g) && g >= 0 && g < font.numGlyphs).sort((a, b) => a - b);
  const subset = subsetTrueType(font, glyphs);
  const scale = (v: number) => Math.round((v * 1000) / font.unitsPerEm);
  const baseFont = `${tag}+${font.postScriptName}`;
  const italic = font.italicAngle !== 0;
  // Symbolic (4): the usual choice for CID fonts, whose glyphs are not addressed through a standard encoding.
  const flags = (font.fixedPitch ? 1 : 0) | 4 | (italic ? 64 : 0);
  // TrueType has no stem width; this common estimate from the weight class only guides substitute fonts.
  const stemV = Math.round(50 + (font.weightClass / 65) ** 2);

  const fontFile = ctx.register(flateStream(ctx, subset, { Length1: subset.length }));
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flags,
      FontBBox: font.bbox.map(scale),
      ItalicAngle: Math.round(font.italicAngle * 100) / 100,
      Ascent: scale(font.ascender),
      Descent: scale(font.descender),
      CapHeight: scale(font.capHeight),
      StemV: stemV,
      FontFile2: fontFile,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widthArray(glyphs, (g) => scale(font.advance(g))),
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = ctx.register(flateStream(ctx, toUnicodeCMap(glyphs, used)));
  const type0 = ctx.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: baseFont,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFont],
    ToUnicode: toUnicode,
  });
  if (!into) return ctx.register(type0);
  ctx.assign(into, type0);
  return into;
}
