/**
 * SHA-256 and CRC-32 of a file fed chunk by chunk (the pack's PDF and the originals as they pass into the ZIP, a
 * slice at a time). WebCrypto hashes one buffer only, and copies it: a 200 MB pack meant joining it (+200 MB) and
 * WebCrypto's copy (+200 MB), and on this kind of machine each fresh page of memory is costly (the join alone
 * took ~0.95 s). hash-wasm's incremental hashers (WebAssembly, allowed by the CSP's 'wasm-unsafe-eval') read each
 * chunk in place: SHA-256 ~0.65 s and CRC-32 ~0.13 s for 216 MB, where fflate's JavaScript CRC-32 took ~0.6 s.
 */
import { createCRC32, createSHA256 } from 'hash-wasm';

/** A hasher fed chunk by chunk (a file read slice by slice); `digest` gives lower-case hex. */
export interface IncrementalHasher {
  update(chunk: Uint8Array): void;
  digest(): string;
  /** Starts over for the next file (reusing the instance). */
  restart(): void;
}

/**
 * A fresh hasher of its own. Quick to make (hash-wasm keeps the compiled module), but each has its own
 * WebAssembly memory: for many files reuse one with `restart` (one per ZIP entry brought a GC every few entries).
 */
export async function createIncrementalHasher(kind: 'sha256' | 'crc32'): Promise<IncrementalHasher> {
  const h = kind === 'sha256' ? await createSHA256() : await createCRC32();
  h.init();
  return { update: (chunk) => void h.update(chunk), digest: () => h.digest('hex'), restart: () => void h.init() };
}

/** A CRC-32 hasher's digest as the unsigned number a ZIP header holds. */
export function crc32Value(crc: IncrementalHasher): number {
  return parseInt(crc.digest(), 16) >>> 0;
}

/** CRC-32 of one buffer, with a hasher that is reused (restarted) for each. */
export function crc32Of(crc: IncrementalHasher, bytes: Uint8Array): number {
  crc.restart();
  crc.update(bytes);
  return crc32Value(crc);
}
