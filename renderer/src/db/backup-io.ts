import {
  backupErrorMessage,
  buildBackup,
  parseBackup,
  TABLE_LABELS,
  validateTables,
  type BackupBuildResult,
  type BackupSummary,
  type BackupTables,
  type AuthoringAnswersData,
  type CustomRequirementData,
  type ParsedBackup,
  type TableName,
} from '../../../shared/backup';
import { recheckDocuments } from '../../../shared/backup/recheck';
import { sha256Hex } from '../../../shared/files/sha256';
import { createIncrementalHasher, crc32Of } from '../../../shared/files/parts-hash';
import { userMessage } from '../../../shared/errors/user-error';
import { KwaliteitsmapDb } from './database';
import { migrateOlder, readAllTables } from './backup-older';
import { RESTORE_UNCHANGED, RestoreRefusal, type RestoreErrorCode } from './restore-refusal';
import { DB_SCHEMA_VERSION, type AuthoringAnswersRow, type CustomRequirementRow, type DocumentContent } from './schema';

export { SCHEMAS_BY_VERSION } from './backup-older';
export type { RestoreErrorCode } from './restore-refusal';

// The backup's custom-requirement record must stay the db row type (compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CUSTOM_REQUIREMENT_ROW_MATCHES: Same<CustomRequirementRow, CustomRequirementData> = true;
export const AUTHORING_ANSWERS_ROW_MATCHES: Same<AuthoringAnswersRow, AuthoringAnswersData> = true;

export interface ExportOptions {
  appVersion: string;
  createdAt?: string;
  /** Parts are folded into one Blob every this many bytes, so document buffers can be freed early. */
  foldBytes?: number;
}

/**
 * Exports every table and every document's bytes as a `.kwaliteitsmap` Blob. Reads one consistent
 * snapshot (one read transaction), then streams the zip; the Blob lets Chromium keep large
 * backups out of the JS heap. Throws BackupError (Dutch message) when it cannot.
 */
export async function exportBackup(db: KwaliteitsmapDb, options: ExportOptions): Promise<{ blob: Blob; result: BackupBuildResult }> {
  const snapshot = await readAllTables(db);
  const blobs = new Map(snapshot.contents.map((c) => [c.id, c.data]));
  const mimeById = new Map(snapshot.documents.map((d) => [d.id, d.mimeType]));
  const { contents, ...tables } = snapshot;

  const foldBytes = options.foldBytes ?? 64 * 1024 * 1024;
  let parts: BlobPart[] = [];
  let unfolded = 0;
  const result = await buildBackup(
    {
      appVersion: options.appVersion,
      schemaVersion: DB_SCHEMA_VERSION,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      tables: tables satisfies BackupTables,
      contents: contents.map((c) => ({ id: c.id, mimeType: c.data.type || mimeById.get(c.id) || 'application/octet-stream' })),
      readContent: async (id) => new Uint8Array(await blobs.get(id)!.arrayBuffer()),
    },
    (chunk) => {
      parts.push(chunk as Uint8Array<ArrayBuffer>);
      unfolded += chunk.length;
      if (unfolded >= foldBytes) {
        parts = [new Blob(parts)];
        unfolded = 0;
      }
    },
  );
  return { blob: new Blob(parts, { type: 'application/zip' }), result };
}

export type RestoreResult =
  | { ok: true; summary: BackupSummary; warnings: string[]; migratedFrom?: number }
  | { ok: false; code: RestoreErrorCode; message: string; detail?: string };

export interface RestoreOptions {
  /**
   * Test seam: runs inside the write transaction after every write. Throwing aborts the
   * transaction (as a full disk would); writing into `db` simulates a store that loses data.
   */
  onBeforeCommit?: (db: KwaliteitsmapDb) => void | Promise<void>;
}

interface Prepared {
  tables: BackupTables;
  contents: DocumentContent[];
  /** SHA-256 each content must have after the write. */
  expected: Map<string, string>;
}

async function prepare(db: KwaliteitsmapDb, backup: ParsedBackup): Promise<Prepared> {
  const expected = new Map(backup.contents.map((c) => [c.id, c.sha256]));
  if (!backup.needsMigration) {
    // Each file's CRC-32 for the pack's ZIP, as an import stores it (DocumentContent.crc32; ~0.5 ms per MB).
    const crc = await createIncrementalHasher('crc32');
    return {
      tables: backup.tables,
      contents: backup.contents.map((c) => ({
        id: c.id,
        data: new Blob([c.bytes as Uint8Array<ArrayBuffer>], { type: c.mimeType }),
        crc32: { sha256: c.sha256, value: crc32Of(crc, c.bytes) },
      })),
      expected,
    };
  }
  const migrated = await migrateOlder(db, backup);
  const valid = validateTables(migrated.raw);
  if (!valid.ok) {
    const table = valid.table === 'tables' ? 'tabellen' : TABLE_LABELS[valid.table as TableName];
    throw new RestoreRefusal('migration-failed', backupErrorMessage('invalid-data', { table }), valid.detail);
  }
  return { tables: valid.tables, contents: migrated.contents, expected };
}

