/**
 * The import queue: every file chosen or dropped on the Documenten page, checked by the vault worker,
 * read (pdf.js text or OCR) and waiting for the user to confirm, skip or remove it. It lives in module
 * memory, so it survives leaving the page and coming back; closing or reloading the window asks first
 * while anything is still unconfirmed. Nothing is stored without the user's confirmation.
 */
import { useSyncExternalStore } from 'react';
import type { OpenedFile } from '../../../../../shared/bridge';
import { userMessage } from '../../../../../shared/errors/user-error';
import type { FileKind } from '../../../../../shared/model';
import { getSettings } from '../../../app/settings';
import { requestPersistentStorage } from '../../../app/storage-persistence';
import { todayInAmsterdam } from '../../../../../shared/dates';
import { dragHoldsPhoto, filesHoldPhoto, proposalHasDates, proposeDocument } from '../../../../../shared/reading';
import { readFileText, type ReadText } from '../../../reading/read-file';
import { releaseGuessedOcr, stopOcr, warmOcr, warmOcrOnGuess, type OcrProgress } from '../../../reading/ocr';
import { vault } from '../../../workers/vault-client';
import type { StoreItem } from '../../../workers/vault-handlers';
import type { Draft } from './draft';

/** `locked`: a PDF that opens only with a password; the vault holds it until the user gives it (issue 19). */
export type QueueStatus = 'checking' | 'locked' | 'reading' | 'open' | 'storing' | 'stored' | 'skipped' | 'refused';

export interface QueueItem {
  id: string;
  name: string;
  status: QueueStatus;
  /** A copy of the bytes for the preview and for reading; dropped once stored. */
  bytes?: Uint8Array;
  kind?: FileKind;
  /** The vault worker's handle on its own copy, used to store or discard it. */
  token?: string;
  sha256?: string;
  /** Why the vault refused the file, or its note on an accepted one (Dutch). */
  message?: string;
  reading?: OcrProgress;
  text?: string;
  textSource?: ReadText['source'];
  /** OCR read a page turned (it lay sideways or upside down). */
  turned?: boolean;
  /** A scan: how many of its pages OCR read. */
  pages?: ReadText['pages'];
  draft: Draft;
  error?: string;
}

export interface QueueState {
  items: QueueItem[];
  selectedId?: string;
  /** "3 van 8": how far checking and reading have come. */
  busy?: { step: string; current: number; total: number };
  /** Files over UNSAFE_IMPORT_BYTES on storage the browser may evict, waiting for the user's consent. */
  unsafe?: { files: OpenedFile[]; totalBytes: number };
}

/** Above this, an import into storage the browser may evict needs the user's explicit consent (as in ImportPanel). */
export const UNSAFE_IMPORT_BYTES = 100 * 1024 * 1024;

let state: QueueState = { items: [] };
const listeners = new Set<() => void>();
let nextId = 1;
let readChain: Promise<void> = Promise.resolve();
/** The file being read now: stored or removed meanwhile, its reading is stopped (it is of no use any more). */
let reading: { id: string; stop: AbortController } | undefined;

function stopReading(id: string): void {
  if (reading?.id === id) reading.stop.abort(new DOMException('Het bestand is niet meer in de wachtrij.', 'AbortError'));
}

/**
 * Files are dragged over the page (`types`: their MIME types, all a drag tells): when a photo is among them the
 * OCR engine starts while she drops, so the photo does not wait seconds for it. Only PDFs (with a text layer or
 * not, unknown until read) or a folder: nothing starts yet (addFiles and readFileText start it when needed).
 * The engine stops by itself when idle (renderer/src/reading/ocr.ts).
 */
export function prepareReading(types: readonly string[]): void {
  if (dragHoldsPhoto(types)) warmOcr();
}

/**
 * A file or folder chooser opens: what she will pick is unknown, so the OCR engine starts on the guess that
 * photos may be among it; addFiles stops it again once the chosen files turn out to need no OCR.
 */
export const prepareChooser = (): void => warmOcrOnGuess();

function set(next: Partial<QueueState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

function patch(id: string, change: Partial<QueueItem> | ((item: QueueItem) => Partial<QueueItem>)): void {
  set({ items: state.items.map((i) => (i.id === id ? { ...i, ...(typeof change === 'function' ? change(i) : change) } : i)) });
}

const WAITING: QueueStatus[] = ['checking', 'locked', 'reading', 'open', 'storing', 'skipped'];
/** Files the user has not yet stored or removed. */
export const hasUnconfirmed = (s: QueueState = state) => s.items.some((i) => WAITING.includes(i.status));

export function useImportQueue(): QueueState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

// Reloading or closing the window would lose the queue: the browser asks first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (hasUnconfirmed()) event.preventDefault();
  });
}

