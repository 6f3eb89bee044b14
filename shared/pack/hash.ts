import { sha256Hex, toHex } from '../files/sha256';

export type Sha256Fn = (data: Uint8Array) => Promise<string>;

export { toHex };

/** The default hasher: WebCrypto (see shared/files/sha256). */
export const webCryptoSha256: Sha256Fn = sha256Hex;
