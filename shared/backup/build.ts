import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sha256Hex } from '../files/sha256';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  backupErrorMessage,
  DATA_ENTRY,
  documentEntryName,
  MANIFEST_ENTRY,
  MAX_BACKUP_BYTES,
  MAX_ZIP_ENTRIES,
  type ContentListing,
  type DataEnvelope,
  type Manifest,
} from './format';
import { countJsonContainers, MAX_DATA_JSON_BYTES, MAX_DOCUMENT_BYTES, MAX_JSON_CONTAINERS, MAX_RECORDS_PER_TABLE } from './limits';
import { TABLE_LABELS, validateTables, type BackupTables, type TableName } from './records';

export interface BackupContentRef {
  /** Same id as the document (contents are keyed by document id). */
  id: string;
  mimeType: string;
}

export interface BackupSource {
  appVersion: string;
  /** The database schema version the tables are in (DB_SCHEMA_VERSION). */
  schemaVersion: number;
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
  tables: BackupTables;
  contents: readonly BackupContentRef[];
  /** Reads one document's bytes. Called once per content, one at a time, so at most one is in flight. */
  readContent(id: string): Promise<Uint8Array>;
}

export interface BuildOptions {
  /**
   * Deflate documents too. Off by default: PDF, JPEG and PNG are already compressed, deflating
   * them costs CPU time for about 1 % (see bench/backup.ts).
   */
  deflateDocuments?: boolean;
}

export interface BackupBuildResult {
  /** Total bytes written to the sink. */
  size: number;
  createdAt: string;
  documentCount: number;
  documentBytes: number;
  /** Dutch notes about the stored data (e.g. a document whose bytes no longer match its hash). */
  warnings: string[];
}

/** Receives the zip in order. May be async; the builder waits for it before reading the next document. */
export type BackupSink = (chunk: Uint8Array) => void | Promise<void>;

const OVER_LIMITS =
  'Er is geen backup gemaakt: er staan meer gegevens of grotere documenten in de app dan een backup kan bevatten. Verwijder oude versies van documenten en probeer het opnieuw. Je gegevens zijn niet veranderd.';

function checkBuildLimits(tables: BackupTables): void {
  for (const [name, rows] of Object.entries(tables)) {
    if ((rows as unknown[]).length > MAX_RECORDS_PER_TABLE) throw new BackupError('too-large', OVER_LIMITS, `${name}: ${(rows as unknown[]).length} records`);
  }
}

/** Zip "DOS" timestamps cannot be before 1980; keep entries' mtime valid for any createdAt. */
function entryTime(createdAt: string): Date {
  const d = new Date(createdAt);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 2)) : d;
}

/**
 * Writes a `.kwaliteitsmap` backup to `sink`, streaming: document bytes are passed through fflate
 * without being copied (stored entries), so memory holds one document plus whatever the sink keeps.
 * Validates every record first, so a backup that was written can always be read back.
 * Throws BackupError (Dutch message) when the data cannot be backed up.
 */
