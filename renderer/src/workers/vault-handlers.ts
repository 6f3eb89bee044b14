import { validateImport, type ImportCheck, type StoredDocumentRef } from '../../../shared/files';
import type { EvidenceDocument } from '../../../shared/model';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from '../db/database';
import { storeDocuments, verifyAllDocuments, type DocumentToStore, type VerificationFailure } from '../db/document-store';
import type { HandlerContext } from './rpc';
import { backupFileName, type BackupSummary } from '../../../shared/backup';
import { exportBackup, readBackup, restoreBackup, type RestoreResult } from '../db/backup-io';

export interface FileToCheck {
  name: string;
  bytes: Uint8Array;
}

/** A checked file the worker keeps until the user stores or discards it, so bytes cross threads once. */
export type CheckedFile = ImportCheck & { token: string; name: string };

export interface StoreItem {
  token: string;
  meta: Omit<DocumentToStore['meta'], 'sha256' | 'size' | 'fileKind' | 'mimeType' | 'mergeable' | 'fileName' | 'fileNote' | 'originalSha256'>;
  supersedesId?: string;
}

/** What goes back to the UI: the check without the bytes (a decrypted copy stays in the worker). */
function verdict(check: ImportCheck, token: string, name: string): CheckedFile {
  if (!check.ok) return { ...check, token, name };
  const { storeBytes: _kept, ...rest } = check;
  return { ...rest, token, name };
}

/**
 * The vault's heavy work, off the UI thread: content checks, hashing, transactional writes and
 * read-back verification. Plain functions over a db, so unit tests can call them without a worker.
 */
export function createVaultHandlers(db: KwaliteitsmapDb) {
  const held = new Map<string, { name: string; bytes: Uint8Array; check: ImportCheck }>();
  // A backup the user opened, checked and waiting for their confirmation to restore.
  let pendingRestore: { token: string; bytes: Uint8Array } | undefined;
  let nextToken = 1;

  async function storedHashes(): Promise<Map<string, StoredDocumentRef>> {
    const map = new Map<string, StoredDocumentRef>();
    await db.documents.each((d) => map.set(d.sha256, { id: d.id, title: d.title }));
    return map;
  }

  return {
    async check(args: { files: FileToCheck[]; maxBytes: number }, ctx: HandlerContext): Promise<CheckedFile[]> {
      const existing = await storedHashes();
      const seen = new Map(existing);
      const results: CheckedFile[] = [];
      for (const [i, file] of args.files.entries()) {
        if (ctx.signal.aborted) break;
        ctx.progress({ step: 'Bestanden controleren', current: i + 1, total: args.files.length });
        const check = await validateImport({ bytes: file.bytes, name: file.name, maxBytes: args.maxBytes, existingHashes: seen });
        const token = `f${nextToken++}`;
        // Duplicates within one selection count too.
        if (check.ok) seen.set(check.sha256, { id: token, title: file.name });
        // A PDF that needs a password is kept until the user gives it (unlock) or closes the import.
        if (check.ok || check.code === 'pdf-password') held.set(token, { name: file.name, bytes: check.ok ? (check.storeBytes ?? file.bytes) : file.bytes, check });
        results.push(verdict(check, token, file.name));
      }
      return results;
    },

    /** Checks a held PDF again with the password the user gave; on success the copy without a password is held. */
    async unlock(args: { token: string; password: string }): Promise<CheckedFile> {
      const file = held.get(args.token);
      if (!file) throw new UserError('Dit bestand is niet meer beschikbaar. Kies het opnieuw.', 'token-missing');
      const check = await validateImport({ bytes: file.bytes, name: file.name, existingHashes: await storedHashes(), password: args.password });
      if (check.ok) held.set(args.token, { name: file.name, bytes: check.storeBytes ?? file.bytes, check });
      else if (check.code !== 'pdf-password') held.delete(args.token);
      return verdict(check, args.token, file.name);
    },

    async discard(args: { tokens: string[] }): Promise<void> {
      for (const t of args.tokens) held.delete(t);
    },

    async store(args: { items: StoreItem[] }, ctx: HandlerContext): Promise<EvidenceDocument[]> {
      const batch: DocumentToStore[] = args.items.map((item) => {
        const file = held.get(item.token);
        if (!file || !file.check.ok) throw new UserError('Dit bestand is niet meer beschikbaar. Kies het opnieuw.', 'token-missing');
        const c = file.check;
        return {
          bytes: file.bytes,
          meta: {
            ...item.meta,
            fileName: c.suggestedName ?? file.name,
            mimeType: c.mimeType,
            fileKind: c.fileKind,
            mergeable: c.mergeable,
            ...(c.note ? { fileNote: c.note } : {}),
            size: c.size,
            sha256: c.sha256,
            ...(c.originalSha256 ? { originalSha256: c.originalSha256 } : {}),
          },
          ...(item.supersedesId ? { supersedesId: item.supersedesId } : {}),
        };
      });
      ctx.progress({ step: 'Opslaan en controleren', current: 0, total: batch.length });
      const stored = await storeDocuments(db, batch);
      for (const item of args.items) held.delete(item.token);
      ctx.progress({ step: 'Opslaan en controleren', current: batch.length, total: batch.length });
      return stored;
    },

    async backup(args: { appVersion: string }, ctx: HandlerContext): Promise<{ bytes: Uint8Array; fileName: string; documents: number; warnings: string[] }> {
      ctx.progress({ step: 'Back-up maken', current: 0, total: 1 });
      const { blob, result } = await exportBackup(db, { appVersion: args.appVersion });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      ctx.transfer([bytes.buffer]);
      ctx.progress({ step: 'Back-up maken', current: 1, total: 1 });
      return { bytes, fileName: backupFileName(new Date()), documents: result.documentCount, warnings: result.warnings };
    },

    /** Checks a backup completely without touching the database; keeps it for `restore`. */
    async inspectBackup(args: { bytes: Uint8Array; fileName?: string }): Promise<{ ok: true; token: string; summary: BackupSummary } | { ok: false; message: string }> {
      const parsed = await readBackup(args.bytes, args.fileName);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const token = `b${nextToken++}`;
      pendingRestore = { token, bytes: args.bytes };
      return { ok: true, token, summary: parsed.backup.summary };
    },

    async restore(args: { token: string }, ctx: HandlerContext): Promise<RestoreResult> {
      if (pendingRestore?.token !== args.token) throw new UserError('Deze back-up is niet meer beschikbaar. Kies het bestand opnieuw.', 'token-missing');
      const { bytes } = pendingRestore;
      pendingRestore = undefined;
      ctx.progress({ step: 'Back-up terugzetten', current: 0, total: 1 });
      const result = await restoreBackup(db, bytes);
      ctx.progress({ step: 'Back-up terugzetten', current: 1, total: 1 });
      return result;
    },

    async verifyAll(_args: Record<string, never>, ctx: HandlerContext): Promise<VerificationFailure[]> {
      return verifyAllDocuments(db, (current, total) => ctx.progress({ step: 'Documenten controleren', current, total }));
    },
  };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
