/**
 * The CRC-32 stored with a file when it was imported (DocumentContent.crc32): the build checks each file's bytes
 * by it and then lists the stored SHA-256 without hashing the file again (verify-original.ts); a file whose
 * CRC-32 differs is hashed, and left out when its SHA-256 differs too. The ZIP is the same either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createIncrementalHasher, crc32Of } from '../../../shared/files/parts-hash';
import { buildEvidencePack, buildPackZip, zipBytes, type PackModel } from '../../../shared/pack';
import { loadFonts, makeFixture, sha256Hex } from './fixtures';

const fonts = loadFonts();
const unzipMissing = spawnSync('unzip', ['-v']).error !== undefined;

const crc32 = async (bytes: Uint8Array): Promise<number> => crc32Of(await createIncrementalHasher('crc32'), bytes);

/** The fixture as stored by the app: each file with its CRC-32 (or `crcFor` for a chosen one). */
async function stored(model: PackModel, crcFor: (documentId: string, right: number) => number = (_, right) => right): Promise<PackModel> {
  const attachments = await Promise.all(model.attachments.map(async (a) => ({ ...a, crc32: crcFor(a.documentId, await crc32(a.bytes!)) })));
  return { ...model, attachments };
}

describe('CRC-32 stored with a file', () => {
  it('confirms the stored SHA-256 without hashing the file again, and gives the same pack and ZIP', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    let hashed = 0;
    const sha256 = async (bytes: Uint8Array): Promise<string> => {
      hashed++;
      return sha256Hex(bytes);
    };
    const computed = await buildEvidencePack(fixture.model, { fonts, sha256 });
    expect(hashed).toBe(fixture.model.attachments.length);
    const model = await stored(fixture.model);
    hashed = 0;
    const fromStore = await buildEvidencePack(model, { fonts, sha256 });
    expect(hashed).toBe(0);
    expect(fromStore.hashes).toEqual(computed.hashes);
    expect(fromStore.crc32s).toEqual(computed.crc32s);
    expect(Object.keys(fromStore.crc32s!).length).toBe(fixture.model.attachments.length);
    expect(fromStore.skipped).toEqual(computed.skipped);
    const a = await zipBytes((await buildPackZip(fixture.model, computed)).zip);
    const b = await zipBytes((await buildPackZip(model, fromStore)).zip);
    expect(sha256Hex(b)).toBe(sha256Hex(a));

    // A stored CRC-32 that does not fit the bytes: that file is hashed; its SHA-256 is the stored one, so it is
    // included, with the CRC-32 of its bytes.
    hashed = 0;
    const marked = await buildEvidencePack(await stored(fixture.model, (id, right) => (id === 'd-klacht' ? right ^ 1 : right)), { fonts, sha256 });
    expect(hashed).toBe(1);
    expect(marked.crc32s!['d-klacht']).toBe(fromStore.crc32s!['d-klacht']);
    expect(marked.placed.map((p) => p.documentId)).toEqual(fromStore.placed.map((p) => p.documentId));
  });

  it('leaves out a file whose bytes changed after it was stored, found by its CRC-32', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const model = await stored(fixture.model);
    const damaged = {
      ...model,
      attachments: model.attachments.map((a) => {
        if (a.documentId !== 'd-klacht') return a;
        const bytes = a.bytes!.slice();
        bytes[bytes.length >> 1]! ^= 0x20;
        return { ...a, bytes };
      }),
    };
    const built = await buildEvidencePack(damaged, { fonts });
    expect(built.placed.map((p) => p.documentId)).not.toContain('d-klacht');
    expect(built.skipped.find((s) => s.documentId === 'd-klacht')?.code).toBe('hash-mismatch');
    expect(built.crc32s!['d-klacht']).toBeUndefined();
  });

  it('is not taken for bytes that do not have the stored SHA-256: the ZIP reads that file for its own CRC-32', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const model = await stored(fixture.model, (id, right) => (id === 'd-klacht' ? right ^ 1 : right));
    // The stored SHA-256 no longer matches the bytes (damaged storage): neither the hash nor the CRC-32 is trusted.
    const damaged = { ...model, attachments: model.attachments.map((a) => (a.documentId === 'd-klacht' ? { ...a, sha256: 'ab'.repeat(32) } : a)) };
    const built = await buildEvidencePack(damaged, { fonts });
    expect(built.crc32s!['d-klacht']).toBeUndefined();
    const bytes = await zipBytes((await buildPackZip(damaged, built)).zip);
    const files = unzipSync(bytes);
    const original = fixture.model.attachments.find((a) => a.documentId === 'd-klacht')!.bytes!;
    expect(Object.entries(files).find(([n]) => n.endsWith('klachtenregeling.pdf'))?.[1]).toEqual(original);
    if (!unzipMissing) {
      const path = join(mkdtempSync(join(tmpdir(), 'stored-crc-')), 'pakket.zip');
      writeFileSync(path, bytes);
      expect(spawnSync('unzip', ['-tq', path], { encoding: 'utf8' }).status).toBe(0);
    }
  });

  it('is not taken without a stored SHA-256 to check the bytes against', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const model = await stored(fixture.model, () => 7);
    const unhashed = { ...model, attachments: model.attachments.map((a) => ({ ...a, sha256: '' })) };
    const built = await buildEvidencePack(unhashed, { fonts });
    for (const a of fixture.model.attachments) expect(built.crc32s![a.documentId]).toBe(await crc32(a.bytes!));
  });
});
