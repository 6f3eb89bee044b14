import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { addPerson, erasePerson, erasurePreview } from '../../../renderer/src/db/people-store';
import { deleteDocument, storeDocuments, verifyAllDocuments, type DocumentToStore } from '../../../renderer/src/db/document-store';
import { saveAssessment } from '../../../renderer/src/db/assessment-store';
import { sha256Hex } from '../../../shared/files/sha256';
import { UserError, userMessage } from '../../../shared/errors/user-error';

let db: KwaliteitsmapDb;
beforeEach(async () => {
  db = new KwaliteitsmapDb(`stores-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function doc(bytes: number[], overrides: Partial<DocumentToStore['meta']> = {}): Promise<DocumentToStore> {
  const data = new Uint8Array(bytes);
  return {
    bytes: data,
    meta: {
      evidenceType: 'vog',
      title: 'VOG',
      fileName: 'vog.pdf',
      mimeType: 'application/pdf',
      fileKind: 'pdf',
      mergeable: true,
      size: data.byteLength,
      sha256: await sha256Hex(data),
      issueDate: '2026-01-01',
      details: {},
      links: [],
      ...overrides,
    },
  };
}

const person = { name: 'Anna', functionTitle: '', roles: [], kind: 'medewerker' as const, startDate: '2026-01-01', clientContact: true };

describe('document store', () => {
  it('stores a document, reads it back and keeps bytes identical', async () => {
    const [stored] = await storeDocuments(db, [await doc([1, 2, 3])]);
    const content = await db.contents.get(stored!.id);
    expect(new Uint8Array(await content!.data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    // Its CRC-32 for the pack's ZIP, tied to the SHA-256 of the same bytes (python3 -c "import zlib; print(zlib.crc32(bytes([1,2,3])))").
    expect(content!.crc32).toEqual({ sha256: stored!.sha256, value: 1438416925 });
    expect(stored!.versionGroup).toBe(stored!.id);
    expect(await verifyAllDocuments(db)).toEqual([]);
  });

  it('refuses and removes a batch whose hash does not match what was read back', async () => {
    const good = await doc([1, 2, 3]);
    const bad = await doc([4, 5, 6], { sha256: '0'.repeat(64), title: 'Kapot' });
    await expect(storeDocuments(db, [good, bad])).rejects.toThrow(UserError);
    await expect(storeDocuments(db, [good, bad])).rejects.toThrow(/"Kapot".*niet foutloos/);
    expect(await db.documents.count()).toBe(0);
    expect(await db.contents.count()).toBe(0);
  });

  it('a full disk (QuotaExceededError) gives the Dutch message and leaves nothing half-written', async () => {
    const [kept] = await storeDocuments(db, [await doc([7, 7, 7], { title: 'Al bewaard' })]);
    db.contents.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const error = await storeDocuments(db, [await doc([1, 2, 3]), await doc([4, 5, 6])]).catch((e: unknown) => e);
    expect(userMessage(error)).toMatch(/niet genoeg opslagruimte.*Er is niets opgeslagen/);
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([kept!.id]);
    expect(await db.contents.count()).toBe(1);
    expect(await verifyAllDocuments(db)).toEqual([]);
  });

  it('keeps the history when a new version supersedes the old one, and undoes it on delete', async () => {
    const [v1] = await storeDocuments(db, [await doc([1])]);
    const [v2] = await storeDocuments(db, [{ ...(await doc([2])), supersedesId: v1!.id }]);
    expect(v2).toMatchObject({ versionGroup: v1!.id, supersedes: v1!.id });
    expect((await db.documents.get(v1!.id))!.supersededBy).toBe(v2!.id);
    await expect(storeDocuments(db, [{ ...(await doc([3])), supersedesId: v1!.id }])).rejects.toThrow(/nieuwere versie/);
    await deleteDocument(db, v2!.id);
    expect((await db.documents.get(v1!.id))!.supersededBy).toBeUndefined();
    expect(await db.contents.get(v2!.id)).toBeUndefined();
  });

  it('verifyAll lists a document whose content is missing or altered', async () => {
    const [a, b] = await storeDocuments(db, [await doc([1]), await doc([2], { title: 'Tweede' })]);
    await db.contents.delete(a!.id);
    await db.contents.put({ id: b!.id, data: new Blob([new Uint8Array([9])]) });
    const failures = await verifyAllDocuments(db);
    expect(new Map(failures.map((f) => [f.documentId, f.reason]))).toEqual(
      new Map([
        [a!.id, 'ontbreekt'],
        [b!.id, 'afwijkende-hash'],
      ]),
    );
  });
});

describe('people store', () => {
  it('erases a person with every revision of their documents (AVG), leaving others alone', async () => {
    const anna = await addPerson(db, person);
    const bob = await addPerson(db, { ...person, name: 'Bob' });
    const [v1] = await storeDocuments(db, [await doc([1], { personId: anna.id })]);
    await storeDocuments(db, [{ ...(await doc([2], { personId: anna.id })), supersedesId: v1!.id }]);
    await storeDocuments(db, [await doc([3], { personId: bob.id })]);
    expect((await erasurePreview(db, anna.id)).documents).toHaveLength(2);

    expect(await erasePerson(db, anna.id)).toBe(2);
    expect(await db.people.get(anna.id)).toBeUndefined();
    expect(await db.documents.where('personId').equals(anna.id).count()).toBe(0);
    expect(await db.contents.count()).toBe(1);
    expect(await db.people.get(bob.id)).toBeDefined();
  });
});

describe('assessment store', () => {
  it('requires a reason for "niet van toepassing" and keeps the toelichting', async () => {
    await saveAssessment(db, 'mg-wmo', 'r1', { toelichting: 'Zo doen wij het' });
    await expect(saveAssessment(db, 'mg-wmo', 'r1', { notApplicable: { reason: ' ', decidedOn: '2026-11-23' } })).rejects.toThrow(/reden/);
    const saved = await saveAssessment(db, 'mg-wmo', 'r1', { notApplicable: { reason: 'Geen locatie', decidedOn: '2026-11-23' } });
    expect(saved).toMatchObject({ toelichting: 'Zo doen wij het', notApplicable: { reason: 'Geen locatie' } });
    const cleared = await saveAssessment(db, 'mg-wmo', 'r1', { notApplicable: undefined });
    expect(cleared.notApplicable).toBeUndefined();
    expect(cleared.toelichting).toBe('Zo doen wij het');
  });
});

describe('content rows no document refers to (issue #14)', () => {
  it('"Controleer alle documenten" removes them and keeps every referenced one', async () => {
    const [stored] = await storeDocuments(db, [await doc([1, 2, 3])]);
    await db.contents.bulkAdd([
      { id: 'wees-1', data: new Blob([new Uint8Array(10)]) },
      { id: 'wees-2', data: new Blob([new Uint8Array(20)]) },
    ]);
    expect(await verifyAllDocuments(db)).toEqual([]);
    expect((await db.contents.toCollection().primaryKeys()).sort()).toEqual([stored!.id]);
  });
});
