/** A file on disk as a Blob the pack reads (no other imports: the bench's PDF-hash worker loads it too). */
import { statSync } from 'node:fs';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { PackBlob } from '../../shared/pack/model';

/** The bytes as an ArrayBuffer of their own (a Buffer may be a view on a larger, shared one). */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes.buffer as ArrayBuffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
}

/**
 * A file on disk as the pack reads a stored Blob: its bytes read into memory once, when the build reaches it
 * (one copy from the OS into a fresh buffer, as a browser fills the ArrayBuffer of a disk-backed Blob). A whole
 * file is one `readFile`; a slice is read at its offset into an uninitialised buffer. (Until 02-12-2026 every
 * read zero-filled its buffer first and went through a FileHandle: about twice the CPU for the same bytes,
 * 0.2–0.5 s against 0.1–0.17 s for the bench's 224 MB, a cost of this stand-in and not of the pack.) Node's own
 * `fs.openAsBlob` reads in 64 KiB chunks and joins them, also a cost of Node's Blob and not of the pack.
 * `stream()` is a byte stream, as a browser's Blob has: each read fills (up to 1 MiB of) the caller's buffer, as
 * Chromium copies each chunk it gets from the browser process into it.
 */
export function fileBlob(path: string): PackBlob {
  const size = statSync(path).size;
  return part(path, size, 0, size);
}

function part(path: string, fileSize: number, start: number, end: number): PackBlob {
  const whole = start === 0 && end === fileSize;
  return {
    size: end - start,
    async arrayBuffer() {
      if (whole) {
        const bytes = await readFile(path);
        if (bytes.length !== end) throw new Error(`${path}: file changed while it was read`);
        return ownBuffer(bytes);
      }
      const bytes = Buffer.allocUnsafeSlow(end - start);
      const file = await open(path, 'r');
      try {
        for (let at = 0; at < bytes.length; ) {
          const { bytesRead } = await file.read(bytes, at, bytes.length - at, start + at);
          if (bytesRead === 0) throw new Error(`${path}: file shorter than expected`);
          at += bytesRead;
        }
      } finally {
        await file.close();
      }
      return ownBuffer(bytes);
    },
    stream() {
      return byteStream(path, start, end);
    },
    slice(from = 0, to = end - start) {
      return part(path, fileSize, start + from, start + Math.min(to, end - start));
    },
  };
}

const CHUNK = 1024 * 1024;

function byteStream(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  let file: FileHandle | undefined;
  let at = start;
  const done = async (): Promise<void> => {
    await file?.close();
    file = undefined;
  };
  return new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: CHUNK,
    async pull(controller) {
      const request = controller.byobRequest as ReadableStreamBYOBRequest;
      const view = request.view as Uint8Array;
      if (at >= end) {
        await done();
        controller.close();
        request.respond(0);
        return;
      }
      file ??= await open(path, 'r');
      const { bytesRead } = await file.read(view, 0, Math.min(view.byteLength, CHUNK, end - at), at);
      if (bytesRead === 0) throw new Error(`${path}: file shorter than expected`);
      at += bytesRead;
      request.respond(bytesRead);
      if (at >= end) {
        await done();
        controller.close();
      }
    },
    cancel: done,
  });
}