export async function buildBackup(source: BackupSource, sink: BackupSink, options: BuildOptions = {}): Promise<BackupBuildResult> {
  const validation = validateTables(source.tables);
  if (!validation.ok) {
    const label = validation.table === 'tables' ? 'de tabellen' : TABLE_LABELS[validation.table as TableName];
    throw new BackupError(
      'invalid-data',
      `Er is geen backup gemaakt: een opgeslagen gegeven (${label}) heeft een vorm die de app niet terug zou kunnen zetten. Neem contact op; je gegevens zijn niet veranderd.`,
      validation.detail,
    );
  }
  checkBuildLimits(validation.tables);
  // Issue #14: a content row no document refers to (left by an older version) is not carried into the backup.
  const documentIds = new Set(validation.tables.documents.map((d) => d.id));
  const contentsToWrite = source.contents.filter((c) => documentIds.has(c.id));
  const ids = new Set<string>();
  for (const c of contentsToWrite) {
    if (ids.has(c.id)) throw new BackupError('invalid-data', backupErrorMessage('invalid-data', { table: 'documenten' }), `duplicate content ${c.id}`);
    ids.add(c.id);
  }
  if (contentsToWrite.length + 2 > MAX_ZIP_ENTRIES) throw new BackupError('too-large', backupErrorMessage('too-large'), 'too many entries');

  const createdAt = source.createdAt ?? new Date().toISOString();
  const mtime = entryTime(createdAt);
  const pending: Uint8Array[] = [];
  let zipError: Error | undefined;
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else if (chunk) pending.push(chunk);
  });
  const flush = async () => {
    if (zipError) throw zipError;
    while (pending.length > 0) {
      const chunk = pending.shift()!;
      size += chunk.length;
      if (size > MAX_BACKUP_BYTES) throw new BackupError('too-large', backupErrorMessage('too-large'), `over ${MAX_BACKUP_BYTES} bytes`);
      await sink(chunk);
    }
  };
  const manifest: Manifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, algorithm: 'SHA-256', entries: [] };
  const addEntry = async (name: string, bytes: Uint8Array, deflate: boolean) => {
    const sha256 = await sha256Hex(bytes);
    const file = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = mtime;
    zip.add(file);
    file.push(bytes, true);
    await flush();
    manifest.entries.push({ name, size: bytes.length, sha256 });
    return sha256;
  };

  const warnings: string[] = [];
  const listing: ContentListing[] = [];
  const docsById = new Map(validation.tables.documents.map((d) => [d.id, d]));
  let documentBytes = 0;
  for (const content of contentsToWrite) {
    let bytes: Uint8Array;
    try {
      bytes = await source.readContent(content.id);
    } catch (error) {
      throw new BackupError('read-failed', backupErrorMessage('read-failed'), `${content.id}: ${String(error)}`);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) throw new BackupError('too-large', OVER_LIMITS, `${content.id}: ${bytes.length} bytes`);
    const entry = documentEntryName(content.id);
    const sha256 = await addEntry(entry, bytes, options.deflateDocuments === true);
    const doc = docsById.get(content.id);
    if (doc && doc.sha256 !== sha256) {
      warnings.push(`De inhoud van ‘${doc.title}’ komt niet overeen met de controlecode van toen het werd toegevoegd. Controleer dit document.`);
    }
    listing.push({ id: content.id, entry, mimeType: content.mimeType, size: bytes.length });
    documentBytes += bytes.length;
  }
  for (const doc of validation.tables.documents) {
    if (!ids.has(doc.id)) warnings.push(`Van ‘${doc.title}’ is alleen de beschrijving bewaard; het bestand zelf ontbrak al in de app.`);
  }

  const data: DataEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: source.schemaVersion,
    appVersion: source.appVersion,
    createdAt,
    tables: validation.tables as unknown as DataEnvelope['tables'],
    contents: listing,
  };
  const dataBytes = strToU8(JSON.stringify(data));
  // The same caps the restore applies (limits.ts), so every backup written can be read back.
  if (dataBytes.length > MAX_DATA_JSON_BYTES || countJsonContainers(dataBytes, MAX_JSON_CONTAINERS) > MAX_JSON_CONTAINERS) {
    throw new BackupError('too-large', OVER_LIMITS, `data.json ${dataBytes.length} bytes`);
  }
  await addEntry(DATA_ENTRY, dataBytes, true);

  // The manifest covers every other entry; it is written last and is not in itself.
  const manifestFile = new ZipDeflate(MANIFEST_ENTRY, { level: 6 });
  manifestFile.mtime = mtime;
  zip.add(manifestFile);
  manifestFile.push(strToU8(JSON.stringify(manifest)), true);
  zip.end();
  await flush();
  return { size, createdAt, documentCount: listing.length, documentBytes, warnings };
}

/** Convenience for tests and small data: the whole backup as one buffer. */
export async function buildBackupBytes(source: BackupSource, options: BuildOptions = {}): Promise<{ bytes: Uint8Array; result: BackupBuildResult }> {
  const chunks: Uint8Array[] = [];
  const result = await buildBackup(source, (c) => void chunks.push(c), options);
  const bytes = new Uint8Array(result.size);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.length;
  }
  return { bytes, result };
}

/** Suggested file name; ISO date and time so backups sort in order in a folder. */
export function backupFileName(createdAt: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const d = createdAt;
  return `kwaliteitsmap-backup-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.kwaliteitsmap`;
}
