/**
 * A small TrueType reader: just the metrics, cmap and hmtx that PDF layout and
 * embedding need, so pages can be typeset without fontkit's CPU cost.
 * Pure code: reads a Uint8Array through a DataView, no Node or DOM.
 */

export interface TableRecord {
  offset: number;
  length: number;
}

export interface TrueTypeFont {
  /** The original font file. */
  bytes: Uint8Array;
  /** From the 'name' table (nameID 6), 'Font' when absent. */
  postScriptName: string;
  unitsPerEm: number;
  /** hhea ascender, font units. */
  ascender: number;
  /** hhea descender (negative), font units. */
  descender: number;
  /** OS/2 sCapHeight (version >= 2), else 0.7 em. */
  capHeight: number;
  /** head xMin, yMin, xMax, yMax. */
  bbox: [number, number, number, number];
  /** post italicAngle in degrees (counter-clockwise from vertical, so negative for slanted fonts). */
  italicAngle: number;
  numGlyphs: number;
  /** OS/2 usWeightClass, 400 when absent (used to estimate StemV). */
  weightClass: number;
  /** post isFixedPitch. */
  fixedPitch: boolean;
  /** The table directory, by tag, so the subsetter need not read it again. */
  tables: ReadonlyMap<string, TableRecord>;
  /** The glyph for a Unicode code point, 0 (.notdef) when the font lacks it. */
  glyphFor(codePoint: number): number;
  /** Advance width in font units; glyphs past numberOfHMetrics share the last advance. */
  advance(glyph: number): number;
}

function fail(message: string): never {
  throw new Error(`Invalid TrueType font: ${message}`);
}

