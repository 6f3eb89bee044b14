/**
 * A second worker, started by the pack worker for each ZIP: hashes the pack PDF (SHA-256, for the ZIP's
 * manifest and sha256sums.txt) from its file while the pack worker copies it and the originals into the ZIP,
 * so the ~200 MB hash does not hold up the copying (bench/pack: ZIP ~2.2 s → ~1.7 s). Same code as the
 * bench's stand-in (shared/pack/blob-hash.ts). Reply: the hex digest, or undefined when it failed (the pack
 * worker then hashes the PDF itself).
 */
import { sha256OfBlob } from '../../../shared/pack/blob-hash';

interface HashScope {
  postMessage(message: string | undefined): void;
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
}
const scope = self as unknown as HashScope;

scope.onmessage = (event) => {
  sha256OfBlob(event.data).then(
    (hex) => scope.postMessage(hex),
    () => scope.postMessage(undefined),
  );
};
