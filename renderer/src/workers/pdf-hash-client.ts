/**
 * Used by the pack worker: the pack PDF's SHA-256 and CRC-32 from a second worker (pdf-hash.worker.ts), or
 * undefined where a worker cannot start one (then the ZIP reads the PDF itself).
 */
import type { FileDigest } from '../../../shared/pack/blob-hash';

export function digestPdfInSecondWorker(pdf: Blob, signal?: AbortSignal): Promise<FileDigest> | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdf-hash.worker.ts', import.meta.url), { type: 'module', name: 'pdf-hash' });
  } catch {
    return undefined;
  }
  return new Promise<FileDigest>((resolve, reject) => {
    const done = () => worker.terminate();
    // A cancelled pack stops reading the PDF too.
    signal?.addEventListener('abort', () => {
      done();
      reject(new Error('cancelled'));
    });
    worker.onmessage = (event: MessageEvent<FileDigest | undefined>) => {
      done();
      if (event.data) resolve(event.data);
      else reject(new Error('pdf digest failed'));
    };
    worker.onerror = () => {
      done();
      reject(new Error('pdf digest worker failed'));
    };
    worker.postMessage(pdf);
  });
}
