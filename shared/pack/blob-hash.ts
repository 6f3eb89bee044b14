/** SHA-256 and CRC-32 of a stored file read slice by slice (hash-wasm: no joined copy, no WebCrypto copy of 200 MB). */
import { createIncrementalHasher, crc32Value } from '../files/parts-hash';
import { blobSlices } from './attachment-source';
import type { PackBlob } from './model';

/** What the ZIP needs of a file it takes as it is: its SHA-256 (manifest, sha256sums.txt), CRC-32 and size. */
export interface FileDigest {
  sha256: string;
  crc32: number;
  size: number;
}

export async function sha256OfParts(parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string> {
  const hasher = await createIncrementalHasher('sha256');
  for await (const part of parts) hasher.update(part);
  return hasher.digest();
}

/** SHA-256, CRC-32 and size in one pass. */
export async function digestOfParts(parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<FileDigest> {
  const sha = await createIncrementalHasher('sha256');
  const crc = await createIncrementalHasher('crc32');
  let size = 0;
  for await (const part of parts) {
    sha.update(part);
    crc.update(part);
    size += part.length;
  }
  return { sha256: sha.digest(), crc32: crc32Value(crc), size };
}

/** What the app's second worker (workers/pdf-hash.worker.ts) runs on the pack PDF while the ZIP reads the originals. */
export function digestOfBlob(blob: PackBlob): Promise<FileDigest> {
  return digestOfParts(blobSlices(blob));
}
