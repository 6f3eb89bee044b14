import type { EvidenceDocument } from '../../../shared/model';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';
import { sha256Hex } from '../../../shared/files/sha256';
import { createIncrementalHasher, crc32Of } from '../../../shared/files/parts-hash';
import { newId, nowIso } from './ids';
import { removeOrphanContents } from './orphan-contents';

/** A checked file ready to be stored: the caller sniffed, validated and hashed it. */
export interface DocumentToStore {
  meta: Omit<EvidenceDocument, 'id' | 'createdAt' | 'versionGroup' | 'supersedes' | 'supersededBy'>;
  bytes: Uint8Array;
  /** Id of the revision this one replaces; its history is kept. */
  supersedesId?: string;
}

export interface VerificationFailure {
  documentId: string;
  title: string;
  reason: 'onleesbaar' | 'afwijkende-hash' | 'ontbreekt';
}

/**
 * Stores documents in one transaction, then reads every one back and compares its SHA-256
 * with the bytes the user gave. Chromium can lose Blobs silently while reporting success
 * (see issue 9), so nothing counts as stored until it has been read back. On any failure the
 * whole batch is removed again and a Dutch error is thrown.
 */
export async function storeDocuments(db: KwaliteitsmapDb, items: DocumentToStore[]): Promise<EvidenceDocument[]> {
  const createdAt = nowIso();
  const prepared = items.map((item) => {
    const id = newId();
    return { item, doc: { ...item.meta, id, createdAt, versionGroup: id } as EvidenceDocument };
  });

  // For the pack's ZIP, once per file (DocumentContent.crc32): ~0.5 ms per MB, before the transaction.
  const crc = await createIncrementalHasher('crc32');
  const crc32s = new Map<string, number>();
  for (const { item, doc } of prepared) crc32s.set(doc.id, crc32Of(crc, item.bytes));

  await db.transaction('rw', db.documents, db.contents, async () => {
    for (const { item, doc } of prepared) {
      if (!item.supersedesId) continue;
      const previous = await db.documents.get(item.supersedesId);
      if (!previous) throw new UserError('De vorige versie van dit document bestaat niet meer.', 'supersede-missing');
      if (previous.supersededBy) throw new UserError(`"${previous.title}" heeft al een nieuwere versie.`, 'supersede-twice');
      doc.versionGroup = previous.versionGroup;
      doc.supersedes = previous.id;
      await db.documents.update(previous.id, { supersededBy: doc.id });
    }
    await db.documents.bulkAdd(prepared.map((p) => p.doc));
    await db.contents.bulkAdd(
      prepared.map(({ item, doc }) => ({
        id: doc.id,
        data: new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: doc.mimeType }),
        crc32: { sha256: doc.sha256, value: crc32s.get(doc.id) as number },
      })),
    );
  });

  const failures = await verifyDocuments(db, prepared.map((p) => p.doc));
  if (failures.length > 0) {
    await removeBatch(db, prepared.map((p) => p.doc));
    const names = failures.map((f) => `"${f.title}"`).join(', ');
    throw new UserError(
      `Opslaan is mislukt: ${names} kon${failures.length > 1 ? 'den' : ''} na het opslaan niet foutloos worden teruggelezen. ` +
        'Er is niets bewaard. Controleer de opslagruimte en probeer het opnieuw.',
      'verify-failed',
    );
  }
  return prepared.map((p) => p.doc);
}

/** Reads in flight at once: reading one document overlaps hashing another, memory stays bounded. */
const VERIFY_CONCURRENCY = 4;

/** Re-reads the stored bytes of the given documents and lists those that do not match their hash. */
export async function verifyDocuments(
  db: KwaliteitsmapDb,
  docs: Pick<EvidenceDocument, 'id' | 'title' | 'sha256'>[],
  onProgress?: (done: number, total: number) => void,
): Promise<VerificationFailure[]> {
  const results: (VerificationFailure | undefined)[] = new Array(docs.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < docs.length) {
      const i = next++;
      results[i] = await verifyOne(db, docs[i]!);
      onProgress?.(++done, docs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(VERIFY_CONCURRENCY, docs.length) }, lane));
  return results.filter((f): f is VerificationFailure => f !== undefined);
}

async function verifyOne(db: KwaliteitsmapDb, doc: Pick<EvidenceDocument, 'id' | 'title' | 'sha256'>): Promise<VerificationFailure | undefined> {
  try {
    const content = await db.contents.get(doc.id);
    if (!content) return { documentId: doc.id, title: doc.title, reason: 'ontbreekt' };
    if ((await sha256Hex(new Uint8Array(await content.data.arrayBuffer()))) !== doc.sha256) return { documentId: doc.id, title: doc.title, reason: 'afwijkende-hash' };
    return undefined;
  } catch {
    return { documentId: doc.id, title: doc.title, reason: 'onleesbaar' };
  }
}

/** "Controleer alle documenten": removes content rows no document refers to, then re-hashes everything stored. */
export async function verifyAllDocuments(db: KwaliteitsmapDb, onProgress?: (done: number, total: number) => void) {
  await removeOrphanContents(db);
  const docs = await db.documents.toArray();
  return verifyDocuments(db, docs, onProgress);
}

async function removeBatch(db: KwaliteitsmapDb, docs: EvidenceDocument[]): Promise<void> {
  await db.transaction('rw', db.documents, db.contents, async () => {
    for (const doc of docs) {
      if (doc.supersedes) await db.documents.update(doc.supersedes, { supersededBy: undefined });
    }
    const ids = docs.map((d) => d.id);
    await db.contents.bulkDelete(ids);
    await db.documents.bulkDelete(ids);
  });
}

/** Deletes one revision. The previous revision, if any, becomes current again. */
export async function deleteDocument(db: KwaliteitsmapDb, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.contents, async () => {
    const doc = await db.documents.get(id);
    if (!doc) return;
    if (doc.supersedes) await db.documents.update(doc.supersedes, { supersededBy: doc.supersededBy });
    if (doc.supersededBy) await db.documents.update(doc.supersededBy, { supersedes: doc.supersedes });
    await db.contents.delete(id);
    await db.documents.delete(id);
  });
}

export async function updateDocumentMeta(
  db: KwaliteitsmapDb,
  id: string,
  changes: Partial<Pick<EvidenceDocument, 'title' | 'issueDate' | 'validUntil' | 'details' | 'links' | 'evidenceType' | 'personId'>>,
): Promise<void> {
  const updated = await db.documents.update(id, changes);
  if (!updated) throw new UserError('Dit document bestaat niet meer.', 'not-found');
}

export async function readDocumentBlob(db: KwaliteitsmapDb, id: string): Promise<Blob> {
  const content = await db.contents.get(id);
  if (!content) throw new UserError('De inhoud van dit document is niet gevonden.', 'content-missing');
  return content.data;
}
