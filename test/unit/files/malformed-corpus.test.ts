import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, validateImport, type ImportCheck } from '../../../shared/files';
import { makePdf, readCorpus, writeCorpus, type CorpusCase } from '../../fixtures/malformed/generate';

/** A bound on each check: not a performance figure, a guard that nothing loops forever. */
const HANG_LIMIT_MS = 15_000;

function outcome(r: ImportCheck): string {
  if (!r.ok) return r.code;
  if (!r.mergeable) return 'accept-not-mergeable';
  return r.note ? 'accept-with-note' : 'accept';
}

describe('malformed corpus', () => {
  let dir: string;
  let cases: CorpusCase[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kwaliteitsmap-malformed-'));
    cases = await writeCorpus(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validateImport never throws, never hangs, always answers in Dutch, and changes nothing', async () => {
    const files = readCorpus(dir);
    expect(files.length).toBe(cases.length);
    expect(files.length).toBeGreaterThan(150);
    const stored = await makePdf(1, { label: 'opgeslagen' });
    const storedHash = await sha256Hex(stored);
    const existingHashes = new Map([[storedHash, { id: 'keep', title: 'Opgeslagen document' }]]);
    const existingBefore = JSON.stringify([...existingHashes]);
    const mismatches: string[] = [];

    for (const file of files) {
      const before = await sha256Hex(file.bytes);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const result = await Promise.race([
        validateImport({ bytes: file.bytes, name: file.name, existingHashes }),
        new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_LIMIT_MS))),
      ]);
      clearTimeout(timer);
      expect(result, file.name).not.toBe('hang');
      const r = result as ImportCheck;
      expect(typeof r.ok, file.name).toBe('boolean');
      if (!r.ok) {
        expect(r.code, file.name).not.toBe('internal');
        // Dutch, addressed to the user, naming the file.
        expect(r.message, file.name).toMatch(/[‘’]/);
        expect(r.message, file.name).toMatch(/\b(is|heet|staat|kon)\b/);
        expect(r.message, file.name).not.toMatch(/undefined|Error|NaN|\[object/);
      } else if (r.note) {
        expect(r.note, file.name).not.toMatch(/undefined|Error|NaN/);
      }
      expect(await sha256Hex(file.bytes), `${file.name} bytes changed`).toBe(before);
      const expected = cases.find((c) => c.name === file.name)!.expect;
      if (expected !== 'any' && outcome(r) !== expected) mismatches.push(`${file.name}: expected ${expected}, got ${outcome(r)}`);
    }
    expect(mismatches).toEqual([]);
    expect(JSON.stringify([...existingHashes])).toBe(existingBefore);
    expect(await sha256Hex(stored)).toBe(storedHash);
  });
});
