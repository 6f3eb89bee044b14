/**
 * Backup build/parse throughput on 500 MB of documents (pure shared/backup code, no database).
 *   npx tsx bench/backup.ts [totalMb=500] [fileMb=2]
 * Documents are generated once and cached under bench/.tmp/backup-docs/ (gitignored). They are
 * random bytes behind a %PDF header: like real scans/photos, incompressible.
 *
 * In Node, Dexie over fake-indexeddb would measure the fake, so the database part is not here.
 * An in-browser restore additionally pays: Blob creation per document, the IndexedDB write of all
 * Blobs in one transaction, and the read-back verification (another SHA-256 pass). See
 * docs/files-and-backup.md for what a Playwright variant should measure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { join } from 'node:path';
import { buildBackup, buildBackupBytes, parseBackup, type BackupSource, type BackupTables } from '../shared/backup';
import { sha256Hex } from '../shared/files';
import type { EvidenceDocument } from '../shared/model';

const totalMb = Number(process.argv[2] ?? 500);
const fileMb = Number(process.argv[3] ?? 2);
const MB = 1024 * 1024;
const dir = join(import.meta.dirname, '.tmp', 'backup-docs');

function ensureDocs(): string[] {
  mkdirSync(dir, { recursive: true });
  const count = Math.ceil(totalMb / fileMb);
  const wanted = Array.from({ length: count }, (_, i) => `doc-${String(i).padStart(4, '0')}-${fileMb}mb.pdf`);
  for (const name of wanted) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).size === fileMb * MB) continue;
    const bytes = new Uint8Array(fileMb * MB);
    randomFillSync(bytes);
    bytes.set(Buffer.from('%PDF-1.7\n'), 0);
    writeFileSync(path, bytes);
  }
  return wanted.map((n) => join(dir, n));
}

async function sourceFor(paths: string[], load: 'eager' | 'lazy'): Promise<BackupSource> {
  const documents: EvidenceDocument[] = [];
  const eager = new Map<string, Uint8Array>();
  for (const [i, path] of paths.entries()) {
    const bytes = new Uint8Array(readFileSync(path));
    const id = `doc-${i}`;
    if (load === 'eager') eager.set(id, bytes);
    documents.push({
      id, evidenceType: 'vog', title: `Document ${i}`, fileName: `doc-${i}.pdf`, mimeType: 'application/pdf', fileKind: 'pdf',
      mergeable: true, size: bytes.length, sha256: await sha256Hex(bytes), details: {}, links: [], versionGroup: id,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
  }
  const tables: BackupTables = { organisation: [], people: [], documents, assessments: [], customRequirements: [], authoringAnswers: [] };
  return {
    appVersion: 'bench', schemaVersion: 2, tables,
    contents: documents.map((d) => ({ id: d.id, mimeType: d.mimeType })),
    // Lazy mirrors the app: each document is read from storage when its turn comes.
    readContent: async (id) => eager.get(id) ?? new Uint8Array(readFileSync(paths[Number(id.slice(4))]!)),
  };
}

const fmt = (bytes: number, ms: number) => `${(bytes / MB / (ms / 1000)).toFixed(0).padStart(5)} MB/s  (${(bytes / MB).toFixed(0)} MB in ${(ms / 1000).toFixed(2)} s)`;
const mem = () => `rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB, arrayBuffers ${(process.memoryUsage().arrayBuffers / MB).toFixed(0)} MB`;

const paths = ensureDocs();
const docBytes = paths.length * fileMb * MB;
console.log(`${paths.length} documents × ${fileMb} MB = ${(docBytes / MB).toFixed(0)} MB (cached in ${dir})`);

// Hashing alone, the floor for both directions (WebCrypto SHA-256 over every byte).
{
  const src = await sourceFor(paths.slice(0, 50), 'eager');
  const t = performance.now();
  let n = 0;
  for (const c of src.contents) {
    const bytes = await src.readContent(c.id);
    await sha256Hex(bytes);
    n += bytes.length;
  }
  console.log(`sha256 only                 ${fmt(n, performance.now() - t)}`);
}

// 1. Build, streaming to a sink that keeps the chunks (what the app folds into a Blob).
{
  const source = await sourceFor(paths, 'lazy');
  const chunks: Uint8Array[] = [];
  const t = performance.now();
  const result = await buildBackup(source, (c) => void chunks.push(c));
  const ms = performance.now() - t;
  console.log(`build (store, streaming)    ${fmt(result.documentBytes, ms)}  → ${(result.size / MB).toFixed(1)} MB zip; ${mem()}`);
  chunks.length = 0;
}

// 2. Build into one buffer, then parse (the restore path before IndexedDB).
let backup: Uint8Array;
{
  const source = await sourceFor(paths, 'eager');
  const t = performance.now();
  backup = (await buildBackupBytes(source)).bytes;
  console.log(`build (store, one buffer)   ${fmt(docBytes, performance.now() - t)}; ${mem()}`);
}
{
  const t = performance.now();
  const parsed = await parseBackup(backup, { currentSchemaVersion: 2 });
  const ms = performance.now() - t;
  if (!parsed.ok) throw new Error(parsed.detail);
  console.log(`parse + verify (restore)    ${fmt(backup.length, ms)}  (${parsed.backup.contents.length} documents, zero-copy views); ${mem()}`);
}

// 3. Deflating documents: what it would cost and gain (on 50 MB).
{
  const subset = paths.slice(0, Math.max(1, Math.floor(50 / fileMb)));
  const source = await sourceFor(subset, 'eager');
  const bytes = subset.length * fileMb * MB;
  let t = performance.now();
  const stored = await buildBackupBytes(source);
  const storeMs = performance.now() - t;
  t = performance.now();
  const deflated = await buildBackupBytes(source, { deflateDocuments: true });
  const deflateMs = performance.now() - t;
  console.log(`store   (50 MB subset)      ${fmt(bytes, storeMs)} → ${(stored.bytes.length / MB).toFixed(2)} MB`);
  console.log(`deflate (50 MB subset)      ${fmt(bytes, deflateMs)} → ${(deflated.bytes.length / MB).toFixed(2)} MB`);
}
console.log(`node ${process.version}; files in ${dir}: ${readdirSync(dir).length}`);
