import { strFromU8 } from 'fflate';
import { sha256Hex } from '../files/sha256';
import { readZipDirectory, readZipEntry, ZipReadError, type ZipEntry } from '../files/zip-directory';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupErrorMessage,
  DATA_ENTRY,
  DataEnvelopeSchema,
  DOCUMENT_PREFIX,
  MANIFEST_ENTRY,
  ManifestSchema,
  MAX_ZIP_ENTRIES,
  type BackupErrorCode,
} from './format';
import {
  countJsonContainers,
  documentEntryProblem,
  MAX_DATA_JSON_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_JSON_CONTAINERS,
  MAX_MANIFEST_BYTES,
  MAX_RECORDS_PER_TABLE,
} from './limits';
import { TABLE_LABELS, validateTables, type BackupTables, type TableName } from './records';

export interface BackupContent {
  id: string;
  mimeType: string;
  /** A view into the backup buffer (not a copy): keep the buffer alive until it is stored. */
  bytes: Uint8Array;
  sha256: string;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  organisationName?: string;
  people: number;
  documents: number;
  documentBytes: number;
  assessments: number;
  customRequirements: number;
}

interface ParsedCommon {
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  contents: BackupContent[];
  summary: BackupSummary;
  /** Dutch notes that do not block a restore (e.g. a document without its file). */
  warnings: string[];
}

/** Same schema version as the app: every record is validated. */
export interface CurrentBackup extends ParsedCommon {
  needsMigration: false;
  tables: BackupTables;
}

/**
 * Older schema version: the records are in the old shape. The database layer migrates them with
 * the app's own Dexie upgrade functions and then calls `validateTables` (see renderer/src/db/backup-io.ts).
 */
export interface OlderBackup extends ParsedCommon {
  needsMigration: true;
  rawTables: Record<string, Record<string, unknown>[]>;
}

export type ParsedBackup = CurrentBackup | OlderBackup;

export type BackupParseResult =
  | { ok: true; backup: ParsedBackup }
  | { ok: false; code: BackupErrorCode; message: string; /** English, for logs. */ detail?: string };

export interface ParseOptions {
  /** The app's DB_SCHEMA_VERSION. Newer backups are refused; older ones come back with needsMigration. */
  currentSchemaVersion: number;
  /** The chosen file's name, so a refusal can tell a damaged .kwaliteitsmap file from another file. */
  fileName?: string;
  /** Largest document entry accepted; default MAX_DOCUMENT_BYTES (limits.ts). */
  maxDocumentBytes?: number;
  /** Free storage (navigator.storage.estimate: quota − usage); documents together may not exceed it. */
  availableBytes?: number;
}

class Refusal extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail: string,
    readonly extra: { entry?: string; appVersion?: string; table?: string } = {},
  ) {
    super(detail);
  }
}

function readJson(bytes: Uint8Array, entry: ZipEntry, code: BackupErrorCode): unknown {
  if (entry.size > MAX_MANIFEST_BYTES) throw new Refusal('over-limits', `${entry.name} declares ${entry.size} bytes`, { entry: entry.name });
  try {
    return JSON.parse(strFromU8(readZipEntry(bytes, entry, MAX_MANIFEST_BYTES)));
  } catch (error) {
    if (error instanceof ZipReadError && error.problem === 'truncated') throw new Refusal('truncated', error.message);
    throw new Refusal(code, `${entry.name} is not valid JSON: ${String(error)}`, { entry: entry.name });
  }
}

