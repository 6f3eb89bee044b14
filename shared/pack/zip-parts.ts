/** A ZIP written entry by entry as parts (fflate's streaming Zip): stored entries pass through, never copied. */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { crc32OfParts } from '../files/parts-hash';

export class ZipParts {
  readonly parts: Uint8Array[] = [];
  private failure: Error | undefined;
  /** A file proving two requirements is stored in both folders: its CRC is computed once. */
  private readonly crcs = new WeakMap<Uint8Array, number>();
  private readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else this.parts.push(chunk);
  });

  /**
   * PDF, JPEG, PNG are compressed already: deflating them again costs seconds and saves nothing. The entry is
   * fflate's own kind of input file (as ZipPassThrough makes), with its CRC-32 from parts-hash.ts, which is
   * several times faster than fflate's JavaScript CRC on hundreds of megabytes.
   */
  async stored(path: string, chunks: readonly Uint8Array[], mtime: Date): Promise<void> {
    const single = chunks.length === 1 ? (chunks[0] as Uint8Array) : undefined;
    const crc = (single && this.crcs.get(single)) ?? (await crc32OfParts(chunks));
    if (single) this.crcs.set(single, crc);
    const entry: ZipInputFile = { filename: path, mtime, compression: 0, size: 0, crc: 0 };
    this.zip.add(entry);
    // fflate writes the sizes and CRC in the data descriptor after the data, read when the last chunk passes.
    entry.size = chunks.reduce((n, c) => n + c.length, 0);
    entry.crc = crc;
    // fflate types a chunk as Uint8Array<ArrayBuffer>; the parts are views on such buffers or on the files.
    const push = entry.ondata as unknown as (err: null, chunk: Uint8Array, final: boolean) => void;
    if (chunks.length === 0) push(null, new Uint8Array(0), true);
    chunks.forEach((c, i) => push(null, c, i === chunks.length - 1));
    this.check();
  }

  deflated(path: string, bytes: Uint8Array, mtime: Date): void {
    const entry = new ZipDeflate(path, { level: 6 });
    entry.mtime = mtime;
    this.zip.add(entry);
    entry.push(bytes, true);
    this.check();
  }

  end(): Uint8Array[] {
    this.zip.end();
    this.check();
    return this.parts;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
