/**
 * A ZIP made of references: its headers are small buffers made here, and each entry's data is the stored file
 * itself (a Blob) or bytes in memory, never a copy. `new Blob(parts)` in the app then is the ZIP without a byte
 * being copied; the copy happens once, when the user saves it. fflate's streaming Zip and client-zip (whose Blob
 * inputs are read through `blob.stream()` for their CRC-32) pass every byte through themselves, which for the
 * bench pack meant writing 460 MB that the save then copied again.
 *
 * Format: PKWARE's APPNOTE.TXT 6.3.10 (§4.3.7 local file header, §4.3.12 central directory header, §4.3.14 ZIP64
 * end of central directory record, §4.3.15 its locator, §4.3.16 end of central directory record, §4.5.3 ZIP64
 * extended information extra field). CRC-32 and sizes are known before an entry is added, so no data
 * descriptor is needed (general purpose flag bit 3 stays clear). ZIP64 fields are written only where a size or
 * offset does not fit in 32 bits (or when `zip64` forces them, for tests).
 */
import type { PackBlob } from './model';
import { joinParts } from './parts';

/** A piece of the ZIP: bytes, or a stored file taken as it is. */
export type ZipPart = Uint8Array | PackBlob;

export interface ZipEntrySpec {
  path: string;
  mtime: Date;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** CRC-32 of the uncompressed data. */
  crc32: number;
  /** Uncompressed size. */
  size: number;
  /** The entry's data as it goes in the ZIP (compressed when `method` is 8), in order. */
  data: readonly ZipPart[];
}

const LIMIT32 = 0xffffffff;
const LIMIT16 = 0xffff;
const UTF8_FLAG = 0x0800;
const encoder = new TextEncoder();

function partLength(part: ZipPart): number {
  return part instanceof Uint8Array ? part.length : part.size;
}

/** MS-DOS date and time (APPNOTE §4.4.6), in the runtime's local time as other ZIP tools write it. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x1_0000_0000, true);
  view.setUint32(at + 4, Math.floor(value / 0x1_0000_0000), true);
}

export class ZipComposer {
  private readonly parts: ZipPart[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  /** `zip64`: write ZIP64 fields for every entry and the end record even when the sizes fit (tests). */
  constructor(private readonly options: { zip64?: boolean } = {}) {}

  add(entry: ZipEntrySpec): void {
    const name = encoder.encode(entry.path);
    const compressed = entry.data.reduce((sum, part) => sum + partLength(part), 0);
    const wide = this.options.zip64 || entry.size >= LIMIT32 || compressed >= LIMIT32 || this.offset >= LIMIT32;
    const flags = /^[\x20-\x7e]*$/.test(entry.path) ? 0 : UTF8_FLAG;
    const version = wide ? 45 : 20;
    const { time, date } = dosDateTime(entry.mtime);

    // Local header (§4.3.7); with ZIP64 both sizes move to the extra field (§4.5.3).
    const local = new Uint8Array(30 + name.length + (wide ? 20 : 0));
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, version, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, entry.crc32 >>> 0, true);
    lv.setUint32(18, wide ? LIMIT32 : compressed, true);
    lv.setUint32(22, wide ? LIMIT32 : entry.size, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, wide ? 20 : 0, true);
    local.set(name, 30);
    if (wide) {
      const at = 30 + name.length;
      lv.setUint16(at, 0x0001, true);
      lv.setUint16(at + 2, 16, true);
      setUint64(lv, at + 4, entry.size);
      setUint64(lv, at + 12, compressed);
    }

    // Central directory header (§4.3.12); with ZIP64 the sizes and the offset are in the extra field.
    const head = new Uint8Array(46 + name.length + (wide ? 28 : 0));
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, version, true); // made by: MS-DOS attributes (0), this version
    cv.setUint16(6, version, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, entry.crc32 >>> 0, true);
    cv.setUint32(20, wide ? LIMIT32 : compressed, true);
    cv.setUint32(24, wide ? LIMIT32 : entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, wide ? 28 : 0, true);
    cv.setUint32(42, wide ? LIMIT32 : this.offset, true);
    head.set(name, 46);
    if (wide) {
      const at = 46 + name.length;
      cv.setUint16(at, 0x0001, true);
      cv.setUint16(at + 2, 24, true);
      setUint64(cv, at + 4, entry.size);
      setUint64(cv, at + 12, compressed);
      setUint64(cv, at + 20, this.offset);
    }

    this.parts.push(local, ...entry.data);
    this.central.push(head);
    this.offset += local.length + compressed;
    this.count++;
  }

  /** The whole ZIP as parts in order, and its size. */
  finish(): { parts: ZipPart[]; size: number } {
    const centralSize = this.central.reduce((sum, h) => sum + h.length, 0);
    const centralAt = this.offset;
    const wide = this.options.zip64 || this.count >= LIMIT16 || centralSize >= LIMIT32 || centralAt >= LIMIT32;
    const tail: Uint8Array[] = [];
    if (wide) {
      // ZIP64 end of central directory record (§4.3.14) and its locator (§4.3.15).
      const record = new Uint8Array(56 + 20);
      const rv = new DataView(record.buffer);
      rv.setUint32(0, 0x06064b50, true);
      setUint64(rv, 4, 44);
      rv.setUint16(12, 45, true);
      rv.setUint16(14, 45, true);
      setUint64(rv, 24, this.count);
      setUint64(rv, 32, this.count);
      setUint64(rv, 40, centralSize);
      setUint64(rv, 48, centralAt);
      rv.setUint32(56, 0x07064b50, true);
      setUint64(rv, 64, centralAt + centralSize);
      rv.setUint32(72, 1, true);
      tail.push(record);
    }
    // End of central directory record (§4.3.16).
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, wide ? LIMIT16 : this.count, true);
    ev.setUint16(10, wide ? LIMIT16 : this.count, true);
    ev.setUint32(12, wide ? LIMIT32 : centralSize, true);
    ev.setUint32(16, wide ? LIMIT32 : centralAt, true);
    tail.push(end);
    const parts = [...this.parts, ...this.central, ...tail];
    return { parts, size: centralAt + centralSize + tail.reduce((sum, t) => sum + t.length, 0) };
  }
}

/** The ZIP's bytes in one buffer (tests, and a host without Blobs): stored files are read here. */
export async function zipBytes(parts: readonly ZipPart[]): Promise<Uint8Array> {
  return joinParts(await Promise.all(parts.map(async (p) => (p instanceof Uint8Array ? p : new Uint8Array(await p.arrayBuffer())))));
}