/** Every declared size against the caps (limits.ts), before a single byte is inflated or allocated. */
function checkDeclaredSizes(entries: readonly ZipEntry[], options: ParseOptions): void {
  let documentBytes = 0;
  for (const entry of entries) {
    if (entry.name === MANIFEST_ENTRY) continue;
    if (!entry.name.startsWith(DOCUMENT_PREFIX)) {
      if (entry.size > MAX_DATA_JSON_BYTES) throw new Refusal('over-limits', `${entry.name} declares ${entry.size} bytes`, { entry: entry.name });
      continue;
    }
    const problem = documentEntryProblem(entry, options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
    if (problem) throw new Refusal('over-limits', `${entry.name}: ${problem}`, { entry: entry.name });
    documentBytes += entry.size;
  }
  if (options.availableBytes !== undefined && documentBytes > options.availableBytes) {
    throw new Refusal('no-space', `documents need ${documentBytes} bytes, ${options.availableBytes} available`);
  }
}

/** Record counts per table, before any record is validated. */
function checkRecordCounts(raw: unknown): void {
  const tables = raw && typeof raw === 'object' ? (raw as { tables?: unknown; contents?: unknown }).tables : undefined;
  const lists = [...(tables && typeof tables === 'object' ? Object.values(tables) : []), (raw as { contents?: unknown } | null)?.contents];
  for (const list of lists) {
    if (Array.isArray(list) && list.length > MAX_RECORDS_PER_TABLE) throw new Refusal('over-limits', `a table holds ${list.length} records`);
  }
}

async function parse(bytes: Uint8Array, options: ParseOptions): Promise<ParsedBackup> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  } catch (error) {
    if (error instanceof ZipReadError) {
      const code = error.problem === 'not-zip' ? 'not-a-backup' : error.problem === 'truncated' ? 'truncated' : 'unreadable';
      throw new Refusal(code, error.message);
    }
    throw error;
  }
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (byName.has(e.name)) throw new Refusal('tampered', `duplicate entry ${e.name}`, { entry: e.name });
    byName.set(e.name, e);
  }
  const manifestEntry = byName.get(MANIFEST_ENTRY);
  const dataEntry = byName.get(DATA_ENTRY);
  if (!manifestEntry) {
    throw new Refusal(dataEntry ? 'manifest-missing' : 'not-a-backup', 'manifest.json missing');
  }
  const manifestResult = ManifestSchema.safeParse(readJson(bytes, manifestEntry, 'tampered'));
  if (!manifestResult.success) {
    throw new Refusal('tampered', `manifest invalid: ${manifestResult.error.issues[0]?.message ?? ''}`, { entry: MANIFEST_ENTRY });
  }
  const manifest = manifestResult.data;
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) throw new Refusal('newer-version', `format ${manifest.formatVersion}`);

  // Every entry (except the manifest) is listed with the right size and hash, and nothing listed is missing.
  const hashes = new Map<string, string>();
  const listed = new Set<string>();
  for (const item of manifest.entries) {
    if (listed.has(item.name)) throw new Refusal('tampered', `manifest lists ${item.name} twice`, { entry: item.name });
    listed.add(item.name);
    const entry = byName.get(item.name);
    if (!entry) throw new Refusal('tampered', `${item.name} listed but missing`, { entry: item.name });
    if (entry.size !== item.size) throw new Refusal('tampered', `${item.name} size ${entry.size} != ${item.size}`, { entry: item.name });
  }
  for (const name of byName.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name)) throw new Refusal('tampered', `${name} not in manifest`, { entry: name });
  }
  checkDeclaredSizes(manifest.entries.map((item) => byName.get(item.name)!), options);
  const data = new Map<string, Uint8Array>();
  // data.json first: it is small, and a JSON bomb is then refused before any document is read.
  const ordered = [...manifest.entries].sort((a, b) => Number(b.name === DATA_ENTRY) - Number(a.name === DATA_ENTRY));
  for (const item of ordered) {
    const entry = byName.get(item.name)!;
    let content: Uint8Array;
    try {
      const isMetadata = !item.name.startsWith(DOCUMENT_PREFIX);
      content = readZipEntry(bytes, entry, isMetadata ? MAX_DATA_JSON_BYTES : (options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES));
    } catch (error) {
      if (error instanceof ZipReadError) {
        throw new Refusal(error.problem === 'truncated' ? 'truncated' : 'tampered', error.message, { entry: item.name });
      }
      throw error;
    }
    const sha256 = await sha256Hex(content);
    if (sha256 !== item.sha256) throw new Refusal('tampered', `${item.name} hash mismatch`, { entry: item.name });
    if (item.name === DATA_ENTRY) {
      const containers = countJsonContainers(content, MAX_JSON_CONTAINERS);
      if (containers > MAX_JSON_CONTAINERS) throw new Refusal('over-limits', `data.json holds over ${MAX_JSON_CONTAINERS} objects`);
    }
    hashes.set(item.name, sha256);
    data.set(item.name, content);
  }

  const dataBytes = data.get(DATA_ENTRY);
  if (!dataBytes) throw new Refusal('not-a-backup', 'data.json missing');
  let rawData: unknown;
  try {
    rawData = JSON.parse(strFromU8(dataBytes));
  } catch (error) {
    throw new Refusal('invalid-data', `data.json: ${String(error)}`);
  }
  checkRecordCounts(rawData);
  if (!rawData || typeof rawData !== 'object' || (rawData as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new Refusal('not-a-backup', 'data.json has no kwaliteitsmap format marker');
  }
  const peek = rawData as { formatVersion?: unknown; schemaVersion?: unknown; appVersion?: unknown };
  const peekVersion = typeof peek.appVersion === 'string' ? peek.appVersion.slice(0, 50) : undefined;
  // Check versions before the full shape: a newer app may have changed the shape.
  if (
    (typeof peek.formatVersion === 'number' && peek.formatVersion > BACKUP_FORMAT_VERSION) ||
    (typeof peek.schemaVersion === 'number' && peek.schemaVersion > options.currentSchemaVersion)
  ) {
    throw new Refusal('newer-version', `schema ${String(peek.schemaVersion)} > ${options.currentSchemaVersion}`, peekVersion ? { appVersion: peekVersion } : {});
  }
  const envelope = DataEnvelopeSchema.safeParse(rawData);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new Refusal('invalid-data', `data.json ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const env = envelope.data;

  const contents: BackupContent[] = [];
  const contentIds = new Set<string>();
  // Issue #14: content no document refers to is checked but not restored (it could never be seen or removed).
  const referenced = new Set((env.tables.documents ?? []).map((d) => d.id));
  for (const c of env.contents) {
    const bytesOf = data.get(c.entry);
    if (!c.entry.startsWith(DOCUMENT_PREFIX) || !bytesOf) throw new Refusal('tampered', `content ${c.id} has no entry`, { entry: c.entry });
    if (bytesOf.length !== c.size) throw new Refusal('tampered', `content ${c.id} size`, { entry: c.entry });
    if (contentIds.has(c.id)) throw new Refusal('invalid-data', `content ${c.id} twice`, { table: TABLE_LABELS.documents });
    contentIds.add(c.id);
    if (!referenced.has(c.id)) continue;
    contents.push({ id: c.id, mimeType: c.mimeType, bytes: bytesOf, sha256: hashes.get(c.entry)! });
  }

  const warnings: string[] = [];
  const documents = env.tables.documents ?? [];
  for (const doc of documents) {
    if (typeof doc.id === 'string' && !contentIds.has(doc.id)) {
      warnings.push(`Van ‘${String(doc.title ?? doc.id)}’ zit alleen de beschrijving in de backup, niet het bestand zelf.`);
    }
  }
  const orgName = env.tables.organisation?.[0]?.name;
  const summary: BackupSummary = {
    createdAt: env.createdAt,
    appVersion: env.appVersion,
    schemaVersion: env.schemaVersion,
    ...(typeof orgName === 'string' ? { organisationName: orgName } : {}),
    people: env.tables.people?.length ?? 0,
    documents: documents.length,
    documentBytes: contents.reduce((n, c) => n + c.bytes.length, 0),
    assessments: env.tables.assessments?.length ?? 0,
    customRequirements: env.tables.customRequirements?.length ?? 0,
  };
  const common = {
    formatVersion: env.formatVersion,
    schemaVersion: env.schemaVersion,
    appVersion: env.appVersion,
    createdAt: env.createdAt,
    contents,
    summary,
    warnings,
  };

  if (env.schemaVersion < options.currentSchemaVersion) {
    return { ...common, needsMigration: true, rawTables: env.tables };
  }
  const tables = validateTables(env.tables);
  if (!tables.ok) {
    throw new Refusal('invalid-data', tables.detail, { table: tables.table === 'tables' ? 'tabellen' : TABLE_LABELS[tables.table as TableName] });
  }
  const contentById = new Map(contents.map((c) => [c.id, c]));
  for (const doc of tables.tables.documents) {
    const c = contentById.get(doc.id);
    if (c && c.sha256 !== doc.sha256) warnings.push(`De inhoud van ‘${doc.title}’ komt niet overeen met de controlecode van toen het werd toegevoegd.`);
  }
  return { ...common, needsMigration: false, tables: tables.tables };
}

/**
 * Reads and checks a `.kwaliteitsmap` file completely (structure, every hash, every record)
 * without touching any stored data. Never throws for bad input: returns a Dutch refusal.
 */
export async function parseBackup(bytes: Uint8Array, options: ParseOptions): Promise<BackupParseResult> {
  try {
    return { ok: true, backup: await parse(bytes, options) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, message: backupErrorMessage(error.code, { ...error.extra, ...(options.fileName ? { fileName: options.fileName } : {}) }), detail: error.detail };
    return {
      ok: false,
      code: 'unreadable',
      message: backupErrorMessage('unreadable'),
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

