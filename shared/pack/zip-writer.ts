/**
 * A ZIP written entry by entry to a sink (fflate's streaming Zip): stored entries pass through as they are
 * read, never joined or copied, and what fflate has made is handed on after every chunk, so a 460 MB ZIP
 * needs no more memory than its largest file.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { createIncrementalHasher, type IncrementalHasher } from '../files/parts-hash';
import type { PackSink } from './sink';

export class ZipWriter {
  private pending: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else this.pending.push(chunk);
  });

  /** One CRC-32 hasher for every entry: a fresh hash-wasm instance per entry (~230 in the bench pack) brought
   * a garbage collection every few entries ("external memory pressure"), ~0.5 s of the ZIP. */
  private crc: IncrementalHasher | undefined;

  constructor(private readonly sink: PackSink) {}

  /**
   * A stored entry (PDF, JPEG, PNG are compressed already: deflating them again costs seconds and saves
   * nothing) from chunks in order. The entry is fflate's own kind of input file (as ZipPassThrough makes); its
   * CRC-32 comes from hash-wasm as the chunks pass (fflate's JavaScript CRC is several times slower), and fflate
   * writes it with the size in the data descriptor after the data. `also` sees every chunk (a SHA-256).
   */
  async stored(path: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, mtime: Date, also?: IncrementalHasher): Promise<void> {
    this.crc ??= await createIncrementalHasher('crc32');
    const crc = this.crc;
    crc.restart();
    const entry: ZipInputFile = { filename: path, mtime, compression: 0, size: 0, crc: 0 };
    this.zip.add(entry);
    // fflate types a chunk as Uint8Array<ArrayBuffer>; the chunks are views on such buffers.
    const push = entry.ondata as unknown as (err: null, chunk: Uint8Array, final: boolean) => void;
    let size = 0;
    for await (const chunk of chunks) {
      crc.update(chunk);
      also?.update(chunk);
      size += chunk.length;
      push(null, chunk, false);
      await this.flush();
    }
    entry.size = size;
    entry.crc = parseInt(crc.digest(), 16) >>> 0;
    push(null, new Uint8Array(0), true);
    await this.flush();
  }

  async deflated(path: string, bytes: Uint8Array, mtime: Date): Promise<void> {
    const entry = new ZipDeflate(path, { level: 6 });
    entry.mtime = mtime;
    this.zip.add(entry);
    entry.push(bytes, true);
    await this.flush();
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const parts = this.pending;
    this.pending = [];
    await this.sink.write(parts);
  }
}
