/**
 * The page bench/pack-browser.ts opens in Chromium (bundled by esbuild). It stores the synthetic attachments in
 * IndexedDB and reads them back as the stored Blobs the app hands its pack worker, then drives the app's own
 * built pack worker (dist-web) with the same messages the pack page sends (renderer/src/workers/pack-protocol.ts).
 */
import type { PackJobReply, PackJobRequest } from '../../renderer/src/workers/pack-protocol';
import type { PackModel } from '../../shared/pack';

export interface BrowserBuild {
  wallMs: number;
  pages: number;
  pdfBytes: number;
  timings: Record<string, number>;
}

let model: PackModel | undefined;
let worker: Worker | undefined;
let nextId = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open('bench-pack', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('files');
  return request(open);
}

/** Stores every attachment in IndexedDB, then reads them all back as its Blobs (as gather-pack-model does). */
async function setup(): Promise<number> {
  const loaded = (await (await fetch('/model.json')).json()) as PackModel;
  const db = await openDb();
  for (const a of loaded.attachments) {
    const blob = await (await fetch(`/data/${encodeURIComponent(a.documentId)}`)).blob();
    const tx = db.transaction('files', 'readwrite');
    tx.objectStore('files').put(blob, a.documentId);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  }
  const store = db.transaction('files').objectStore('files');
  let bytes = 0;
  for (const a of loaded.attachments) {
    const blob = await request(store.get(a.documentId) as IDBRequest<Blob>);
    a.blob = blob;
    bytes += blob.size;
  }
  model = loaded;
  return bytes;
}

/** A new worker, as the pack page makes when it opens; `warm`: with the warm-up the page then sends. */
function startWorker(url: string, warm: boolean): void {
  worker?.terminate();
  worker = new Worker(url, { type: 'module' });
  if (warm) worker.postMessage({ type: 'warm-up' } satisfies PackJobRequest);
}

function build(): Promise<BrowserBuild> {
  const w = worker;
  if (!w || !model) return Promise.reject(new Error('setup() and startWorker() first'));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    w.onmessage = (event: MessageEvent<PackJobReply>) => {
      const reply = event.data;
      if (reply.type === 'error') reject(new Error(reply.message));
      if (reply.type !== 'pack-done') return;
      const wallMs = performance.now() - t0;
      const { result } = reply;
      resolve({ wallMs, pages: result.pageCount, pdfBytes: result.pdfSize, timings: result.timings as Record<string, number> });
      // The PDF was written to the worker's origin private file system: remove it before the next round.
      w.postMessage({ type: 'clear-output' } satisfies PackJobRequest);
    };
    // A worker that fails outside its job (an uncaught error, out of memory) must not leave the bench waiting.
    w.onerror = (event) => reject(new Error(`pack worker failed: ${event.message}`));
    w.postMessage({ type: 'pack', id, model: model as PackModel, options: {} } satisfies PackJobRequest);
  });
}

export interface BrowserZip {
  /** From the request to the ZIP's first progress message (the build). */
  buildMs: number;
  /** From there to the reply with the ZIP (a Blob made of references, zip-container.ts). */
  zipMs: number;
  zipBytes: number;
  /** Reading the whole ZIP Blob back (what a save does), after it is made. */
  readMs: number;
}

/** The pack and its ZIP, as the page's "Bewijspakket als ZIP" asks for them. */
function buildWithZip(): Promise<BrowserZip> {
  const w = worker;
  if (!w || !model) return Promise.reject(new Error('setup() and startWorker() first'));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let zipStart: number | undefined;
    w.onmessage = async (event: MessageEvent<PackJobReply>) => {
      const reply = event.data;
      if (reply.type === 'error') reject(new Error(reply.message));
      if (reply.type === 'progress' && reply.step === 'zip') zipStart ??= performance.now();
      if (reply.type !== 'pack-done' || !reply.zip) return;
      const done = performance.now();
      const r0 = performance.now();
      const reader = reply.zip.file.stream().getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
      const readMs = performance.now() - r0;
      const start = zipStart ?? done;
      resolve({ buildMs: start - t0, zipMs: done - start, zipBytes: reply.zip.file.size, readMs });
      w.postMessage({ type: 'clear-output' } satisfies PackJobRequest);
    };
    w.onerror = (event) => reject(new Error(`pack worker failed: ${event.message}`));
    w.postMessage({ type: 'pack', id, model: model as PackModel, options: {}, zip: {} } satisfies PackJobRequest);
  });
}

/** What the page offers the bench driver (page.evaluate). */
export interface BenchPage {
  setup(): Promise<number>;
  startWorker(url: string, warm: boolean): void;
  build(): Promise<BrowserBuild>;
  buildWithZip(): Promise<BrowserZip>;
}
(globalThis as unknown as { benchPack: BenchPage }).benchPack = { setup, startWorker, build, buildWithZip };
