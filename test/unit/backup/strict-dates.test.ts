/** Issue #14: every date and timestamp in a backup is validated strictly, so none can blank a screen later. */
import { describe, expect, it } from 'vitest';
import { buildBackupBytes, parseBackup, validateTables } from '../../../shared/backup';
import { badDateBackup } from '../../fixtures/hostile/bombs';
import { sampleData, sourceOf } from './sample-data';
import { editJson, rewriteBackup } from './zip-tools';

const parse = (bytes: Uint8Array) => parseBackup(bytes, { currentSchemaVersion: 2 });

describe('strict dates in the backup format', () => {
  it.each(['niet-een-datum!!', '2025-13-01T00:00:00Z', '2025-02-30T10:00:00.000Z', '2025-06-01', '<img src=x onerror=alert(1)>'])(
    'refuses createdAt %s with the Dutch invalid-data message',
    async (createdAt) => {
      const result = await parse(badDateBackup(createdAt));
      expect(result).toMatchObject({ ok: false, code: 'invalid-data' });
      expect(!result.ok && result.message).toContain('niets teruggezet');
    },
  );

  it('accepts what the app writes, with or without an offset', async () => {
    expect((await parse(badDateBackup('2025-06-01T12:00:00.000Z'))).ok).toBe(true);
    expect((await parse(badDateBackup('2025-06-01T14:00:00+02:00'))).ok).toBe(true);
  });

  it('refuses a document whose createdAt or issueDate is not a real date', async () => {
    const { bytes } = await buildBackupBytes(sourceOf(await sampleData()));
    for (const [field, value] of [
      ['createdAt', 'gisteren om tien uur'],
      ['issueDate', '2023-02-29'],
      ['validUntil', '31-12-2025'],
    ] as const) {
      const edited = await rewriteBackup(bytes, (entries) => editJson(entries, 'data.json', (d) => (d.tables.documents[0][field] = value)), { recomputeManifest: true });
      expect(await parse(edited), field).toMatchObject({ ok: false, code: 'invalid-data' });
    }
  });

  it('validateTables checks people and assessments too', async () => {
    const { tables } = await sampleData();
    const people = tables.people.map((p, i) => (i === 0 ? { ...p, startDate: '2024-02-30' } : p));
    expect(validateTables({ ...tables, people })).toMatchObject({ ok: false, table: 'people' });
  });
});
