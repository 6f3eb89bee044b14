import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { DB_SCHEMA_VERSION, SCHEMA_V2 } from '../../../renderer/src/db/schema';
import { updateDocumentDetails } from '../../../renderer/src/db/document-details-store';
import { evaluate } from '../../../shared/engine';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/backup-io';
import { sha256Hex } from '../../../shared/files/sha256';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
const dbName = () => {
  const n = `v3-${names.length}-${Math.random()}`;
  names.push(n);
  return n;
};

/** Version-2 rows exactly as the v2 app stored them (a VOG saved without a screening profile). */
const SHA_VOG = await sha256Hex(new Uint8Array([1, 2, 3]));
const SHA_POLIS = await sha256Hex(new Uint8Array([4, 5, 6]));

async function seedV2(name: string) {
  const v2 = new Dexie(name);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  await v2.table('organisation').put({
    id: 'org', name: 'Zorg Anna', profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] },
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  });
  await v2.table('people').put({ id: 'anna', name: 'Anna de Vries', functionTitle: 'Begeleider', roles: [], kind: 'eigenaar', startDate: '2025-03-01', clientContact: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
  await v2.table('documents').bulkPut([
    {
      id: 'vog', evidenceType: 'vog', personId: 'anna', title: 'VOG', fileName: 'vog.pdf', mimeType: 'application/pdf', fileKind: 'pdf', mergeable: true,
      size: 3, sha256: SHA_VOG, issueDate: '2025-02-01', details: {}, links: [], versionGroup: 'vog', createdAt: '2026-01-02T10:00:00.000Z',
    },
    {
      id: 'polis', evidenceType: 'aansprakelijkheidsverzekering', title: 'Polis', fileName: 'polis.pdf', mimeType: 'application/pdf', fileKind: 'pdf', mergeable: true,
      size: 3, sha256: SHA_POLIS, issueDate: '2020-01-01', validUntil: '2026-12-31', details: { insurer: 'X' }, links: ['mg-wmo.algemeen.x'], versionGroup: 'polis', createdAt: '2026-01-02T10:00:00.000Z',
    },
  ]);
  await v2.table('contents').bulkPut([{ id: 'vog', data: new Blob([new Uint8Array([1, 2, 3])]) }, { id: 'polis', data: new Blob([new Uint8Array([4, 5, 6])]) }]);
  v2.close();
}

describe('schema v3: history of detail corrections', () => {
  it('upgrades real version-2 data: every document gets an empty history, nothing else changes', async () => {
    const name = dbName();
    await seedV2(name);
    const before = new Dexie(name);
    before.version(2).stores(SCHEMA_V2);
    const v2docs = await before.table('documents').orderBy('id').toArray();
    before.close();

    const db = new KwaliteitsmapDb(name);
    await db.open();
    expect(DB_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    const docs = await db.documents.orderBy('id').toArray();
    expect(docs).toEqual(v2docs.map((d) => ({ ...d, detailsHistory: [] })));
    expect(await db.documents.where('links').equals('mg-wmo.algemeen.x').count()).toBe(1);
    const content = await db.contents.get('vog');
    expect(new Uint8Array(await content!.data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    db.close();
  });

  it('a details edit (profile 45) is stored with its history and turns the VOG requirement green without a new upload', async () => {
    const name = dbName();
    await seedV2(name);
    const db = new KwaliteitsmapDb(name);
    await db.open();
    const status = async () => {
      const org = (await db.organisation.get('org'))!;
      const out = evaluate({ peildatum: '2026-12-01', profile: org.profile, people: await db.people.toArray(), documents: await db.documents.toArray() });
      return out.results.find((r) => r.requirementId === 'mg-wmo.personeel.vog' && r.personId === 'anna')!.status;
    };
    expect(await status()).toBe('ontbreekt');
    const vog = (await db.documents.get('vog'))!;
    const changes = await updateDocumentDetails(db, 'vog', { evidenceType: 'vog', personId: 'anna', title: vog.title, issueDate: vog.issueDate, details: { profiles: ['45'] } });
    expect(changes).toEqual([{ at: expect.any(String), field: 'details.profiles', to: ['45'] }]);
    expect(await status()).toBe('in-orde');
    const stored = (await db.documents.get('vog'))!;
    expect(stored.detailsHistory).toEqual(changes);
    expect(stored.sha256).toBe(SHA_VOG);
    // Same values again: no new history entry.
    expect(await updateDocumentDetails(db, 'vog', { evidenceType: 'vog', personId: 'anna', title: vog.title, issueDate: vog.issueDate, details: { profiles: ['45'] } })).toEqual([]);
    // A date correction is recorded with old and new value.
    const more = await updateDocumentDetails(db, 'vog', { evidenceType: 'vog', personId: 'anna', title: vog.title, issueDate: '2025-02-15', details: { profiles: ['45'] } });
    expect(more).toEqual([{ at: expect.any(String), field: 'issueDate', from: '2025-02-01', to: '2025-02-15' }]);
    expect((await db.documents.get('vog'))!.detailsHistory).toHaveLength(2);

    // The history travels through a backup and comes back on restore.
    const { blob } = await exportBackup(db, { appVersion: '0.1.0' });
    const other = new KwaliteitsmapDb(dbName());
    await other.open();
    const restored = await restoreBackup(other, new Uint8Array(await blob.arrayBuffer()));
    expect(restored).toMatchObject({ ok: true });
    expect((await other.documents.get('vog'))!.detailsHistory).toEqual((await db.documents.get('vog'))!.detailsHistory);
    other.close();
    db.close();
  });

  it('refuses bad input and leaves the document untouched', async () => {
    const name = dbName();
    await seedV2(name);
    const db = new KwaliteitsmapDb(name);
    await db.open();
    const before = await db.documents.get('polis');
    await expect(updateDocumentDetails(db, 'polis', { evidenceType: 'aansprakelijkheidsverzekering', title: 'Polis', issueDate: '2027-01-01', validUntil: '2026-12-31', details: {} })).rejects.toThrow(/toekomst|vóór de afgiftedatum/);
    await expect(updateDocumentDetails(db, 'polis', { evidenceType: 'bestaat-niet', title: 'Polis', details: {} })).rejects.toThrow('Kies de soort bewijs.');
    await expect(updateDocumentDetails(db, 'weg', { evidenceType: 'aansprakelijkheidsverzekering', title: 'Polis', details: {} })).rejects.toThrow('bestaat niet meer');
    expect(await db.documents.get('polis')).toEqual(before);
    db.close();
  });
});

describe('backups made before schema v3', () => {
  it('a version-2 backup restores through the v3 upgrade, with every document and an empty history', async () => {
    const { buildBackupBytes } = await import('../../../shared/backup');
    const { sampleData, sourceOf } = await import('../backup/sample-data');
    const data = await sampleData('B');
    // A real version-2 backup has none of the tables added later.
    delete data.tables.authoringAnswers;
    delete data.tables.userKaders;
    delete data.tables.opdrachtgevers;
    const { bytes } = await buildBackupBytes(sourceOf(data, { schemaVersion: 2 }));
    const db = new KwaliteitsmapDb(dbName());
    await db.open();
    const result = await restoreBackup(db, bytes);
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    const docs = await db.documents.orderBy('id').toArray();
    expect(docs.map((d) => d.id)).toEqual(data.tables.documents.map((d) => d.id).sort());
    for (const d of docs) expect(d.detailsHistory).toEqual([]);
    db.close();
  });
});
