/**
 * Bounds on what a backup may make the app read (issue #14): every size is checked against these before anything
 * is inflated or parsed, so a zip or JSON bomb is refused in milliseconds with almost no memory. The builder
 * checks the same caps (build.ts), so every backup the app writes can be read back.
 *
 * The caps are far above what the app's users produce (25 staff, a few thousand documents: data.json of a few MB)
 * and far below what would exhaust a renderer.
 */
import { DEFAULT_MAX_IMPORT_BYTES } from '../files/validate-import';

/** One document: the highest import limit the settings allow (shared/bridge/settings.ts: 2000 MB). */
export const MAX_DOCUMENT_BYTES = 2000 * 1024 * 1024;
/** data.json, uncompressed. */
export const MAX_DATA_JSON_BYTES = 64 * 1024 * 1024;
/** manifest.json, uncompressed (65,534 entries of ~150 bytes fit easily). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Records in one table. */
export const MAX_RECORDS_PER_TABLE = 100_000;
/** Objects and arrays in data.json, counted before JSON.parse (each record holds a few). */
export const MAX_JSON_CONTAINERS = 1_000_000;
/**
 * A deflated document entry may inflate to at most this many times its stored size. The app stores documents
 * uncompressed (a stored entry cannot expand); PDFs, photos and scans shrink by a few percent when deflated.
 */
export const MAX_DOCUMENT_DEFLATE_RATIO = 20;
const RATIO_SLACK = 64 * 1024;

export { DEFAULT_MAX_IMPORT_BYTES };

/** Why a document entry's declared size is refused, or undefined. */
export function documentEntryProblem(entry: { size: number; compressedSize: number; method: number }, maxDocumentBytes: number): string | undefined {
  if (entry.size > maxDocumentBytes) return `document of ${entry.size} bytes over the cap of ${maxDocumentBytes}`;
  if (entry.method !== 0 && entry.size > entry.compressedSize * MAX_DOCUMENT_DEFLATE_RATIO + RATIO_SLACK) {
    return `document inflates ${entry.compressedSize} → ${entry.size} bytes (ratio over ${MAX_DOCUMENT_DEFLATE_RATIO})`;
  }
  return undefined;
}

/**
 * Counts objects and arrays in JSON text without parsing it (strings skipped, escapes honoured); stops as soon
 * as `limit` is passed. Returns the count (> limit means: refuse).
 */
export function countJsonContainers(bytes: Uint8Array, limit: number): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x7b || b === 0x5b) {
      if (++count > limit) return count;
    }
  }
  return count;
}
