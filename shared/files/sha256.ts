/**
 * SHA-256 over WebCrypto. `shared/` compiles with lib ES2023 only (no DOM), so the few members
 * of `crypto.subtle` we use are typed here locally instead of pulling in the DOM lib. Every host we
 * run in (Chromium renderer, Web Worker, Node ≥ 19) has `globalThis.crypto.subtle`.
 */
interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

function subtle(): SubtleDigest {
  const c = (globalThis as { crypto?: { subtle?: SubtleDigest } }).crypto;
  if (!c?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this environment');
  return c.subtle;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

/** Lower-case hex SHA-256 of the bytes (the format stored in EvidenceDocument.sha256). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', bytes)));
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
