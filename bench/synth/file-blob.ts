/** A file on disk as a Blob the pack reads (no other imports: the bench's PDF-hash worker loads it too). */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { PackBlob } from '../../shared/pack/model';

/**
 * A file on disk as the pack reads a stored Blob: its bytes read into memory once, when the build reaches it
 * (one copy from the OS, as a browser reads a disk-backed Blob). Node's own `fs.openAsBlob` reads in 64 KiB
 * chunks and joins them, a cost of Node's Blob and not of the pack.
 */
export function fileBlob(path: string, start = 0, end = statSync(path).size): PackBlob {
  return {
    size: end - start,
    async arrayBuffer() {
      const bytes = new Uint8Array(end - start);
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
      return bytes.buffer;
    },
    slice(from = 0, to = end - start) {
      return fileBlob(path, start + from, start + Math.min(to, end - start));
    },
  };
}
