/**
 * Test-only page for the storage durability test and bench (issue 9). It drives the app's REAL import
 * pipeline, the vault worker the UI uses (check → store → read-back verification), with generated
 * documents, and exposes it on `window.__harness` for Playwright. Lives in test/, outside the app's sources:
 * built only by test/e2e/storage-harness.ts into .cache/; the production build (index.html) never includes it.
 */
import { userMessage } from '../../shared/errors/user-error';
import { getSettings } from '../../renderer/src/app/settings';
import { requestPersistentStorage, type PersistenceState } from '../../renderer/src/app/storage-persistence';
import { getDb } from '../../renderer/src/db/database';
import { readDocumentBlob, type VerificationFailure } from '../../renderer/src/db/document-store';
import { vault } from '../../renderer/src/workers/vault-client';
import type { CheckedFile, StoreItem } from '../../renderer/src/workers/vault-handlers';
import { generateDocument } from './generated-documents';

const MiB = 1024 * 1024;

export interface ImportOptions {
  /** Total size to import, in MiB. */
  totalMiB: number;
  /** Size of each document, in MiB. */
  docMiB: number;
  /** Different seeds give different documents; the same seed gives the same bytes. */
  seed?: number;
  /** Files handed to one `check` call, like one selection in the file chooser. */
  checkBatch?: number;
  /** Documents per `store` call. ImportPanel stores one document per call (one details form each). */
  storeBatch?: number;
  /** Transfer the generated ArrayBuffers to the worker instead of copying them (ImportPanel copies). */
  transfer?: boolean;
}

export interface StoreFailure {
  names: string[];
  /** UserError code carried over the worker boundary, e.g. 'verify-failed'. */
  code: string | undefined;
  /** The Dutch message the UI would show. */
  message: string;
}

export interface ImportResult {
  documents: number;
  bytes: number;
  stored: { id: string; title: string; sha256: string; size: number }[];
  refused: { name: string; message: string }[];
  failedStores: StoreFailure[];
  generateMs: number;
  checkMs: number;
  storeMs: number;
}

async function importGenerated(options: ImportOptions): Promise<ImportResult> {
  const { totalMiB, docMiB, seed = 1, checkBatch = 32, storeBatch = 1, transfer = false } = options;
  const count = Math.floor(totalMiB / docMiB);
  const result: ImportResult = { documents: count, bytes: 0, stored: [], refused: [], failedStores: [], generateMs: 0, checkMs: 0, storeMs: 0 };
  const maxBytes = getSettings().maxFileSizeMb * MiB;

  for (let first = 0; first < count; first += checkBatch) {
    let t = performance.now();
    const files = [];
    for (let i = first; i < Math.min(count, first + checkBatch); i++) files.push(generateDocument(seed, i, docMiB * MiB));
    result.bytes += files.reduce((n, f) => n + f.bytes.byteLength, 0);
    result.generateMs += performance.now() - t;

    // Same call as ImportPanel.runCheck.
    t = performance.now();
    const checked: CheckedFile[] = await vault()(
      'check',
      { files: files.map((f) => ({ name: f.name, bytes: f.bytes })), maxBytes },
      transfer ? { transfer: files.map((f) => f.bytes.buffer as ArrayBuffer) } : {},
    );
    result.checkMs += performance.now() - t;
    for (const c of checked) if (!c.ok) result.refused.push({ name: c.name, message: c.message });

    // Same call as ImportPanel's details form (onStore), with the details a user would fill in.
    const accepted = checked.filter((c) => c.ok);
    t = performance.now();
    for (let s = 0; s < accepted.length; s += storeBatch) {
      const slice = accepted.slice(s, s + storeBatch);
      const items: StoreItem[] = slice.map((c) => ({
        token: c.token,
        meta: { evidenceType: 'vog', title: c.name, issueDate: '2026-01-15', details: { profiles: ['45'] }, links: [] },
      }));
      try {
        const stored = await vault()('store', { items });
        for (const d of stored) result.stored.push({ id: d.id, title: d.title, sha256: d.sha256, size: d.size });
      } catch (e) {
        result.failedStores.push({ names: slice.map((c) => c.name), code: (e as { code?: string }).code, message: userMessage(e) });
        // The UI lets the user try again; here the bytes are let go.
        await vault()('discard', { tokens: slice.map((c) => c.token) });
      }
    }
    result.storeMs += performance.now() - t;
  }
  return result;
}

/** "Controleer alle documenten" (Instellingen → Opslag): the same worker call. */
async function verifyAll(): Promise<{ failures: VerificationFailure[]; ms: number }> {
  const t = performance.now();
  const failures = await vault()('verifyAll', {});
  return { failures, ms: performance.now() - t };
}

/** Reads every stored document's bytes the way the app opens a document, without hashing. */
async function readAll(): Promise<{ documents: number; bytes: number; unreadable: number; ms: number }> {
  const db = getDb();
  const ids = (await db.documents.toCollection().primaryKeys()) as string[];
  const t = performance.now();
  let bytes = 0;
  let unreadable = 0;
  for (const id of ids) {
    try {
      bytes += (await (await readDocumentBlob(db, id)).arrayBuffer()).byteLength;
    } catch {
      unreadable++;
    }
  }
  return { documents: ids.length, bytes, unreadable, ms: performance.now() - t };
}

/** What the app's database holds: document records, content records, and their hashes. */
async function inventory(): Promise<{ documents: number; contents: number; hashes: string[] }> {
  const db = getDb();
  const docs = await db.documents.toArray();
  return { documents: docs.length, contents: await db.contents.count(), hashes: docs.map((d) => d.sha256).sort() };
}

async function storage(): Promise<{ persistence: PersistenceState; usage?: number; quota?: number }> {
  const persistence = await requestPersistentStorage();
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return { persistence, ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}), ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}) };
}

/**
 * NOT the app's code: writes `mib` 1 MiB Blobs made on the page's main thread into a separate IndexedDB
 * database, one transaction each. In an off-the-record context Chromium keeps only ~500 MiB of such
 * Blobs readable and silently loses the rest (issue 9); this puts the renderer in that state so the
 * test can show what the app's own pipeline does when Chromium loses its writes.
 */
async function fillBlobMemory(mib: number): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const open = indexedDB.open('storage-harness-pressure', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('blobs');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  for (let i = 0; i < mib; i++) {
    const bytes = new Uint8Array(MiB).fill(i & 0xff);
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(new Blob([bytes]), i);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
  }
  db.close();
}

const harness = { importGenerated, verifyAll, readAll, inventory, storage, fillBlobMemory };
export type StorageHarness = typeof harness;

declare global {
  interface Window {
    __harness?: StorageHarness;
  }
}

window.__harness = harness;
document.getElementById('status')!.textContent = 'Opslagtest klaar.';
