/**
 * Used by the pack worker: the pack PDF's SHA-256 from a second worker (pdf-hash.worker.ts), or undefined
 * where a worker cannot start one (then the ZIP hashes the PDF itself, as before).
 */
export function hashPdfInSecondWorker(pdf: Blob): Promise<string> | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdf-hash.worker.ts', import.meta.url), { type: 'module', name: 'pdf-hash' });
  } catch {
    return undefined;
  }
  return new Promise<string>((resolve, reject) => {
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<string | undefined>) => {
      done();
      if (event.data) resolve(event.data);
      else reject(new Error('pdf hash failed'));
    };
    worker.onerror = () => {
      done();
      reject(new Error('pdf hash worker failed'));
    };
    worker.postMessage(pdf);
  });
}
