/** SHA-256 of a stored file read slice by slice (hash-wasm: no joined copy, no WebCrypto copy of 200 MB). */
import { createIncrementalHasher } from '../files/parts-hash';
import { blobSlices } from './attachment-source';
import type { PackBlob } from './model';

export async function sha256OfParts(parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string> {
  const hasher = await createIncrementalHasher('sha256');
  for await (const part of parts) hasher.update(part);
  return hasher.digest();
}

/** What the app's second worker (workers/pdf-hash.worker.ts) runs on the pack PDF while the ZIP is written. */
export function sha256OfBlob(blob: PackBlob): Promise<string> {
  return sha256OfParts(blobSlices(blob));
}
