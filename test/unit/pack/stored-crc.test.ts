/**
 * The CRC-32 stored with a file when it was imported (DocumentContent.crc32): the build takes it only for bytes
 * whose SHA-256 it has just checked, and the ZIP is the same as with a CRC-32 computed from the bytes.
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
  it('is taken once the bytes have the stored SHA-256, and gives the same ZIP as one computed from the bytes', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const computed = await buildEvidencePack(fixture.model, { fonts });
    const model = await stored(fixture.model);
    const fromStore = await buildEvidencePack(model, { fonts });
    expect(fromStore.crc32s).toEqual(computed.crc32s);
    expect(Object.keys(fromStore.crc32s!).length).toBe(fixture.model.attachments.length);
    const a = await zipBytes((await buildPackZip(fixture.model, computed)).zip);
    const b = await zipBytes((await buildPackZip(model, fromStore)).zip);
    expect(sha256Hex(b)).toBe(sha256Hex(a));

    // A stored value is not computed again: a (deliberately) different one shows it was used as stored…
    const marked = await buildEvidencePack(await stored(fixture.model, (id, right) => (id === 'd-klacht' ? right ^ 1 : right)), { fonts });
    expect(marked.crc32s!['d-klacht']).toBe((fromStore.crc32s!['d-klacht'] as number) ^ 1);
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