export function readTableDirectory(bytes: Uint8Array): Map<string, TableRecord> {
  if (bytes.length < 12) fail(`file too short (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version === 0x4f54544f) fail('this is a CFF-based OpenType font (OTTO); only TrueType outlines are supported');
  if (version === 0x74746366) fail('font collections (.ttc) are not supported');
  if (version !== 0x00010000 && version !== 0x74727565) fail(`unknown sfnt version 0x${version.toString(16)}`);
  const numTables = view.getUint16(4);
  if (12 + numTables * 16 > bytes.length) fail('table directory runs past the end of the file');
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) fail(`table '${tag}' runs past the end of the file`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

/** A DataView on one table, with a minimum length check so field reads cannot run off it. */
function table(bytes: Uint8Array, tables: Map<string, TableRecord>, tag: string, minLength: number): DataView;
function table(bytes: Uint8Array, tables: Map<string, TableRecord>, tag: string, minLength: number, optional: true): DataView | undefined;
function table(bytes: Uint8Array, tables: Map<string, TableRecord>, tag: string, minLength: number, optional = false): DataView | undefined {
  const record = tables.get(tag);
  if (!record) return optional ? undefined : fail(`required table '${tag}' is missing`);
  if (record.length < minLength) fail(`table '${tag}' is too short (${record.length} < ${minLength} bytes)`);
  return new DataView(bytes.buffer, bytes.byteOffset + record.offset, record.length);
}

function readPostScriptName(name: DataView | undefined): string {
  if (!name || name.byteLength < 6) return 'Font';
  const count = name.getUint16(2);
  const storage = name.getUint16(4);
  let fallback: string | undefined;
  for (let i = 0; i < count && 6 + i * 12 + 12 <= name.byteLength; i++) {
    const at = 6 + i * 12;
    const platform = name.getUint16(at);
    const nameId = name.getUint16(at + 6);
    const length = name.getUint16(at + 8);
    const start = storage + name.getUint16(at + 10);
    if (nameId !== 6 || start + length > name.byteLength) continue;
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(name.getUint16(start + j));
    } else if (platform === 1) {
      for (let j = 0; j < length; j++) text += String.fromCharCode(name.getUint8(start + j));
    } else continue;
    // PostScript names are printable ASCII without PDF delimiters; anything else would make a bad /BaseFont.
    text = text.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '');
    if (!text) continue;
    if (platform === 3) return text;
    fallback ??= text;
  }
  return fallback ?? 'Font';
}

/** Picks the best Unicode subtable: 3/10, then 3/1, then platform 0 (highest encoding first); formats 4 and 12 only. */
function pickCmap(cmap: DataView): { offset: number; format: 4 | 12 } {
  const count = cmap.getUint16(2);
  let best: { offset: number; format: 4 | 12; rank: number } | undefined;
  for (let i = 0; i < count && 4 + i * 8 + 8 <= cmap.byteLength; i++) {
    const at = 4 + i * 8;
    const platform = cmap.getUint16(at);
    const encoding = cmap.getUint16(at + 2);
    const offset = cmap.getUint32(at + 4);
    if (offset + 4 > cmap.byteLength) continue;
    const format = cmap.getUint16(offset);
    if (format !== 4 && format !== 12) continue;
    const rank = platform === 3 && encoding === 10 ? 100 : platform === 3 && encoding === 1 ? 90 : platform === 0 ? 10 + encoding : -1;
    if (rank >= 0 && (!best || rank > best.rank)) best = { offset, format, rank };
  }
  if (!best) fail('no Unicode cmap subtable in format 4 or 12');
  return best;
}

/** Calls `set(codePoint, glyph)` for every mapping in a format 4 subtable, each code point once. */
function walkFormat4(cmap: DataView, offset: number, set: (code: number, glyph: number) => void): void {
  // The table end, not the subtable's 16-bit length field, which wraps in some large cmaps.
  const end = cmap.byteLength;
  if (offset + 14 > end) fail('cmap format 4 subtable is truncated');
  const segCount = cmap.getUint16(offset + 6) >> 1;
  const ends = offset + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const ranges = deltas + segCount * 2;
  if (ranges + segCount * 2 > end) fail('cmap format 4 subtable is truncated');
  // Segments are sorted; starting each one past the previous end bounds the work to 65,536 even in a malformed font.
  let next = 0;
  for (let s = 0; s < segCount; s++) {
    const segEnd = cmap.getUint16(ends + s * 2);
    const segStart = cmap.getUint16(starts + s * 2);
    const delta = cmap.getUint16(deltas + s * 2);
    const rangeAt = ranges + s * 2;
    const rangeOffset = cmap.getUint16(rangeAt);
    for (let code = Math.max(segStart, next); code <= segEnd; code++) {
      if (code === 0xffff) break;
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeAt + rangeOffset + (code - segStart) * 2;
        glyph = at + 2 <= end ? cmap.getUint16(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) set(code, glyph);
    }
    next = Math.max(next, segEnd + 1);
  }
}

/** The format 12 groups as [start, end, startGlyph] triples (already sorted by the spec). */
function readFormat12(cmap: DataView, offset: number): Uint32Array {
  if (offset + 16 > cmap.byteLength) fail('cmap format 12 subtable is truncated');
  const count = cmap.getUint32(offset + 12);
  if (offset + 16 + count * 12 > cmap.byteLength) fail('cmap format 12 groups run past the table');
  const groups = new Uint32Array(count * 3);
  for (let i = 0; i < count * 3; i++) groups[i] = cmap.getUint32(offset + 16 + i * 4);
  return groups;
}

function lookupFormat12(groups: Uint32Array, code: number): number {
  let lo = 0;
  let hi = groups.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < groups[mid * 3]!) hi = mid - 1;
    else if (code > groups[mid * 3 + 1]!) lo = mid + 1;
    else return groups[mid * 3 + 2]! + (code - groups[mid * 3]!);
  }
  return 0;
}

export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const tables = readTableDirectory(bytes);
  const head = table(bytes, tables, 'head', 54);
  const hhea = table(bytes, tables, 'hhea', 36);
  const maxp = table(bytes, tables, 'maxp', 6);
  const cmap = table(bytes, tables, 'cmap', 4);
  // PDF TrueType embedding needs real outlines; check now so a bad font fails at load, not at save.
  table(bytes, tables, 'loca', 0);
  table(bytes, tables, 'glyf', 0);
  const os2 = table(bytes, tables, 'OS/2', 0, true);
  const post = table(bytes, tables, 'post', 16, true);
  if (head.getUint32(12) !== 0x5f0f3cf5) fail("'head' table has a wrong magic number");

  const unitsPerEm = head.getUint16(18);
  if (unitsPerEm < 16 || unitsPerEm > 16384) fail(`unitsPerEm ${unitsPerEm} is out of range`);
  const numGlyphs = maxp.getUint16(4);
  if (numGlyphs === 0) fail('the font has no glyphs');
  const numberOfHMetrics = hhea.getUint16(34);
  if (numberOfHMetrics === 0 || numberOfHMetrics > numGlyphs) fail(`numberOfHMetrics ${numberOfHMetrics} is out of range`);
  const hmtx = table(bytes, tables, 'hmtx', numberOfHMetrics * 4);
  const advances = new Uint16Array(numberOfHMetrics);
  for (let i = 0; i < numberOfHMetrics; i++) advances[i] = hmtx.getUint16(i * 4);
  const lastAdvance = advances[numberOfHMetrics - 1]!;

  const chosen = pickCmap(cmap);
  const groups = chosen.format === 12 ? readFormat12(cmap, chosen.offset) : undefined;
  // The BMP table is filled on first use; astral code points (format 12 only) go through a Map.
  let bmp: Uint16Array | undefined;
  const astral = new Map<number, number>();
  const valid = (glyph: number) => (glyph < numGlyphs ? glyph : 0);
  const fillBmp = (): Uint16Array => {
    const map = new Uint16Array(0x10000);
    if (groups) {
      let next = 0; // as in format 4: bounds the work for overlapping groups
      for (let g = 0; g < groups.length; g += 3) {
        const start = groups[g]!;
        const end = Math.min(groups[g + 1]!, 0xffff);
        for (let code = Math.max(start, next); code <= end; code++) map[code] = valid(groups[g + 2]! + (code - start));
        next = Math.max(next, end + 1);
      }
    } else walkFormat4(cmap, chosen.offset, (code, glyph) => (map[code] = valid(glyph)));
    return map;
  };

  const capHeight = os2 && os2.byteLength >= 90 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : Math.round(unitsPerEm * 0.7);
  return {
    bytes,
    postScriptName: readPostScriptName(table(bytes, tables, 'name', 0, true)),
    unitsPerEm,
    ascender: hhea.getInt16(4),
    descender: hhea.getInt16(6),
    capHeight,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    italicAngle: post ? post.getInt32(4) / 65536 : 0,
    numGlyphs,
    weightClass: os2 && os2.byteLength >= 6 ? os2.getUint16(4) : 400,
    fixedPitch: post ? post.getUint32(12) !== 0 : false,
    tables,
    glyphFor(codePoint: number): number {
      if (codePoint >= 0 && codePoint <= 0xffff) return (bmp ??= fillBmp())[codePoint] ?? 0;
      if (!groups || !(codePoint > 0xffff && codePoint <= 0x10ffff)) return 0;
      let glyph = astral.get(codePoint);
      if (glyph === undefined) astral.set(codePoint, (glyph = valid(lookupFormat12(groups, codePoint))));
      return glyph;
    },
    advance(glyph: number): number {
      return glyph < numberOfHMetrics ? (advances[glyph] ?? 0) : lastAdvance;
    },
  };
}
