/**
 * Web Worker that builds the evidence pack, its ZIP and the kwaliteitsverslag off the UI thread with the
 * same shared/pack code the Node benchmark runs. Protocol: ./pack-protocol.ts.
 */
import {
  buildKwaliteitsverslagDocx,
  PackCancelledError,
  buildEvidencePack,
  buildKwaliteitsverslag,
  buildPackZip,
  type PackFonts,
  warmUpPack,
} from '../../../shared/pack';
import type { PackDoneZip, PackJobReply, PackJobRequest } from './pack-protocol';
import { registerPdfTools } from './pdf-tools';
import { clearOutputFiles, openOutputFile, type OutputFile } from './pack-output';
import { digestPdfInSecondWorker } from './pdf-hash-client';
// Inlined as data: URLs so the worker never fetches (file:// in Electron, no network ever).
import regularUrl from '../../../resources/fonts/Roboto-Regular.ttf?inline';
import boldUrl from '../../../resources/fonts/Roboto-Medium.ttf?inline';
import italicsUrl from '../../../resources/fonts/Roboto-Italic.ttf?inline';
import boldItalicsUrl from '../../../resources/fonts/Roboto-MediumItalic.ttf?inline';

interface WorkerScope {
  postMessage(message: PackJobReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<PackJobRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
registerPdfTools();

let fonts: PackFonts | undefined;
function decodeDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
function packFonts(): PackFonts {
  fonts ??= {
    regular: decodeDataUrl(regularUrl),
    bold: decodeDataUrl(boldUrl),
    italics: decodeDataUrl(italicsUrl),
    bolditalics: decodeDataUrl(boldItalicsUrl),
  };
  return fonts;
}

const running = new Map<number, AbortController>();
/** This worker's output files (pack-output.ts): another tab's are not touched. */
const OWN_PREFIX = `pakket-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
void clearOutputFiles({ olderThanMs: 60 * 60 * 1000 }).catch(() => undefined);

function fail(id: number, error: unknown): void {
  if (error instanceof PackCancelledError) {
    scope.postMessage({ type: 'error', id, code: 'cancelled', message: error.message });
  } else if (error instanceof Error && error.name === 'QuotaExceededError') {
    scope.postMessage({ type: 'error', id, code: 'failed', message: 'Er is niet genoeg ruimte op de schijf om het bewijspakket te maken. Maak ruimte vrij en probeer het opnieuw.' });
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', id, code: 'failed', message: `Het bewijspakket kon niet worden gemaakt: ${detail}` });
  }
}

let warming: Promise<void> | undefined;
let warmingNow = false;
const warmUpStop = new AbortController();

async function run(request: Extract<PackJobRequest, { type: 'pack' | 'verslag' }>): Promise<void> {
  const controller = new AbortController();
  const opened = new Set<OutputFile>();
  running.set(request.id, controller);
  try {
    // The warm-up must never delay the user's build: it is stopped at its next checkpoint (it only
    // exists to make a later build faster), and never runs side by side with this one.
    warmUpStop.abort();
    await warming;
    if (request.type === 'verslag') {
      const { format, ...options } = request.options;
      const pdf =
        format === 'docx'
          ? await buildKwaliteitsverslagDocx(request.model, options)
          : await buildKwaliteitsverslag(request.model, { ...options, fonts: packFonts() });
      scope.postMessage({ type: 'verslag-done', id: request.id, pdf }, [pdf.buffer as ArrayBuffer]);
      return;
    }
    // Written to files as it is made where the browser has OPFS (pack-output.ts), else kept in memory.
    await clearOutputFiles({ prefix: OWN_PREFIX });
    const name = `${OWN_PREFIX}${request.id}`;
    const pdfOut = await openOutputFile(`${name}.pdf`);
    if (pdfOut) opened.add(pdfOut);
    const result = await buildEvidencePack(request.model, {
      ...request.options,
      fonts: packFonts(),
      signal: controller.signal,
      sink: pdfOut?.sink,
      onProgress: (p) => scope.postMessage({ type: 'progress', id: request.id, ...p }),
    });
    const pdfFile = await pdfOut?.close();
    let zip: PackDoneZip | undefined;
    if (request.zip) {
      if (controller.signal.aborted) throw new PackCancelledError();
      const built = await buildPackZip(request.model, result, {
        ...request.options,
        ...request.zip,
        pdf: pdfFile,
        pdfDigest: pdfFile ? digestPdfInSecondWorker(pdfFile, controller.signal) : undefined,
        signal: controller.signal,
        onProgress: (current, total) => scope.postMessage({ type: 'progress', id: request.id, step: 'zip', current, total }),
      });
      // The ZIP is its headers plus the PDF's file and the stored originals themselves: a Blob made of them
      // holds references, not copies; the bytes are copied once, when the user saves it (zip-container.ts).
      zip = { file: new Blob(built.zip as BlobPart[], { type: 'application/zip' }), entries: built.entries, pdfFile };
    }
    // In memory, the PDF's parts are views on a few buffers (mostly the attachment files, which this worker no
    // longer needs): moving those buffers hands the whole PDF over without a copy. Files and Blobs cross as handles.
    // With a ZIP the UI saves only the ZIP: the PDF's parts (in the ZIP's Blob now) are not sent again.
    const reply = zip ? { ...result, pdf: [] } : result;
    const transfer: Transferable[] = [...new Set<ArrayBuffer>(reply.pdf.map((part) => part.buffer as ArrayBuffer))];
    opened.clear();
    scope.postMessage({ type: 'pack-done', id: request.id, result: reply, pdfFile: request.zip ? undefined : pdfFile, zip }, transfer);
  } catch (error) {
    for (const file of opened) await file.discard();
    opened.clear();
    fail(request.id, error);
  } finally {
    running.delete(request.id);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'warm-up') {
    // One at a time; another once it is done (the page opened again after the last one went cold).
    if (!warmUpStop.signal.aborted && !warmingNow) {
      warmingNow = true;
      warming = warmUpPack(packFonts(), undefined, warmUpStop.signal)
        .catch(() => undefined)
        .finally(() => {
          warmingNow = false;
        });
    }
    return;
  }
  if (request.type === 'clear-output') {
    // A file a running job still writes is open and cannot be removed; it goes with the next job's clearing.
    void clearOutputFiles({ prefix: OWN_PREFIX }).catch(() => undefined);
    return;
  }
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  void run(request);
};
