/**
 * Memory the build reads stored files into, used again for later files once a file's pages are written out.
 *
 * `blob.arrayBuffer()` gives every file fresh memory, and fresh memory is costly on some machines: on the bench
 * machine (a virtual machine) reading the bench pack's 214 MB into fresh buffers and touching them once took
 * ~0.4 s CPU more than reading them into buffers used before (bench/pack, 02-12-2026). A Blob's byte stream
 * reads into a buffer the caller gives it (a BYOB reader: Chromium, Electron and Node have one), so the build
 * keeps a few buffers and reads file after file into them.
 *
 * Only with a sink that copies what it is given (PackSink.copies): the PDF's parts are views on the file's
 * bytes until the sink has written them, and a sink that keeps views (MemorySink) would see them overwritten.
 */
import type { PackBlob, PackByobReader, PackByteStream } from './model';

const MB = 1024 * 1024;
/** Free buffers kept for later files; more than this is left to the garbage collector. */
const KEEP_BYTES = 64 * MB;
/** A read that brings nothing for this long is given up, and the file is read whole instead. */
const STALL_MS = 20_000;

/**
 * Streams being read, kept reachable until their file is read. In Chromium's pack worker a Blob's stream that
 * nothing but its own pending read referred to could be garbage-collected with that read still pending, which
 * then never settled: `bench:pack-browser` hung at a random file in one build of two or three (02-12-2026, Chromium
 * 156; a 2 KB file as well as a 2 MB one). With the streams held here, every build since ran through (15 in two
 * bench runs, 5 of them with their ZIP).
 */
const reading = new Set<PackByteStream>();

/** Timers, structurally (shared/ has no DOM lib; browsers and Node both have these). */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(id: unknown): void };

export class ReadBuffers {
  private free: ArrayBuffer[] = [];

  /** A buffer of at least `size` bytes: the smallest free one that fits, or a new one (whole MiBs). */
  take(size: number): ArrayBuffer {
    let best = -1;
    this.free.forEach((b, i) => {
      if (b.byteLength >= size && (best < 0 || b.byteLength < (this.free[best] as ArrayBuffer).byteLength)) best = i;
    });
    if (best >= 0) return this.free.splice(best, 1)[0] as ArrayBuffer;
    return new ArrayBuffer(Math.max(MB, Math.ceil(size / MB) * MB));
  }

  /** Back for later files, once nothing uses the bytes in it any more. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength === 0) return;
    this.free.push(buffer);
    let kept = this.free.reduce((n, b) => n + b.byteLength, 0);
    // Over the limit: the smallest go first (a large one fits any file a small one fits).
    this.free.sort((a, b) => b.byteLength - a.byteLength);
    while (kept > KEEP_BYTES && this.free.length > 1) kept -= (this.free.pop() as ArrayBuffer).byteLength;
  }
}

/**
 * The file's bytes read into one of `buffers`, or undefined where that is not possible (the Blob has no byte
 * stream, the reader misbehaves, or the read fails): the caller then reads it as before, and a read that fails
 * fails again there with the host's own error.
 */
export async function readIntoBuffer(blob: PackBlob, buffers: ReadBuffers, stallMs = STALL_MS): Promise<Uint8Array | undefined> {
  const size = blob.size;
  if (size === 0 || typeof blob.stream !== 'function') return undefined;
  let stream: PackByteStream;
  let reader: PackByobReader;
  try {
    stream = blob.stream();
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    return undefined;
  }
  reading.add(stream);
  let buffer = buffers.take(size);
  const capacity = buffer.byteLength;
  let at = 0;
  try {
    while (at < size) {
      const { done, value } = await withinStallLimit(reader.read(new Uint8Array(buffer, at, size - at)), stallMs);
      if (done || !value) break;
      // A byte stream moves the buffer it fills; anything else is not the reader this code expects.
      if (value.byteOffset !== at || value.buffer.byteLength !== capacity || !(value.buffer instanceof ArrayBuffer)) throw new Error('unexpected reader');
      buffer = value.buffer;
      at += value.byteLength;
    }
    if (at !== size) throw new Error('file shorter than its size');
    // Done with the stream: a Blob's ends here; let the host drop what it holds for it.
    await reader.cancel().catch(() => undefined);
    return new Uint8Array(buffer, 0, size);
  } catch {
    // Not awaited: after a stall the cancel may hang as well.
    reader.cancel().catch(() => undefined);
    return undefined;
  } finally {
    reading.delete(stream);
  }
}

function withinStallLimit<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: unknown;
  // Settled after a stall (the cancel ends it): not an unhandled rejection.
  read.catch(() => undefined);
  const stalled = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => reject(new Error('read stalled')), ms);
  });
  return Promise.race([read, stalled]).finally(() => timers.clearTimeout(timer));
}
