import { validateImport, type ImportCheck, type StoredDocumentRef } from '../../../shared/files';
import type { EvidenceDocument } from '../../../shared/model';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from '../db/database';
import { storeDocuments, verifyAllDocuments, type DocumentToStore, type VerificationFailure } from '../db/document-store';
import type { HandlerContext } from './rpc';

export interface FileToCheck {
  name: string;
  bytes: Uint8Array;
}

/** A checked file the worker keeps until the user stores or discards it, so bytes cross threads once. */
export type CheckedFile = ImportCheck & { token: string; name: string };

export interface StoreItem {
  token: string;
  meta: Omit<DocumentToStore['meta'], 'sha256' | 'size' | 'fileKind' | 'mimeType' | 'mergeable' | 'fileName' | 'fileNote'>;
  supersedesId?: string;
}

/**
 * The vault's heavy work, off the UI thread: content checks, hashing, transactional writes and
 * read-back verification. Plain functions over a db, so unit tests can call them without a worker.
 */
export function createVaultHandlers(db: KwaliteitsmapDb) {
  const held = new Map<string, { name: string; bytes: Uint8Array; check: ImportCheck }>();
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
        if (check.ok) held.set(token, { name: file.name, bytes: file.bytes, check });
        results.push({ ...check, token, name: file.name });
      }
      return results;
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

    async verifyAll(_args: Record<string, never>, ctx: HandlerContext): Promise<VerificationFailure[]> {
      return verifyAllDocuments(db, (current, total) => ctx.progress({ step: 'Documenten controleren', current, total }));
    },
  };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
