/**
 * OCR with tesseract.js, which runs in its own Web Worker. Every file it needs (worker script, WebAssembly
 * core, Dutch and English data) is served by the app itself under tesseract/ (renderer/vite-tesseract.ts);
 * nothing is fetched from the internet and nothing is cached in another database.
 */
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';

export interface OcrProgress {
  /** Dutch, for the progress bar. */
  step: string;
  /** 0–1. */
  fraction: number;
}

const STEPS: Record<string, string> = {
  'loading tesseract core': 'Tekstherkenning starten',
  'initializing tesseract': 'Tekstherkenning starten',
  'loading language traineddata': 'Taalgegevens laden',
  'initializing api': 'Taalgegevens laden',
  'recognizing text': 'Tekst herkennen',
};

let worker: Promise<TesseractWorker> | undefined;
let listener: ((p: OcrProgress) => void) | undefined;
// One page at a time: tesseract.js's worker handles one job, and the progress goes to its caller.
let queue: Promise<unknown> = Promise.resolve();
let abortCurrent: ((reason: Error) => void) | undefined;

function base(path: string): string {
  return new URL(path, document.baseURI).href;
}

function getWorker(): Promise<TesseractWorker> {
  worker ??= createWorker(['nld', 'eng'], OEM.LSTM_ONLY, {
    workerPath: base('tesseract/worker.min.js'),
    corePath: base('tesseract/core/'),
    langPath: base('tesseract/lang'),
    gzip: true,
    cacheMethod: 'none',
    workerBlobURL: false,
    logger: (m) => listener?.({ step: STEPS[m.status] ?? 'Tekst herkennen', fraction: m.progress }),
  }).catch((e: unknown) => {
    worker = undefined;
    throw e;
  });
  return worker;
}

/** Starts the OCR engine ahead of time (about 3 s of loading), e.g. while the PDFs before a photo are read. */
export function warmOcr(): void {
  getWorker().catch(() => undefined);
}

/** Recognises the text on one image (a photo or a rendered page). */
export function recognize(image: Blob | HTMLCanvasElement, onProgress?: (p: OcrProgress) => void): Promise<string> {
  const job = queue.then(async () => {
    listener = onProgress;
    // tesseract.js never settles a job whose worker was terminated: stopOcr rejects it through this.
    const stopped = new Promise<never>((_, reject) => (abortCurrent = reject));
    try {
      const w = await Promise.race([getWorker(), stopped]);
      const { data } = await Promise.race([w.recognize(image), stopped]);
      return data.text;
    } finally {
      listener = undefined;
      abortCurrent = undefined;
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Stops the page being read (its promise rejects) and frees the OCR worker (well over 100 MB). */
export async function stopOcr(): Promise<void> {
  abortCurrent?.(new Error('OCR stopped'));
  const w = worker;
  worker = undefined;
  if (w) await (await w.catch(() => undefined))?.terminate();
}
