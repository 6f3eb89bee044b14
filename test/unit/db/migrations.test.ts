import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { DB_SCHEMA_VERSION, SCHEMA_V1 } from '../../../renderer/src/db/schema';

const names: string[] = [];
function dbName() {
  const name = `migration-test-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Opens the database exactly as version 1 of the app declared it, and fills it with v1-shaped rows. */
async function seedV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('organisation').put({ id: 'org', name: 'Oud BV', profile: { kind: 'zzp', staffCount: 1, services: [], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] } });
  await v1.table('people').put({ id: 'p1', name: 'Piet', kind: 'medewerker', startDate: '2024-01-01', clientContact: true });
  await v1.table('documents').bulkPut([
    { id: 'd1', evidenceType: 'vog', personId: 'p1', title: 'VOG', sha256: 'aa', size: 3, fileName: 'vog.pdf' },
    { id: 'd2', evidenceType: 'meldcode', title: 'Meldcode', sha256: 'bb', size: 3, fileName: 'm.pdf', details: { reviewMonths: 12 } },
  ]);
  await v1.table('contents').bulkPut([
    { id: 'd1', data: new Blob([new Uint8Array([1, 2, 3])]) },
    { id: 'd2', data: new Blob([new Uint8Array([4, 5, 6])]) },
  ]);
  await v1.table('assessments').put({ kaderId: 'mg-wmo', requirementId: 'x', toelichting: 'zo' });
  v1.close();
}

describe('database migrations', () => {
  it('upgrades real version-1 data to the current version without losing anything', async () => {
    const name = dbName();
    await seedV1(name);

    const db = new KwaliteitsmapDb(name);
    await db.open();
    expect(db.verno).toBe(DB_SCHEMA_VERSION);

    const docs = await db.documents.orderBy('id').toArray();
    expect(docs.map((d) => [d.id, d.versionGroup, d.links])).toEqual([
      ['d1', 'd1', []],
      ['d2', 'd2', []],
    ]);
    expect(docs[1]!.details).toEqual({ reviewMonths: 12 });
    expect(docs[0]!.details).toEqual({});
    // New indexes work on migrated rows.
    expect(await db.documents.where('versionGroup').equals('d2').count()).toBe(1);

    const person = await db.people.get('p1');
    expect(person).toMatchObject({ name: 'Piet', roles: [], functionTitle: '' });
    expect(await db.organisation.get('org')).toMatchObject({ name: 'Oud BV' });
    expect(await db.assessments.get(['mg-wmo', 'x'])).toMatchObject({ toelichting: 'zo' });
    const content = await db.contents.get('d1');
    expect(new Uint8Array(await content!.data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await db.customRequirements.count()).toBe(0);
    db.close();
  });

  it('opens an empty database at the current version', async () => {
    const db = new KwaliteitsmapDb(dbName());
    await db.open();
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['assessments', 'authoringAnswers', 'contents', 'customRequirements', 'documents', 'opdrachtgevers', 'organisation', 'people', 'userKaders'].sort(),
    );
    db.close();
  });
});
