import { sha256Hex, toHex } from '../files/sha256';

export type Sha256Fn = (data: Uint8Array) => Promise<string>;

export { toHex };

/** The default hasher: WebCrypto (see shared/files/sha256). */
export const webCryptoSha256: Sha256Fn = sha256Hex;

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
