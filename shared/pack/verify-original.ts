/**
 * How the build knows an original's bytes are the ones that were stored, and which SHA-256 the pack lists.
 *
 * At import (and at a restore) the app hashes each file with SHA-256, reads it back, and stores its CRC-32 with
 * it, tied to that SHA-256 (DocumentContent.crc32). The build then checks each file it reads by its CRC-32,
 * which it needs for the ZIP anyway and which costs 0.5–1.3 ms per MB in this thread. When the CRC-32 is the stored
 * one, the stored SHA-256 is the file's. Only files without a stored CRC-32 (stored before it was kept, or from
 * an older backup that had to be migrated) and files whose CRC-32 differs are hashed with SHA-256 again.
 *
 * Why this is enough: a CRC-32 catches every change of up to 32 bits in a row and any other accidental change
 * (damaged storage, a truncated file) with a chance of 1 in 2^32 of missing it; it is what ZIP, PNG and gzip
 * rely on for the same purpose. Someone able to rewrite the stored files could rewrite the stored SHA-256 as
 * well, so a second SHA-256 would not stop them either. And a file whose CRC-32 still matched after damage would
 * show in the ZIP: `sha256sum -c` on the listed SHA-256 fails. WebCrypto's SHA-256 of the bench pack's 214 MB
 * cost ~0.45 s CPU in Node (a copy of each file on this thread, then the hash) and ~1 s in Chromium's worker,
 * which hashes on the calling thread; see docs/pack.md.
 */
import type { Sha256Fn } from './hash';
import type { PackAttachment } from './model';
import { crc32Of, type IncrementalHasher } from '../files/parts-hash';

export interface CheckedOriginal {
  /** The file's SHA-256 (lower-case hex): the stored one when the CRC-32 confirmed it, else computed now. */
  sha256: string;
  /** CRC-32 of the bytes just read. */
  crc32: number;
}

/** True when the build can check the file by its stored CRC-32 instead of hashing it (see above). */
export function checkedByStoredCrc(attachment: PackAttachment): boolean {
  return !!attachment.sha256 && attachment.crc32 !== undefined;
}

/**
 * Checks an original's bytes. `started`: the SHA-256 the read-ahead already began (files not checked by their
 * CRC-32); otherwise it is computed here when needed.
 */
export async function checkOriginal(attachment: PackAttachment, bytes: Uint8Array, crc: IncrementalHasher, sha256: Sha256Fn, started?: Promise<string>): Promise<CheckedOriginal> {
  const crc32 = crc32Of(crc, bytes);
  if (checkedByStoredCrc(attachment) && attachment.crc32 === crc32) return { sha256: (attachment.sha256 as string).toLowerCase(), crc32 };
  return { sha256: await (started ?? sha256(bytes)), crc32 };
}
