import { Inflate } from 'fflate';
import { u16le, u32le, u64le } from './bytes';

/**
 * A minimal ZIP central-directory reader. We read zips ourselves (instead of fflate's unzipSync)
 * because (1) stored entries can then be returned as zero-copy views, so a 500 MB backup is not
 * copied a second time, and (2) every bound is checked, so a truncated or hostile file gives a
 * precise reason instead of an exception from deep inside a library.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export type ZipProblem =
  | 'not-zip' // no zip signatures at all
  | 'truncated' // starts like a zip but the end record or data is cut off
  | 'corrupt'; // structures present but inconsistent

export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipReadError';
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32le(bytes, 0) === LOC_SIG;
}

function fail(bytes: Uint8Array, problem: ZipProblem, detail: string): never {
  // A file that begins like a zip but whose structures are missing was almost always cut off.
  if (problem === 'corrupt' && !looksLikeZip(bytes)) throw new ZipReadError('not-zip', detail);
  throw new ZipReadError(problem, detail);
}

function decodeName(raw: Uint8Array): string {
  // Names we care about are ASCII; anything else is kept as code points so it can be reported.
  let s = '';
  for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]!);
  return s;
}

/** Reads the central directory. Throws ZipReadError with a classified problem. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = 1_000_000): ZipEntry[] {
  const len = bytes.length;
  if (len < 22) fail(bytes, looksLikeZip(bytes) ? 'truncated' : 'not-zip', 'too short for a zip');
  let eocd = -1;
  const lowest = Math.max(0, len - 22 - 0xffff);
  for (let i = len - 22; i >= lowest; i--) {
    if (u32le(bytes, i) === EOCD_SIG && i + 22 + u16le(bytes, i + 20) <= len) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(bytes, looksLikeZip(bytes) ? 'truncated' : 'not-zip', 'end of central directory not found');

  let count = u16le(bytes, eocd + 10);
  let cdSize = u32le(bytes, eocd + 12);
  let cdOffset = u32le(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32le(bytes, loc) !== ZIP64_LOCATOR_SIG) fail(bytes, 'corrupt', 'zip64 locator missing');
    const rec = u64le(bytes, loc + 8);
    if (rec + 56 > len || u32le(bytes, rec) !== ZIP64_EOCD_SIG) fail(bytes, 'corrupt', 'zip64 record missing');
    count = u64le(bytes, rec + 32);
    cdSize = u64le(bytes, rec + 40);
    cdOffset = u64le(bytes, rec + 48);
  }
  if (count > maxEntries) fail(bytes, 'corrupt', 'too many entries');
  if (cdOffset + cdSize > eocd) fail(bytes, 'truncated', 'central directory outside the file');

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > len || u32le(bytes, p) !== CEN_SIG) fail(bytes, 'corrupt', 'bad central directory entry');
    const flags = u16le(bytes, p + 8);
    const method = u16le(bytes, p + 10);
    const crc32 = u32le(bytes, p + 16);
    let compressedSize = u32le(bytes, p + 20);
    let size = u32le(bytes, p + 24);
    const nameLen = u16le(bytes, p + 28);
    const extraLen = u16le(bytes, p + 30);
    const commentLen = u16le(bytes, p + 32);
    let localHeaderOffset = u32le(bytes, p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > len) fail(bytes, 'truncated', 'central directory cut off');
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information: only the fields that overflowed are present, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16le(bytes, e);
      const sz = u16le(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + sz) {
          size = u64le(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + sz) {
          compressedSize = u64le(bytes, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + sz) localHeaderOffset = u64le(bytes, q);
      }
      e += 4 + sz;
    }
    entries.push({ name, method, flags, crc32, compressedSize, size, localHeaderOffset });
    p = end;
  }
  return entries;
}

/** Offset of the entry's data, after checking its local header and that the data is in the file. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): [number, number] {
  const o = entry.localHeaderOffset;
  if (o + 30 > bytes.length) fail(bytes, 'truncated', `local header of ${entry.name} cut off`);
  if (u32le(bytes, o) !== LOC_SIG) fail(bytes, 'corrupt', `local header of ${entry.name} missing`);
  const start = o + 30 + u16le(bytes, o + 26) + u16le(bytes, o + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail(bytes, 'truncated', `data of ${entry.name} cut off`);
  return [start, end];
}

/**
 * The entry's bytes: a zero-copy view for stored entries, a fresh buffer for deflated ones.
 * `maxSize` guards against zip bombs (the declared size is checked before inflating).
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxSize = Number.MAX_SAFE_INTEGER): Uint8Array {
  const [start, end] = entryDataRange(bytes, entry);
  if (entry.size > maxSize) fail(bytes, 'corrupt', `${entry.name} is larger than allowed`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) fail(bytes, 'corrupt', `${entry.name} size mismatch`);
    return bytes.subarray(start, end);
  }
  if (entry.method === 8) {
    // Streaming inflate so a lying size field cannot make us allocate more than `entry.size`.
    const out = new Uint8Array(entry.size);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (written + chunk.length > out.length) {
        overflow = true;
        throw new ZipReadError('corrupt', `${entry.name} inflates beyond its declared size`);
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      // Small input steps: fflate inflates each pushed step at once, and deflate expands up to ~1032:1, so a
      // step of 16 KiB yields at most ~17 MB before the size check above can stop it.
      const STEP = 16 * 1024;
      for (let p = start; p < end; p += STEP) inflater.push(bytes.subarray(p, Math.min(end, p + STEP)), p + STEP >= end);
      if (start === end) inflater.push(new Uint8Array(0), true);
    } catch {
      fail(bytes, 'corrupt', `${entry.name} cannot be inflated${overflow ? ' (too large)' : ''}`);
    }
    if (written !== entry.size) fail(bytes, 'corrupt', `${entry.name} inflated to the wrong size`);
    return out;
  }
  fail(bytes, 'corrupt', `${entry.name} uses unsupported compression ${entry.method}`);
}
