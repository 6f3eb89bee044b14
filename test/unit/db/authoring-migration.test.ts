/** Schema v4 (guided documents): real v2 data upgrades untouched, and the answers survive backup and restore. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { DB_SCHEMA_VERSION, SCHEMA_V2 } from '../../../renderer/src/db/schema';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/backup-io';
import { buildBackupBytes } from '../../../shared/backup';
import { sha256Hex } from '../../../shared/files';
import { loadAnswers, saveAnswers } from '../../../renderer/src/db/authoring-store';
import { editJson, rewriteBackup } from '../backup/zip-tools';

const names: string[] = [];
function dbName() {
  const name = `authoring-migration-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const NOW = '2026-11-30T10:00:00.000Z';
const V2_ROWS = {
  organisation: [{ id: 'org', name: 'Zorg met Sanne', kvk: '12345678', profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] }, createdAt: NOW, updatedAt: NOW }],
  people: [{ id: 'p1', name: 'Sanne de Vries', functionTitle: 'Begeleider', roles: ['begeleider'], kind: 'eigenaar', startDate: '2024-01-01', clientContact: true, createdAt: NOW, updatedAt: NOW }],
  documents: [
    {
      id: 'd1', evidenceType: 'meldcode', title: 'Eigen meldcode', fileName: 'meldcode.pdf', mimeType: 'application/pdf', fileKind: 'pdf', mergeable: true,
      size: 3, sha256: '', issueDate: '2026-01-05', details: { owner: 'Sanne' }, links: ['mg-wmo.veiligheid.meldcode'], versionGroup: 'd1', createdAt: NOW,
    },
  ],
  assessments: [{ kaderId: 'mg-wmo', requirementId: 'mg-wmo.veiligheid.meldcode-toepassing', toelichting: 'Besproken in intervisie', updatedAt: NOW }],
  customRequirements: [{ id: 'c1', kaderId: 'mg-wmo', requirement: { id: 'mg-wmo.eigen.x', text: 'Eigen eis' }, createdAt: NOW }],
};
const BYTES = new Uint8Array([37, 80, 68]);

/** Opens the database exactly as version 2 declared it and fills it with v2-shaped rows. */
async function seedV2(name: string) {
  V2_ROWS.documents[0]!.sha256 = await sha256Hex(BYTES);
  const v2 = new Dexie(name);
  v2.version(1).stores({});
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  for (const [table, rows] of Object.entries(V2_ROWS)) await v2.table(table).bulkPut(rows);
  await v2.table('contents').put({ id: 'd1', data: new Blob([BYTES]) });
  v2.close();
}

describe('schema v4: answers to the questionnaires', () => {
  it('upgrades real v2 data without changing a record, and the new table works', async () => {
    const name = dbName();
    await seedV2(name);
    const db = new KwaliteitsmapDb(name);
    await db.open();
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(await db.organisation.toArray()).toEqual(V2_ROWS.organisation);
    expect(await db.people.toArray()).toEqual(V2_ROWS.people);
    // v3 gives every document an empty detail history; nothing else changes.
    expect(await db.documents.toArray()).toEqual(V2_ROWS.documents.map((d) => ({ ...d, detailsHistory: [] })));
    expect(await db.assessments.toArray()).toEqual(V2_ROWS.assessments);
    expect(await db.customRequirements.toArray()).toEqual(V2_ROWS.customRequirements);
    expect(await db.documents.where('links').equals('mg-wmo.veiligheid.meldcode').count()).toBe(1);
    const content = await db.contents.get('d1');
    expect(new Uint8Array(await content!.data.arrayBuffer())).toEqual(BYTES);
    expect(await db.authoringAnswers.count()).toBe(0);

    await saveAnswers(db, 'meldcode', { 'meldcode.overleg': 'Petra' });
    await saveAnswers(db, 'meldcode', { 'meldcode.overleg': 'Petra Jansen', 'meldcode.vastleggen': 'in het dossier' });
    expect(await loadAnswers(db)).toEqual({ 'meldcode.overleg': 'Petra Jansen', 'meldcode.vastleggen': 'in het dossier' });
    db.close();
  });

  it('a v2 backup (no answers table) still restores; a v4 backup keeps the answers', async () => {
    const db = new KwaliteitsmapDb(dbName());
    await db.open();
    V2_ROWS.documents[0]!.sha256 = await sha256Hex(BYTES);
    const v2Backup = await buildBackupBytes({
      appVersion: '0.9.0',
      schemaVersion: 2,
      tables: V2_ROWS as never,
      contents: [{ id: 'd1', mimeType: 'application/pdf' }],
      readContent: async () => BYTES,
    });
    // A real v2 app never wrote the answers table: take it out of data.json as that app would have left it.
    const realV2 = await rewriteBackup(v2Backup.bytes, (e) => editJson(e, 'data.json', (d) => delete d.tables.authoringAnswers), { recomputeManifest: true });
    const restored = await restoreBackup(db, realV2);
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true, migratedFrom: 2 });
    expect(await db.documents.count()).toBe(1);
    expect(await db.authoringAnswers.count()).toBe(0);

    await saveAnswers(db, 'klachten', { 'klachten.functionaris': 'Klachtenportaal Zorg', 'klachten.informeren': ['intake', 'website'] });
    const { blob } = await exportBackup(db, { appVersion: '1.0.0' });
    await db.authoringAnswers.clear();
    const back = await restoreBackup(db, new Uint8Array(await blob.arrayBuffer()));
    expect(back.ok).toBe(true);
    expect(await loadAnswers(db)).toEqual({ 'klachten.functionaris': 'Klachtenportaal Zorg', 'klachten.informeren': ['intake', 'website'] });
    expect(await db.documents.count()).toBe(1);
    db.close();
  });
});
