/**
 * Stable calendar UIDs. A calendar app matches an imported event to an earlier one by UID, so the UID
 * must depend only on what identifies the deadline (its dedupeKey), never on export time or order.
 */

/** The fixed domain part of every UID; RFC 5545 recommends a domain to keep UIDs globally unique. */
export const UID_DOMAIN = 'kwaliteitsmap.local';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 lowercase hex digits. Not cryptographic. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** UTF-8 bytes of a string (shared/ has no TextEncoder); lone surrogates become U+FFFD. */
function* utf8(text: string): Generator<number> {
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) yield* [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
    else if (cp < 0x10000) yield* [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    else yield* [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  }
}

/** `<hash>@kwaliteitsmap.local` for a deadline's dedupeKey. */
export function deadlineUid(dedupeKey: string): string {
  return `${fnv1a64(`kwaliteitsmap-termijn:${dedupeKey}`)}@${UID_DOMAIN}`;
}
