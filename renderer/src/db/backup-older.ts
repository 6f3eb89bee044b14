/**
 * Restoring a backup made by an older version of the app: its records go into a temporary database declared
 * at the backup's schema version, which the app's own Dexie upgrades then bring to the current one.
 */
import Dexie from 'dexie';
import { backupErrorMessage, type OlderBackup } from '../../../shared/backup';
import { KwaliteitsmapDb } from './database';
import { RESTORE_UNCHANGED, RestoreRefusal } from './restore-refusal';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, type DocumentContent } from './schema';

/**
 * Dexie store declarations by schema version, used to rebuild an old database when restoring an
 * older backup. Add every new SCHEMA_Vn here (a test checks 1…DB_SCHEMA_VERSION are present).
 */
export const SCHEMAS_BY_VERSION: Readonly<Record<number, Readonly<Record<string, string>>>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5 };

function dexieOptions(db: Dexie) {
  const o = db._options;
  return { ...(o.indexedDB ? { indexedDB: o.indexedDB } : {}), ...(o.IDBKeyRange ? { IDBKeyRange: o.IDBKeyRange } : {}) };
}

/**
 * Brings an older backup to the current schema with the app's own Dexie upgrade functions:
 * the old records go into a temporary database declared at the backup's version, which is then
 * opened with KwaliteitsmapDb so Dexie runs every upgrade since. The real database is not touched.
 */
export async function migrateOlder(db: KwaliteitsmapDb, backup: OlderBackup): Promise<{ raw: Record<string, unknown>; contents: DocumentContent[] }> {
  const schema = SCHEMAS_BY_VERSION[backup.schemaVersion];
  if (!schema) throw new RestoreRefusal('invalid-data', backupErrorMessage('invalid-data'), `no schema for version ${backup.schemaVersion}`);
  for (const name of Object.keys(backup.rawTables)) {
    if (!(name in schema) || name === 'contents') {
      throw new RestoreRefusal('invalid-data', backupErrorMessage('invalid-data'), `table ${name} not in schema v${backup.schemaVersion}`);
    }
  }
  const tmpName = `${db.name}-restore-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const options = dexieOptions(db);
  const old = new Dexie(tmpName, options);
  old.version(backup.schemaVersion).stores(schema);
  let upgraded: KwaliteitsmapDb | undefined;
  try {
    try {
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [name, rows] of Object.entries(backup.rawTables)) await old.table(name).bulkAdd(rows);
        await old.table('contents').bulkAdd(backup.contents.map((c) => ({ id: c.id, data: new Blob([c.bytes as Uint8Array<ArrayBuffer>], { type: c.mimeType }) })));
      });
    } catch (error) {
      throw new RestoreRefusal('invalid-data', backupErrorMessage('invalid-data'), `old records rejected: ${String(error)}`);
    }
    old.close();
    try {
      upgraded = new KwaliteitsmapDb(tmpName, options);
      await upgraded.open();
      const { contents, ...raw } = await readAllTables(upgraded);
      return { raw, contents };
    } catch (error) {
      throw new RestoreRefusal(
        'migration-failed',
        `Deze backup komt uit een oudere versie van de app en kon niet worden bijgewerkt. ${RESTORE_UNCHANGED}`,
        String(error),
      );
    }
  } finally {
    old.close();
    upgraded?.close();
    await Dexie.delete(tmpName).catch(() => undefined);
    await new Dexie(tmpName, options).delete().catch(() => undefined);
  }
}

/** Every table in one read transaction, so the snapshot is consistent. */
export function readAllTables(db: KwaliteitsmapDb) {
  return db.transaction('r', db.tables, async () => ({
    organisation: await db.organisation.toArray(),
    people: await db.people.toArray(),
    documents: await db.documents.toArray(),
    assessments: await db.assessments.toArray(),
    customRequirements: await db.customRequirements.toArray(),
    authoringAnswers: await db.authoringAnswers.toArray(),
    userKaders: await db.userKaders.toArray(),
    opdrachtgevers: await db.opdrachtgevers.toArray(),
    contents: await db.contents.toArray(),
  }));
}