/**
 * Adds files to the queue: the vault checks them, then each accepted one is read in turn. Over 100 MB on
 * storage that is not persistent, the user is asked first (`unsafe`; answered by confirmUnsafe/cancelUnsafe).
 */
export async function addFiles(files: OpenedFile[], options: { consented?: boolean } = {}): Promise<void> {
  if (files.length === 0) return releaseGuessedOcr();
  const totalBytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
  if (!options.consented && totalBytes > UNSAFE_IMPORT_BYTES && (await requestPersistentStorage()) !== 'persistent') {
    set({ unsafe: { files, totalBytes } });
    return;
  }
  // A photo: start the OCR engine while the files are checked and the PDFs before it read. A scan (a PDF
  // without text) starts it once it is found to have no text (readFileText); PDFs with text never do.
  if (filesHoldPhoto(files)) warmOcr();
  const added: QueueItem[] = files.map((f) => ({ id: `q${nextId++}`, name: f.name, status: 'checking', bytes: f.bytes.slice(), draft: {} }));
  // Keep the user on the file she is working on; otherwise show the first new one.
  const current = state.items.find((i) => i.id === state.selectedId);
  const keep = current && (current.status === 'open' || current.status === 'reading');
  set({ items: [...state.items, ...added], selectedId: keep ? current.id : added[0]!.id });
  try {
    const checked = await vault()(
      'check',
      { files: files.map((f) => ({ name: f.name, bytes: f.bytes })), maxBytes: getSettings().maxFileSizeMb * 1024 * 1024 },
      { onProgress: (p) => set({ busy: p }), transfer: [...new Set(files.map((f) => f.bytes.buffer))] },
    );
    checked.forEach((c, i) => {
      const item = added[i]!;
      // The vault knows stored files and this selection; a file already waiting in the queue is refused here.
      const twin = c.ok ? state.items.find((q) => q.sha256 === c.sha256 && q.status !== 'refused' && q.status !== 'stored') : undefined;
      if (c.ok && twin) {
        void vault()('discard', { tokens: [c.token] });
        patch(item.id, { status: 'refused', message: `‘${item.name}’ staat al in de wachtrij, als ‘${twin.name}’. Het is niet nog een keer toegevoegd.`, bytes: undefined });
      } else if (c.ok) patch(item.id, { status: 'reading', token: c.token, sha256: c.sha256, kind: c.fileKind, ...(c.note ? { message: c.note } : {}) });
      else if (c.code === 'pdf-password') patch(item.id, { status: 'locked', token: c.token, message: c.message, bytes: undefined });
      else patch(item.id, { status: 'refused', message: c.message, bytes: undefined });
    });
  } catch (e) {
    for (const item of added) patch(item.id, { status: 'refused', message: userMessage(e), bytes: undefined });
  }
  set({ busy: undefined });
  const toRead = added.filter((a) => state.items.find((i) => i.id === a.id)?.status === 'reading');
  readChain = readChain.then(() => readAll(toRead.map((i) => i.id)));
  await readChain;
  // Read, and no photo or scan among them: an engine started on the chooser's guess is not needed.
  releaseGuessedOcr();
}

/** Whether a scan's text read so far gives the type and its dates (the person is matched later, against everyone). */
const enoughFor = (fileName: string) => (text: string) => proposalHasDates(proposeDocument({ text, fileName, people: [], today: todayInAmsterdam() }));

async function readAll(ids: string[]): Promise<void> {
  for (const [n, id] of ids.entries()) {
    const item = state.items.find((i) => i.id === id);
    if (!item || item.status !== 'reading' || !item.bytes || !item.kind) continue;
    set({ busy: { step: 'Documenten lezen', current: n + 1, total: ids.length } });
    const stop = new AbortController();
    reading = { id, stop };
    try {
      const read = await readFileText(item.bytes, item.kind, { onProgress: (p) => patch(id, { reading: p }), signal: stop.signal, enough: enoughFor(item.name) });
      patch(id, (i) => ({ status: i.status === 'reading' ? 'open' : i.status, text: read.text, textSource: read.source, turned: read.turned, pages: read.pages, reading: undefined }));
    } catch {
      // Stopped because the file was stored or removed: nothing to say.
      if (stop.signal.aborted) patch(id, { reading: undefined });
      else patch(id, (i) => ({ status: i.status === 'reading' ? 'open' : i.status, text: '', textSource: 'none', reading: undefined, error: 'Het lezen van dit bestand lukte niet. Vul de gegevens zelf in.' }));
    }
  }
  reading = undefined;
  set({ busy: undefined });
}

