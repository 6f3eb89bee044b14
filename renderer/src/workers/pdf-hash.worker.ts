/**
 * A second worker, started by the pack worker for each ZIP: reads the pack PDF from its file for its SHA-256
 * (the ZIP's manifest and sha256sums.txt) and CRC-32 (the ZIP's headers) while the pack worker reads the
 * originals for theirs, so the two ~200 MB reads run side by side. Same code as the bench's stand-in
 * (shared/pack/blob-hash.ts). Reply: the digest, or undefined when it failed (the pack worker then reads the PDF
 * itself).
 */
import { digestOfBlob, type FileDigest } from '../../../shared/pack/blob-hash';

interface HashScope {
  postMessage(message: FileDigest | undefined): void;
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
}
const scope = self as unknown as HashScope;

scope.onmessage = (event) => {
  digestOfBlob(event.data).then(
    (digest) => scope.postMessage(digest),
    () => scope.postMessage(undefined),
  );
};
