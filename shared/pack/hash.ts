import { sha256Hex, toHex } from '../files/sha256';

export type Sha256Fn = (data: Uint8Array) => Promise<string>;

export { toHex };

/** The default hasher: WebCrypto (see shared/files/sha256). */
export const webCryptoSha256: Sha256Fn = sha256Hex;

export interface Hashing {
  /** Hex SHA-256 per item, in input order. */
  readonly done: Promise<string[]>;
  /** Changes the budget and starts what now fits (e.g. more before the thread blocks for a while). */
  setBudget(bytes: number): void;
}

/**
 * Hashes many buffers with a bounded number of bytes in flight: WebCrypto copies its input, so hashing 200
 * files at once would briefly double the memory held by attachments. New work only starts when the caller's
 * thread sees a completion, i.e. when it yields; before a long synchronous step (the layout) the caller raises
 * the budget so WebCrypto's threads have enough to do meanwhile.
 */
export function hashAll(
  items: readonly Uint8Array[],
  sha256: Sha256Fn,
  budgetBytes: number,
  onDone?: (index: number, done: number) => void,
): Hashing {
  const out = new Array<string>(items.length);
  let budget = budgetBytes;
  let next = 0;
  let completed = 0;
  let inFlight = 0;
  let pump = (): void => {};
  const done = new Promise<string[]>((resolve, reject) => {
    pump = () => {
      // Always at least one in flight, so an item larger than the budget still gets hashed.
      while (next < items.length && (inFlight === 0 || inFlight + (items[next] as Uint8Array).length <= budget)) {
        const i = next++;
        const size = (items[i] as Uint8Array).length;
        inFlight += size;
        sha256(items[i] as Uint8Array).then((hash) => {
          out[i] = hash;
          inFlight -= size;
          completed++;
          onDone?.(i, completed);
          if (completed === items.length) resolve(out);
          else pump();
        }, reject);
      }
    };
    if (items.length === 0) resolve(out);
  });
  pump();
  return {
    done,
    setBudget(bytes) {
      budget = bytes;
      pump();
    },
  };
}