export function confirmUnsafe(): Promise<void> {
  const files = state.unsafe?.files ?? [];
  set({ unsafe: undefined });
  return addFiles(files, { consented: true });
}
export const cancelUnsafe = () => set({ unsafe: undefined });

export const select = (id: string) => set({ selectedId: id });
export const updateDraft = (id: string, change: Partial<Draft>) => patch(id, (i) => ({ draft: { ...i.draft, ...change }, error: undefined }));

/** The next file that still waits for the user, after `id` (or the first one). */
function nextOpen(id?: string): string | undefined {
  const open = state.items.filter((i) => i.status === 'open' || i.status === 'reading');
  const at = state.items.findIndex((i) => i.id === id);
  return (open.find((i) => state.items.indexOf(i) > at) ?? open[0])?.id;
}

/** Stores one file with the details the user confirmed. */
export async function storeItem(id: string, meta: StoreItem['meta'], options: { advance?: boolean } = {}): Promise<boolean> {
  const item = state.items.find((i) => i.id === id);
  // A file can be stored while it is still being read: the user filled it in already.
  if (!item?.token || (item.status !== 'open' && item.status !== 'reading')) return false;
  patch(id, { status: 'storing', error: undefined });
  try {
    await vault()('store', { items: [{ token: item.token, meta }] });
    stopReading(id);
    patch(id, { status: 'stored', bytes: undefined, text: undefined });
    if (options.advance !== false && state.selectedId === id) set({ selectedId: nextOpen(id) ?? id });
    return true;
  } catch (e) {
    patch(id, { status: 'open', error: userMessage(e) });
    return false;
  }
}

/**
 * Opens a locked PDF with the password the user gave. The vault keeps a copy without the password (the
 * original's SHA-256 in its note); the app cannot read the locked bytes here, so she fills in the details.
 * Returns whether the password was wrong, so the dialog can say so; the password is never kept.
 */
export async function unlockItem(id: string, password: string): Promise<{ wrongPassword: boolean }> {
  const item = state.items.find((i) => i.id === id);
  if (!item?.token || item.status !== 'locked') return { wrongPassword: false };
  const c = await vault()('unlock', { token: item.token, password });
  if (c.ok) {
    patch(id, { status: 'open', token: c.token, sha256: c.sha256, kind: c.fileKind, text: '', textSource: 'none', ...(c.note ? { message: c.note } : {}) });
    return { wrongPassword: false };
  }
  if (c.code === 'pdf-password') return { wrongPassword: c.wrongPassword === true };
  patch(id, { status: 'refused', message: c.message, token: undefined });
  return { wrongPassword: false };
}

/** Leaves a file out for now; it stays in the list and can still be stored. */
export function skipItem(id: string): void {
  patch(id, { status: 'skipped' });
  if (state.selectedId === id) set({ selectedId: nextOpen(id) ?? id });
}

export const reopenItem = (id: string) => patch(id, { status: 'open' });

/** Takes a file out of the queue; the vault forgets its copy. */
export function removeItem(id: string): void {
  const item = state.items.find((i) => i.id === id);
  stopReading(id);
  if (item?.token && item.status !== 'stored') void vault()('discard', { tokens: [item.token] });
  const items = state.items.filter((i) => i.id !== id);
  set({ items, selectedId: state.selectedId === id ? (nextOpen(id) ?? items[0]?.id) : state.selectedId });
}

/** Empties the queue; unconfirmed files are discarded (the caller asked the user). */
export function clearQueue(): void {
  const tokens = state.items.filter((i) => i.token && i.status !== 'stored').map((i) => i.token!);
  if (tokens.length) void vault()('discard', { tokens });
  if (reading) stopReading(reading.id);
  set({ items: [], selectedId: undefined, busy: undefined });
  // The queue's session is over: free the OCR engine now rather than when it has been idle a while.
  void stopOcr();
}