/** Replaces everything in ONE transaction: it all lands, or (on any error) nothing changes. */
async function writeAll(db: KwaliteitsmapDb, p: Prepared, options: RestoreOptions): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.organisation.bulkAdd(p.tables.organisation);
    await db.people.bulkAdd(p.tables.people);
    await db.documents.bulkAdd(p.tables.documents);
    await db.assessments.bulkAdd(p.tables.assessments);
    await db.customRequirements.bulkAdd(p.tables.customRequirements);
    await db.authoringAnswers.bulkAdd(p.tables.authoringAnswers ?? []);
    await db.userKaders.bulkAdd(p.tables.userKaders ?? []);
    await db.opdrachtgevers.bulkAdd(p.tables.opdrachtgevers ?? []);
    await db.contents.bulkAdd(p.contents);
    await options.onBeforeCommit?.(db);
  });
}

/** Reads every content back and compares hashes (Chromium can drop Blobs while reporting success). */
async function verifyContents(db: KwaliteitsmapDb, expected: Map<string, string>): Promise<string[]> {
  const bad: string[] = [];
  for (const [id, sha] of expected) {
    try {
      const row = await db.contents.get(id);
      if (!row || (await sha256Hex(new Uint8Array(await row.data.arrayBuffer()))) !== sha) bad.push(id);
    } catch {
      bad.push(id);
    }
  }
  return bad;
}

/** Parses and fully checks a backup for the confirmation dialog; touches nothing. */
export async function readBackup(bytes: Uint8Array, fileName?: string) {
  const availableBytes = await freeStorageBytes();
  return parseBackup(bytes, { currentSchemaVersion: DB_SCHEMA_VERSION, ...(fileName ? { fileName } : {}), ...(availableBytes !== undefined ? { availableBytes } : {}) });
}

/** Free space for this origin (quota − usage), when the browser says; the restore's documents must fit (issue #14). */
async function freeStorageBytes(): Promise<number | undefined> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    return estimate?.quota !== undefined && estimate.usage !== undefined ? Math.max(0, estimate.quota - estimate.usage) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Restores a backup, replacing all current data. Order: parse and validate everything (and migrate
 * an older backup in a temporary database) → keep a safety copy of the current data → write all
 * tables in one transaction → read every document back and compare SHA-256. If that check fails,
 * the safety copy is written back. Never throws; a refusal leaves the current data as it was.
 */
export async function restoreBackup(db: KwaliteitsmapDb, source: Uint8Array | ParsedBackup, options: RestoreOptions = {}): Promise<RestoreResult> {
  let backup: ParsedBackup;
  if (source instanceof Uint8Array) {
    const parsed = await readBackup(source);
    if (!parsed.ok) return parsed;
    backup = parsed.backup;
  } else {
    backup = source;
  }

  let prepared: Prepared;
  let safety: Prepared;
  const warnings = [...backup.warnings];
  try {
    prepared = await prepare(db, backup);
    // Issue #14: every document's content is checked again like an import, and flagged when it fails.
    const byId = new Map(prepared.contents.map((c) => [c.id, c.data]));
    warnings.push(
      ...(await recheckDocuments(prepared.tables.documents, async (id) => {
        const blob = byId.get(id);
        return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
      })),
    );
    safety = await snapshot(db);
  } catch (error) {
    if (error instanceof RestoreRefusal) return { ok: false, code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
    return { ok: false, code: 'write-failed', message: userMessage(error, `Terugzetten is niet gelukt. ${RESTORE_UNCHANGED}`), detail: String(error) };
  }

  try {
    await writeAll(db, prepared, options);
  } catch (error) {
    // The transaction was aborted, so IndexedDB rolled every change back.
    return {
      ok: false,
      code: 'write-failed',
      message: userMessage(error, `Terugzetten is niet gelukt. ${RESTORE_UNCHANGED}`),
      detail: String(error),
    };
  }

  const bad = await verifyContents(db, prepared.expected);
  if (bad.length === 0) {
    return { ok: true, summary: backup.summary, warnings, ...(backup.needsMigration ? { migratedFrom: backup.schemaVersion } : {}) };
  }
  // Put the previous data back, and check that too.
  try {
    await writeAll(db, safety, {});
    const stillBad = await verifyContents(db, safety.expected);
    if (stillBad.length > 0) throw new Error(`safety copy unreadable: ${stillBad.join(', ')}`);
  } catch (error) {
    return {
      ok: false,
      code: 'verify-failed',
      message:
        'Terugzetten is mislukt en ook je vorige gegevens konden niet volledig worden teruggezet. Sluit de app niet af en maak direct een backup; neem daarna contact op.',
      detail: `restore verify failed for ${bad.join(', ')}; rollback: ${String(error)}`,
    };
  }
  return {
    ok: false,
    code: 'verify-failed',
    message: `Terugzetten is mislukt: ${bad.length} document${bad.length === 1 ? '' : 'en'} kon${bad.length === 1 ? '' : 'den'} na het opslaan niet foutloos worden teruggelezen. Je vorige gegevens zijn teruggezet. Controleer de opslagruimte en probeer het opnieuw.`,
    detail: `verify failed for ${bad.join(', ')}`,
  };
}

/** The current data as a restorable snapshot (Blob handles, no copies of the bytes). */
async function snapshot(db: KwaliteitsmapDb): Promise<Prepared> {
  const s = await readAllTables(db);
  const expected = new Map<string, string>();
  for (const c of s.contents) expected.set(c.id, await sha256Hex(new Uint8Array(await c.data.arrayBuffer())));
  const { contents, ...tables } = s;
  return { tables, contents, expected };
}
