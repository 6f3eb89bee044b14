/** Small byte helpers; `shared/` has no TextDecoder (no DOM lib), and these only ever see ASCII. */

export function ascii(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let s = '';
  const stop = Math.min(end, bytes.length);
  for (let i = Math.max(0, start); i < stop; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

export function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

/** First index of an ASCII needle in bytes[from, to), or -1. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const n = needle.length;
  if (n === 0) return from;
  const first = needle.charCodeAt(0);
  const stop = Math.min(to, bytes.length) - n;
  outer: for (let i = Math.max(0, from); i <= stop; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Last index of an ASCII needle that starts in [from, to), or -1. */
export function lastIndexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const n = needle.length;
  outer: for (let i = Math.min(to, bytes.length) - n; i >= Math.max(0, from); i--) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

export function u16le(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
export function u32le(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
export function u64le(b: Uint8Array, o: number): number {
  // Backups stay far below 2^53 bytes, so a double holds the value exactly.
  return u32le(b, o) + u32le(b, o + 4) * 0x1_0000_0000;
}
export function u16be(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}
export function u32be(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

/** Dutch number with a decimal comma, e.g. 12,5. */
export function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 10 ? 1 : 0;
  return mb.toFixed(digits).replace('.', ',') + ' MB';
}
