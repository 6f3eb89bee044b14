/**
 * SHA-256 through WebCrypto (`crypto.subtle.digest`), present in browsers, Web Workers and Node 20 as
 * globalThis.crypto. Typed structurally here so shared/ keeps lib ES2023 without DOM.
 */

export type Sha256Fn = (data: Uint8Array) => Promise<string>;

interface SubtleDigestLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

function findSubtle(): SubtleDigestLike | undefined {
  const c = (globalThis as { crypto?: { subtle?: SubtleDigestLike } }).crypto;
  return c?.subtle;
}

export function toHex(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

/** The default hasher: WebCrypto, feature-detected. Throws (Dutch) when it is missing. */
export const webCryptoSha256: Sha256Fn = async (data) => {
  const subtle = findSubtle();
  if (!subtle) throw new Error('Deze omgeving kan geen SHA-256 berekenen (WebCrypto ontbreekt).');
  return toHex(await subtle.digest('SHA-256', data));
};

/**
 * Hash many buffers with a bounded number in flight: WebCrypto copies its input, so hashing 200 files at
 * once would briefly double the memory held by attachments.
 */
export async function hashAll(
  items: readonly Uint8Array[],
  sha256: Sha256Fn,
  concurrency: number,
  onDone?: (index: number, done: number) => void,
): Promise<string[]> {
  const out = new Array<string>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await sha256(items[i] as Uint8Array);
      done++;
      onDone?.(i, done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return out;
}
