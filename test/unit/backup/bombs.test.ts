/**
 * Issue #14: bombs in a backup are refused from their declared sizes and counts, before anything big is
 * inflated, allocated or parsed. Timings and memory are in bench/backup-bombs.ts (figures, not assertions).
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup';
import { countJsonContainers, MAX_JSON_CONTAINERS, MAX_RECORDS_PER_TABLE } from '../../../shared/backup/limits';
import { readZipDirectory, readZipEntry } from '../../../shared/files/zip-directory';
import { documentBomb, jsonBomb, rawZip, deflatedZeros } from '../../fixtures/hostile/bombs';
import { buildBackupBytes } from '../../../shared/backup';
import { sampleData, sourceOf } from './sample-data';

const GiB = 1024 ** 3;
const parse = (bytes: Uint8Array, extra = {}) => parseBackup(bytes, { currentSchemaVersion: 2, ...extra });

describe('document entries', () => {
  it('a document declaring 1 GiB from 8 MiB of zeros is refused before it is inflated', async () => {
    const result = await parse(documentBomb(8 * 1024 * 1024, GiB));
    expect(result).toMatchObject({ ok: false, code: 'over-limits' });
    expect(!result.ok && result.message).toContain('niets teruggezet');
  });

  it('four of them are refused the same way', async () => {
    expect(await parse(documentBomb(1024 * 1024, GiB, 4))).toMatchObject({ ok: false, code: 'over-limits' });
  });

  it('an entry that lies about its size is stopped at the declared size', () => {
    const zip = rawZip([{ name: 'x', data: deflatedZeros(32 * 1024 * 1024), method: 8, size: 1024 }]);
    const [entry] = readZipDirectory(zip);
    expect(() => readZipEntry(zip, entry!, 1024 * 1024)).toThrow(/declared size|cannot be inflated/);
  });

  it('documents larger than the free storage are refused in Dutch', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    const result = await parse(bytes, { availableBytes: 1000 });
    expect(result).toMatchObject({ ok: false, code: 'no-space' });
    expect(!result.ok && result.message).toContain('niet genoeg vrije ruimte');
    expect((await parse(bytes, { availableBytes: 100 * 1024 * 1024 })).ok).toBe(true);
  });
});

describe('data.json', () => {
  it(`a 1,000,000-record JSON bomb is refused by counting, before JSON.parse`, async () => {
    const bomb = jsonBomb(1_000_000, { empty: true });
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const result = await parse(bomb);
    expect(result).toMatchObject({ ok: false, code: 'over-limits' });
    expect(!result.ok && result.detail).toContain(`over ${MAX_JSON_CONTAINERS} objects`);
  });

  it('a table with too many records is refused before its records are validated', async () => {
    const result = await parse(jsonBomb(MAX_RECORDS_PER_TABLE + 1, { empty: true }));
    expect(result).toMatchObject({ ok: false, code: 'over-limits' });
    expect(!result.ok && result.detail).toContain('records');
  });

  it('the container count skips strings and escapes and stops early', () => {
    const text = new TextEncoder().encode('{"a":"{[\\"{","b":[{},[]]}');
    expect(countJsonContainers(text, 100)).toBe(4);
    expect(countJsonContainers(new TextEncoder().encode('['.repeat(50)), 10)).toBe(11);
  });
});

describe('content rows no document refers to', () => {
  it('are neither written into a backup nor restored from one', async () => {
    const data = await sampleData();
    data.contents.push({ id: 'wees', mimeType: 'application/pdf', bytes: new Uint8Array(1000) });
    const { bytes, result } = await buildBackupBytes(sourceOf(data));
    expect(result.documentCount).toBe(data.tables.documents.length);
    const parsed = await parse(bytes);
    expect(parsed.ok && parsed.backup.contents.map((c) => c.id)).not.toContain('wees');
  });
});
