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

/** Recognises the text on one image (a photo or a rendered page). */
export function recognize(image: Blob | HTMLCanvasElement, onProgress?: (p: OcrProgress) => void): Promise<string> {
  const job = queue.then(async () => {
    listener = onProgress;
    try {
      const w = await getWorker();
      const { data } = await w.recognize(image);
      return data.text;
    } finally {
      listener = undefined;
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Frees the OCR worker (about 100 MB) when no more pages wait. */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w).terminate();
}
