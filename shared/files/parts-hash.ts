/**
 * SHA-256 and CRC-32 of a file held as consecutive parts (the pack's PDF and ZIP, see shared/pack/pdf-writer.ts),
 * read where the parts are. WebCrypto hashes one buffer only, and copies it: a 200 MB pack meant joining the parts
 * (+200 MB) and WebCrypto's copy (+200 MB), and on this kind of machine each fresh page of memory is costly (the
 * join alone took ~0.95 s). hash-wasm's incremental hashers (WebAssembly, allowed by the CSP's
 * 'wasm-unsafe-eval') read the parts in place: SHA-256 ~1 s and CRC-32 ~0.15 s for 216 MB, where fflate's
 * JavaScript CRC-32 took ~0.6 s (bench/pack.ts).
 */
import { createCRC32, createSHA256, type IHasher } from 'hash-wasm';

let sha256Hasher: Promise<IHasher> | undefined;
let crc32Hasher: Promise<IHasher> | undefined;

/** One hasher at a time per kind: callers await each result before the next (the ZIP is written in order). */
async function run(hasher: Promise<IHasher>, parts: readonly Uint8Array[]): Promise<string> {
  const h = await hasher;
  h.init();
  for (const part of parts) h.update(part);
  return h.digest('hex');
}

/** Lower-case hex SHA-256 of the parts joined, without joining them. */
export function sha256HexOfParts(parts: readonly Uint8Array[]): Promise<string> {
  sha256Hasher ??= createSHA256();
  return run(sha256Hasher, parts);
}

/** CRC-32 (as ZIP uses it) of the parts joined. */
export async function crc32OfParts(parts: readonly Uint8Array[]): Promise<number> {
  crc32Hasher ??= createCRC32();
  return parseInt(await run(crc32Hasher, parts), 16) >>> 0;
}

/** A hasher fed chunk by chunk (a file read slice by slice); `digest` gives lower-case hex. */
export interface IncrementalHasher {
  update(chunk: Uint8Array): void;
  digest(): string;
}

/** A fresh hasher of its own (hash-wasm keeps the compiled module, so this is cheap). */
export async function createIncrementalHasher(kind: 'sha256' | 'crc32'): Promise<IncrementalHasher> {
  const h = kind === 'sha256' ? await createSHA256() : await createCRC32();
  h.init();
  return { update: (chunk) => void h.update(chunk), digest: () => h.digest('hex') };
}
