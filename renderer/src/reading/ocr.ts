/**
 * OCR with tesseract.js, which runs in its own Web Worker. Every file it needs (worker script, WebAssembly
 * core, Dutch and English data) is served by the app itself under tesseract/ (renderer/vite-tesseract.ts);
 * nothing is fetched from the internet and nothing is cached in another database.
 *
 * Starting the engine (WebAssembly and language data) takes seconds, so the import queue starts it ahead
 * (warmOcr) when it knows OCR will be needed: photos dragged over the page, photos among the files added, a
 * PDF found to have no text (PDFs with text never start it). It then stays for the queue's session and is
 * terminated after OCR_IDLE_MS without work, as it holds well over 100 MB.
 */
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';
import type { OcrPageResult } from '../../../shared/reading';

export interface OcrProgress {
  /** Dutch, for the progress bar. */
  step: string;
  /** 0–1, of the current page. */
  fraction: number;
  /** The page being read of a scan, and how many will be read at most. */
  page?: { current: number; total: number };
}

/** Idle time after which the engine is terminated to free its memory. */
export const OCR_IDLE_MS = 90_000;

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
let pending = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
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

/** (Re)starts the idle clock: with no page waiting, the engine is terminated after OCR_IDLE_MS. */
function restartIdleClock(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  if (pending === 0 && worker) idleTimer = setTimeout(() => void stopOcr(), OCR_IDLE_MS);
}

/** The engine was started on a guess (warmOcrOnGuess) and no page has needed it since. */
let onlyGuessed = false;

/**
 * Starts the engine on a guess: the file chooser is open and she may be picking photos, which then need not
 * wait seconds for it (a photo picked after some seconds in the dialog: ~1.3 s to the proposal instead of ~4 s).
 * If the chosen files need no OCR, releaseGuessedOcr stops it again. Nothing changes when it already runs.
 */
export function warmOcrOnGuess(): void {
  if (worker) return;
  warmOcr();
  onlyGuessed = true;
}

/**
 * The files chosen after a guess are read and none needed OCR (PDFs with text, a cancelled dialog): an engine
 * started only on the guess is stopped now rather than after OCR_IDLE_MS, as it holds well over 100 MB.
 */
export function releaseGuessedOcr(): void {
  if (!onlyGuessed || pending > 0) return;
  onlyGuessed = false;
  void stopOcr();
}

/** A few printed lines drawn on a canvas, read once to warm the engine up (see warmOcr). */
function warmUpImage(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 900;
  canvas.height = 260;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#111';
  g.font = '28px sans-serif';
  ['Verklaring omtrent het gedrag', 'Datum van afgifte: 12 maart 2025', 'Geldig tot en met: 12-03-2026', 'Certificaat bedrijfshulpverlening'].forEach((line, i) =>
    g.fillText(line, 30, 50 + i * 56),
  );
  return canvas;
}

let warmedUp: Promise<TesseractWorker> | undefined;

/**
 * Starts the OCR engine ahead of time, so the first page does not wait for it; cheap when it is running.
 * Once started it also reads a few drawn lines: WebAssembly runs slowly until it has done real work (the first
 * page after a start took 3–4 s, the next ones 1–2 s), so that first slow reading happens while she chooses.
 * Skipped when a page is already waiting: then that page is the first work.
 */
export function warmOcr(): void {
  onlyGuessed = false;
  const w = getWorker();
  if (warmedUp !== w) {
    warmedUp = w;
    w.then(
      () => {
        // Queued only once the engine is up, so a page that came meanwhile is read first (with the start's progress).
        const idle = () => pending === 0 && worker === w;
        if (!idle()) return;
        const warmUp = () => runJob(async (ready) => void (await ready).recognize(warmUpImage()));
        queue = queue.then(() => (idle() ? warmUp() : undefined)).catch(() => undefined);
      },
      () => undefined,
    );
  }
  restartIdleClock();
}

/**
 * Runs one job on the engine. tesseract.js never settles a job whose worker was terminated: stopOcr rejects
 * it through `abortCurrent`, so the queue goes on.
 */
async function runJob<T>(job: (w: Promise<TesseractWorker>) => Promise<T>): Promise<T> {
  const stopped = new Promise<never>((_, reject) => (abortCurrent = reject));
  try {
    return await Promise.race([job(Promise.race([getWorker(), stopped])), stopped]);
  } finally {
    abortCurrent = undefined;
  }
}

export interface RecognizeOptions {
  onProgress?: (p: OcrProgress) => void;
  /** Rejects the page at once. The engine finishes the page it has begun (it cannot be interrupted without
   *  terminating it, which would cost the next file the start-up) and the result is dropped. */
  signal?: AbortSignal;
}

/** Recognises the text on one image (a photo or a rendered page), with tesseract's confidence. */
export function recognize(image: Blob | HTMLCanvasElement, options: RecognizeOptions = {}): Promise<OcrPageResult> {
  const { onProgress, signal } = options;
  onlyGuessed = false;
  pending++;
  restartIdleClock();
  const job = queue.then(async () => {
    signal?.throwIfAborted();
    listener = onProgress;
    try {
      return await runJob(async (w) => {
        const { data } = await (await w).recognize(image);
        return { text: data.text, confidence: data.confidence };
      });
    } finally {
      listener = undefined;
    }
  });
  queue = job.catch(() => undefined);
  void queue.then(() => {
    pending--;
    restartIdleClock();
  });
  if (!signal) return job;
  // The caller stops waiting at once; the queue above still waits for the engine to be free.
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([job, aborted]);
}

/** Stops the page being read (its promise rejects) and frees the OCR worker (well over 100 MB). */
export async function stopOcr(): Promise<void> {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  abortCurrent?.(new Error('OCR stopped'));
  const w = worker;
  worker = undefined;
  if (w) await (await w.catch(() => undefined))?.terminate();
}
