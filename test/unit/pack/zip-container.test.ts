/**
 * The ZIP made of references (shared/pack/zip-container.ts): read back by fflate, Info-ZIP's `unzip -t` and
 * Python's zipfile, with and without ZIP64 fields, and every byte where it should be.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createIncrementalHasher, crc32Of } from '../../../shared/files/parts-hash';
import { ZipComposer, zipBytes, type ZipEntrySpec } from '../../../shared/pack/zip-container';

const unzipMissing = spawnSync('unzip', ['-v']).error !== undefined;
const pythonMissing = spawnSync('python3', ['--version']).error !== undefined;
const dir = mkdtempSync(join(tmpdir(), 'zip-container-'));
// Local time, as ZIP tools read the MS-DOS fields back.
const mtime = new Date(2026, 11, 2, 10, 30, 44);

const crc32 = async (bytes: Uint8Array): Promise<number> => crc32Of(await createIncrementalHasher('crc32'), bytes);

function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const pdf = pseudoRandom(300_000, 1);
const photo = pseudoRandom(70_000, 2);
const text = new TextEncoder().encode('{"format":"test"}\n'.repeat(500));

async function entries(): Promise<ZipEntrySpec[]> {
  return [
    // A stored file taken as it is (a Blob), a file in memory in two parts, and a deflated one.
    { path: 'bewijspakket.pdf', mtime, method: 0, crc32: await crc32(pdf), size: pdf.length, data: [new Blob([pdf as Uint8Array<ArrayBuffer>])] },
    { path: 'bijlagen/Cliëntgerichtheid 15/foto één.jpg', mtime, method: 0, crc32: await crc32(photo), size: photo.length, data: [photo.subarray(0, 1000), photo.subarray(1000)] },
    { path: 'manifest.json', mtime, method: 8, crc32: await crc32(text), size: text.length, data: [deflateSync(text)] },
  ];
}

function python(zipPath: string): { ok: boolean; names: string[]; dates: number[][]; utf8: boolean[]; sizes: number[] } {
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'bad = z.testzip()',
    'infos = z.infolist()',
    'print(json.dumps({"ok": bad is None, "names": [i.filename for i in infos], "dates": [list(i.date_time) for i in infos],',
    '  "utf8": [bool(i.flag_bits & 0x800) for i in infos], "sizes": [i.file_size for i in infos]}))',
  ].join('\n');
  return JSON.parse(spawnSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }).stdout);
}

describe('ZIP made of references', () => {
  for (const zip64 of [false, true]) {
    describe(zip64 ? 'with ZIP64 fields (as for files over 4 GB)' : 'plain', () => {
      it('holds the given parts themselves, and its size is what it says', async () => {
        const specs = await entries();
        const composer = new ZipComposer({ zip64 });
        for (const spec of specs) composer.add(spec);
        const { parts, size } = composer.finish();
        expect(parts).toContain(specs[0]!.data[0]);
        expect(parts).toContain(specs[1]!.data[1]);
        const bytes = await zipBytes(parts);
        expect(bytes.length).toBe(size);
        const files = unzipSync(bytes);
        expect(files['bewijspakket.pdf']).toEqual(pdf);
        expect(files['bijlagen/Cliëntgerichtheid 15/foto één.jpg']).toEqual(photo);
        expect(files['manifest.json']).toEqual(text);
        writeFileSync(join(dir, `t${zip64 ? 64 : 32}.zip`), bytes);
        // Version needed: 4.5 for ZIP64 (APPNOTE §4.4.3.2), 2.0 otherwise.
        expect(bytes[4]).toBe(zip64 ? 45 : 20);
      });

      it.skipIf(unzipMissing)('passes `unzip -t` (every CRC-32 and size checked)', () => {
        const r = spawnSync('unzip', ['-tq', join(dir, `t${zip64 ? 64 : 32}.zip`)], { encoding: 'utf8' });
        expect(r.stdout).toContain('No errors detected');
        expect(r.status).toBe(0);
      });

      it.skipIf(pythonMissing)("reads back in Python's zipfile with names, dates and sizes", () => {
        const z = python(join(dir, `t${zip64 ? 64 : 32}.zip`));
        expect(z.ok).toBe(true);
        expect(z.names).toEqual(['bewijspakket.pdf', 'bijlagen/Cliëntgerichtheid 15/foto één.jpg', 'manifest.json']);
        // MS-DOS time has two-second steps.
        expect(z.dates[0]).toEqual([2026, 12, 2, 10, 30, 44]);
        // The UTF-8 flag only on the name that needs it.
        expect(z.utf8).toEqual([false, true, false]);
        expect(z.sizes).toEqual([pdf.length, photo.length, text.length]);
      });
    });
  }

  it('is a valid empty ZIP without entries', async () => {
    const { parts, size } = new ZipComposer().finish();
    const bytes = await zipBytes(parts);
    expect(size).toBe(22);
    expect(unzipSync(bytes)).toEqual({});
  });
});
