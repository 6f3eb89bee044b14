import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { DB_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { exportBackup, restoreBackup, SCHEMAS_BY_VERSION } from '../../../renderer/src/db/backup-io';
import { buildBackupBytes } from '../../../shared/backup';
import { sha256Hex } from '../../../shared/files';
import { createIncrementalHasher, crc32Of } from '../../../shared/files/parts-hash';
import { buildCorpus, makePdf } from '../../fixtures/malformed/generate';
import { sampleData, sourceOf, type SampleData } from './sample-data';
import { editJson, rewriteBackup } from './zip-tools';

let db: KwaliteitsmapDb;
beforeEach(async () => {
  db = new KwaliteitsmapDb(`backup-io-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function seed(target: KwaliteitsmapDb, data: SampleData): Promise<void> {
  await target.transaction('rw', target.tables, async () => {
    await target.organisation.bulkAdd(data.tables.organisation);
    await target.people.bulkAdd(data.tables.people);
    await target.documents.bulkAdd(data.tables.documents);
    await target.assessments.bulkAdd(data.tables.assessments);
    await target.customRequirements.bulkAdd(data.tables.customRequirements);
    await target.contents.bulkAdd(data.contents.map((c) => ({ id: c.id, data: new Blob([c.bytes as Uint8Array<ArrayBuffer>], { type: c.mimeType }) })));
  });
}

/** Everything in the database, with contents as hash + type, for exact comparison. */
async function dump(target: KwaliteitsmapDb) {
  const contents = await target.contents.toArray();
  return {
    organisation: await target.organisation.toArray(),
    people: await target.people.orderBy('id').toArray(),
    documents: await target.documents.orderBy('id').toArray(),
    assessments: await target.assessments.toArray(),
    customRequirements: await target.customRequirements.toArray(),
    contents: await Promise.all(
      contents.map(async (c) => ({ id: c.id, type: c.data.type, size: c.data.size, sha256: await sha256Hex(new Uint8Array(await c.data.arrayBuffer())) })),
    ),
  };
}

async function exportBytes(target: KwaliteitsmapDb): Promise<Uint8Array> {
  const { blob } = await exportBackup(target, { appVersion: '0.1.0', createdAt: '2025-06-01T12:00:00.000Z', foldBytes: 100_000 });
  return new Uint8Array(await blob.arrayBuffer());
}

describe('backup and restore through the database', () => {
  it('round trip: backup → wipe → restore gives every record and every byte back', async () => {
    const data = await sampleData();
    await seed(db, data);
    const before = await dump(db);
    const bytes = await exportBytes(db);

    db.close();
    await Dexie.delete(db.name);
    db = new KwaliteitsmapDb(db.name);
    expect(await db.documents.count()).toBe(0);

    const result = await restoreBackup(db, bytes);
    // The sample's "groot" document is random bytes recorded as a PDF: the restore's re-check (issue #14) flags
    // it, and still restores every record and byte unchanged.
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toEqual([expect.stringContaining('Controle van ‘Document groot-A’')]);
    const after = await dump(db);
    expect(after).toEqual(before);
    for (const c of data.contents) {
      expect(after.contents.find((x) => x.id === c.id)!.sha256).toBe(await sha256Hex(c.bytes));
      // Restored with the CRC-32 the pack's ZIP uses, tied to the same SHA-256 (as an import stores it).
      const crc = await createIncrementalHasher('crc32');
      expect((await db.contents.get(c.id))!.crc32).toEqual({ sha256: await sha256Hex(c.bytes), value: crc32Of(crc, c.bytes) });
    }
    expect(((await db.people.get('p1-A')) as unknown as Record<string, unknown>).phone).toBe('06-12345678');
  });

  it('restore replaces the current data completely', async () => {
    await seed(db, await sampleData('A'));
    const backupOfA = await exportBytes(db);
    const other = new KwaliteitsmapDb(`other-${Math.random()}`);
    await seed(other, await sampleData('B'));
    const expected = await dump(other);
    const backupOfB = await exportBytes(other);
    other.close();
    await Dexie.delete(other.name);

    expect((await restoreBackup(db, backupOfB)).ok).toBe(true);
    expect(await dump(db)).toEqual(expected);
    expect(await db.people.get('p1-A')).toBeUndefined();
    expect((await restoreBackup(db, backupOfA)).ok).toBe(true);
    expect(await db.people.get('p1-B')).toBeUndefined();
  });

  it('damaged backups are refused and the data stays exactly as it was', async () => {
    await seed(db, await sampleData());
    const before = await dump(db);
    const good = await exportBytes(db);
    const tampered = good.slice();
    tampered[Math.floor(good.length / 3)]! ^= 0x55;
    const damaged: [string, Uint8Array][] = [
      ['truncated', good.slice(0, good.length - 100)],
      ['truncated-half', good.slice(0, good.length / 2)],
      ['tampered', tampered],
      ['no-manifest', await rewriteBackup(good, (e) => void delete e['manifest.json'])],
      ['edited', await rewriteBackup(good, (e) => editJson(e, 'data.json', (d) => (d.tables.people = [])))],
      ['newer', (await buildBackupBytes(sourceOf(await sampleData('N'), { schemaVersion: DB_SCHEMA_VERSION + 1 }))).bytes],
      ['empty', new Uint8Array(0)],
    ];
    for (const c of await buildCorpus()) damaged.push([`corpus ${c.name}`, c.bytes]);
    for (const [name, bytes] of damaged) {
      const result = await restoreBackup(db, bytes);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message, name).toMatch(/niet veranderd|Werk de app/);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a failure during the write rolls everything back', async () => {
    await seed(db, await sampleData('A'));
    const before = await dump(db);
    const other = new KwaliteitsmapDb(`other-${Math.random()}`);
    await seed(other, await sampleData('B'));
    const backupOfB = await exportBytes(other);
    other.close();
    await Dexie.delete(other.name);

    const result = await restoreBackup(db, backupOfB, {
      onBeforeCommit: () => {
        throw new DOMException('disk full', 'QuotaExceededError');
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    if (!result.ok) expect(result.message).toMatch(/opslagruimte/);
    expect(await dump(db)).toEqual(before);
  });

  it('a document that does not read back correctly after the write puts the previous data back', async () => {
    await seed(db, await sampleData('A'));
    const before = await dump(db);
    const other = new KwaliteitsmapDb(`other-${Math.random()}`);
    await seed(other, await sampleData('B'));
    const backupOfB = await exportBytes(other);
    other.close();
    await Dexie.delete(other.name);

    // Simulates Chromium losing a Blob while reporting success (issue 9).
    const result = await restoreBackup(db, backupOfB, {
      onBeforeCommit: async (target) => {
        await target.contents.put({ id: 'bhv-B', data: new Blob([new Uint8Array(10)]) });
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'verify-failed' });
    if (!result.ok) expect(result.message).toContain('Je vorige gegevens zijn teruggezet');
    expect(await dump(db)).toEqual(before);
  });

  it('an older backup is migrated with the real Dexie upgrades before it replaces anything', async () => {
    await seed(db, await sampleData('A'));
    const pdf = await makePdf(1);
    const sha = await sha256Hex(pdf);
    // A schema-1 backup: documents without versionGroup/links, people without roles, no customRequirements.
    const data = {
      format: 'kwaliteitsmap-backup',
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.0.9',
      createdAt: '2024-01-01T00:00:00.000Z',
      tables: {
        organisation: [],
        people: [{ id: 'oud-1', name: 'Piet', kind: 'medewerker', startDate: '2019-01-01', clientContact: true, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }],
        documents: [
          {
            id: 'oud-doc', evidenceType: 'vog', personId: 'oud-1', title: 'Oude VOG', fileName: 'vog.pdf', mimeType: 'application/pdf',
            fileKind: 'pdf', mergeable: true, size: pdf.length, sha256: sha, issueDate: '2023-05-01', createdAt: '2024-01-01T00:00:00Z',
          },
        ],
        assessments: [],
      },
      contents: [{ id: 'oud-doc', entry: 'documents/oud-doc', mimeType: 'application/pdf', size: pdf.length }],
    };
    const dataBytes = strToU8(JSON.stringify(data));
    const manifest = {
      format: 'kwaliteitsmap-backup', formatVersion: 1, algorithm: 'SHA-256',
      entries: [
        { name: 'documents/oud-doc', size: pdf.length, sha256: sha },
        { name: 'data.json', size: dataBytes.length, sha256: await sha256Hex(dataBytes) },
      ],
    };
    const zip = zipSync({ 'documents/oud-doc': [pdf, { level: 0 }], 'data.json': dataBytes, 'manifest.json': strToU8(JSON.stringify(manifest)) });

    const result = await restoreBackup(db, zip);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(await db.documents.toArray()).toEqual([{ ...data.tables.documents[0], versionGroup: 'oud-doc', links: [], details: {}, detailsHistory: [] }]);
    expect(await db.people.toArray()).toEqual([{ ...data.tables.people[0], roles: [], functionTitle: '' }]);
    expect(await db.customRequirements.count()).toBe(0);
    expect(await db.organisation.count()).toBe(0);
    const content = await db.contents.get('oud-doc');
    expect(await sha256Hex(new Uint8Array(await content!.data.arrayBuffer()))).toBe(sha);
    // The temporary migration database is gone.
    const names = await Dexie.getDatabaseNames();
    expect(names.filter((n) => n.includes('-restore-'))).toEqual([]);
  });

  it('knows the store layout of every schema version the database declares', () => {
    // Versions are numbered per branch (v3 and v5 belong to other changes), so check what the class declares.
    const declared = (new KwaliteitsmapDb('versions-probe') as unknown as { _versions: { _cfg: { version: number } }[] })._versions.map((v) => v._cfg.version);
    expect(declared).toContain(DB_SCHEMA_VERSION);
    for (const v of declared) expect(SCHEMAS_BY_VERSION[v], `v${v}`).toBeDefined();
  });
});

describe('restore re-checks every document like an import (issue #14)', () => {
  it('flags a hostile PDF and a polyglot recorded as something else, and restores them unchanged', async () => {
    const { makeHostilePdf, makePolyglot } = await import('../../fixtures/hostile/make-hostile');
    const data = await sampleData();
    const hostile = await makeHostilePdf();
    const polyglot = await makePolyglot();
    const base = data.tables.documents[0]!;
    const add = async (id: string, bytes: Uint8Array, fileKind: 'pdf' | 'other', fileName: string) => {
      data.tables.documents.push({ ...base, id, title: id, fileName, fileKind, versionGroup: id, size: bytes.length, sha256: await sha256Hex(bytes) } as never);
      data.contents.push({ id, mimeType: 'application/pdf', bytes });
    };
    delete (base as { supersededBy?: string }).supersededBy;
    await add('hostile', hostile, 'pdf', 'klachtenregeling.pdf');
    await add('poly', polyglot, 'other', 'klachtenregeling.html');
    const { bytes } = await buildBackupBytes(sourceOf(data, { schemaVersion: DB_SCHEMA_VERSION }));
    const result = await restoreBackup(db, bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.find((w) => w.includes('‘hostile’'))).toContain('actieve inhoud');
    expect(result.warnings.find((w) => w.includes('‘poly’'))).toContain('PDF');
    expect(await db.documents.get('hostile')).toMatchObject({ sha256: await sha256Hex(hostile) });
  });
});
