import { describe, expect, it } from 'vitest';
import {
  BackupError,
  buildBackup,
  buildBackupBytes,
  parseBackup,
  type BackupParseResult,
  type CurrentBackup,
} from '../../../shared/backup';
import { readZipDirectory } from '../../../shared/files/zip-directory';
import { sha256Hex } from '../../../shared/files';
import { makeDocx, randomBytes } from '../../fixtures/malformed/generate';
import { sampleData, sourceOf } from './sample-data';
import { editJson, rewriteBackup } from './zip-tools';

const CURRENT = { currentSchemaVersion: 2 };

function refusedWith(result: BackupParseResult, code: string) {
  if (result.ok) throw new Error(`expected refusal ${code}, got ok`);
  expect(result.code).toBe(code);
  expect(result.message).toMatch(/niet|geen/);
  return result;
}
function current(result: BackupParseResult): CurrentBackup {
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  if (result.backup.needsMigration) throw new Error('unexpected migration');
  return result.backup;
}

describe('backup format', () => {
  it('round-trips every record and every document byte for byte', async () => {
    const data = await sampleData();
    const { bytes, result } = await buildBackupBytes(sourceOf(data));
    expect(result).toMatchObject({ documentCount: 6, warnings: [], size: bytes.length });
    const backup = current(await parseBackup(bytes, CURRENT));
    expect(backup.tables).toEqual(data.tables);
    expect((backup.tables.people[0] as unknown as Record<string, unknown>).phone).toBe('06-12345678');
    expect(backup.contents.map((c) => c.id)).toEqual(data.contents.map((c) => c.id));
    for (const c of data.contents) {
      const back = backup.contents.find((x) => x.id === c.id)!;
      expect(back.mimeType).toBe(c.mimeType);
      expect(await sha256Hex(back.bytes)).toBe(await sha256Hex(c.bytes));
    }
    expect(backup.summary).toMatchObject({ organisationName: 'Zorg A B.V.', people: 2, documents: 6, assessments: 3, customRequirements: 1, schemaVersion: 2 });
    expect(backup.warnings).toEqual([]);
  });

  it('stores documents without compression and deflates data.json; the manifest is last', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    const entries = readZipDirectory(bytes);
    expect(entries.at(-1)!.name).toBe('manifest.json');
    for (const e of entries) expect(e.method, e.name).toBe(e.name.startsWith('documents/') ? 0 : 8);
  });

  it('streams: one document in flight, chunks handed to the sink in order', async () => {
    const data = await sampleData();
    let inFlight = 0;
    let maxInFlight = 0;
    const chunks: Uint8Array[] = [];
    const source = sourceOf(data);
    const read = source.readContent;
    source.readContent = async (id) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return read(id);
    };
    const result = await buildBackup(source, async (c) => {
      await new Promise((r) => setTimeout(r, 0));
      chunks.push(c);
    });
    expect(maxInFlight).toBe(1);
    expect(chunks.length).toBeGreaterThan(data.contents.length);
    const joined = new Uint8Array(result.size);
    let o = 0;
    for (const c of chunks) joined.set(c, (o += c.length) - c.length);
    expect(current(await parseBackup(joined, CURRENT)).tables.documents).toHaveLength(6);
  });

  it('refuses to build a backup it could not restore', async () => {
    const data = await sampleData();
    (data.tables.people[0] as unknown as Record<string, unknown>).kind = 'baas';
    const error = await buildBackupBytes(sourceOf(data)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('invalid-data');
    expect((error as BackupError).message).toContain('personeel');
  });

  it('warns when a stored document no longer matches its hash, or has no bytes', async () => {
    const data = await sampleData();
    data.tables.documents[2]!.sha256 = '0'.repeat(64);
    const missing = data.contents.pop()!;
    const { result } = await buildBackupBytes(sourceOf(data));
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings.join(' ')).toContain(`Document diploma-A`);
    expect(result.warnings.join(' ')).toContain(`Document ${missing.id}`);
  });
});

describe('damaged backups are refused with a Dutch reason', () => {
  it('not a zip, or a zip that is not a backup', async () => {
    refusedWith(await parseBackup(randomBytes(10_000, 7), CURRENT), 'not-a-backup');
    refusedWith(await parseBackup(new Uint8Array(0), CURRENT), 'not-a-backup');
    refusedWith(await parseBackup(makeDocx(), CURRENT), 'not-a-backup');
  });

  it('truncated anywhere', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    for (const frac of [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999]) {
      const r = await parseBackup(bytes.slice(0, Math.floor(bytes.length * frac)), CURRENT);
      expect(r.ok, `cut at ${frac}`).toBe(false);
      if (!r.ok) expect(r.code, `cut at ${frac}`).toBe('truncated');
    }
  });

  it('tampered: a changed byte inside a stored document', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    const doc = readZipDirectory(bytes).find((e) => e.name === 'documents/groot-A')!;
    const changed = bytes.slice();
    changed[doc.localHeaderOffset + 30 + 'documents/groot-A'.length + 1000]! ^= 0xff;
    const r = refusedWith(await parseBackup(changed, CURRENT), 'tampered');
    expect(r.message).toContain('documents/groot-A');
  });

  it('tampered: a record edited after the backup was made', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    const edited = await rewriteBackup(bytes, (e) => editJson(e, 'data.json', (d) => (d.tables.people[0].name = 'Iemand anders')));
    refusedWith(await parseBackup(edited, CURRENT), 'tampered');
  });

  it('tampered: an entry added or removed', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    refusedWith(await parseBackup(await rewriteBackup(bytes, (e) => void (e['documents/extra'] = new Uint8Array([1]))), CURRENT), 'tampered');
    refusedWith(await parseBackup(await rewriteBackup(bytes, (e) => void delete e['documents/bhv-A']), CURRENT), 'tampered');
  });

  it('manifest missing', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    refusedWith(await parseBackup(await rewriteBackup(bytes, (e) => void delete e['manifest.json']), CURRENT), 'manifest-missing');
  });

  it('invalid records, even with a consistent manifest', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    const bad = await rewriteBackup(bytes, (e) => editJson(e, 'data.json', (d) => (d.tables.documents[0].size = 'groot')), { recomputeManifest: true });
    const r = refusedWith(await parseBackup(bad, CURRENT), 'invalid-data');
    expect(r.message).toContain('documenten');
    const dup = await rewriteBackup(bytes, (e) => editJson(e, 'data.json', (d) => d.tables.people.push(d.tables.people[0])), { recomputeManifest: true });
    refusedWith(await parseBackup(dup, CURRENT), 'invalid-data');
  });

  it('newer schema version: refused; older: returned for migration', async () => {
    const data = await sampleData();
    const { bytes: newer } = await buildBackupBytes(sourceOf(data, { schemaVersion: 3, appVersion: '0.9.0' }));
    const r = refusedWith(await parseBackup(newer, CURRENT), 'newer-version');
    expect(r.message).toContain('0.9.0');
    const { bytes } = await buildBackupBytes(sourceOf(data));
    const older = await parseBackup(bytes, { currentSchemaVersion: 3 });
    expect(older.ok && older.backup.needsMigration && older.backup.schemaVersion).toBe(2);
  });
});
