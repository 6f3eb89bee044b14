/**
 * The pack written to a sink as it is made, from attachments held as Blobs (as the app's worker gets them from
 * IndexedDB): the same bytes as the in-memory build, each attachment read only when the build reaches it, and a
 * ZIP made of the PDF's file and the originals' Blobs themselves (only their first bytes read again).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildEvidencePack, buildPackZip, digestOfBlob, joinParts, PackCancelledError, zipBytes, type FileDigest, type PackBlob, type PackModel, type PackSink } from '../../../shared/pack';
import { loadFonts, makeFixture, sha256Hex } from './fixtures';

const fonts = loadFonts();

/** Copies what it is given (as a file write does), so nothing the builder lets go of is kept alive here. */
class CopySink implements PackSink {
  readonly chunks: Uint8Array[] = [];
  writes = 0;
  write(parts: readonly Uint8Array[]): void {
    this.writes++;
    for (const p of parts) this.chunks.push(p.slice());
  }
  bytes(): Uint8Array {
    return joinParts(this.chunks);
  }
}

/** A Blob that records when it is read, and how many bytes (in `log.bytes`). */
function watchedBlob(bytes: Uint8Array, log: string[] & { bytes?: number }, name: string): PackBlob {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const wrap = (b: Blob): PackBlob => ({
    size: b.size,
    arrayBuffer: () => {
      log.push(name);
      log.bytes = (log.bytes ?? 0) + b.size;
      return b.arrayBuffer();
    },
    slice: (start, end) => wrap(b.slice(start, end)),
  });
  return wrap(blob);
}

function asBlobs(model: PackModel, log: string[]): PackModel {
  return { ...model, attachments: model.attachments.map((a) => ({ ...a, bytes: undefined, blob: watchedBlob(a.bytes!, log, a.documentId) })) };
}

describe('pack streamed to a sink', () => {
  it('writes the same PDF as the in-memory build, reading each attachment when it gets there', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const inMemory = await buildEvidencePack(fixture.model, { fonts });
    const reads: string[] = [];
    const sink = new CopySink();
    const streamed = await buildEvidencePack(asBlobs(fixture.model, reads), { fonts, sink });
    expect(streamed.pdf).toEqual([]);
    expect(streamed.pdfSize).toBe(inMemory.pdfSize);
    expect(sha256Hex(sink.bytes())).toBe(sha256Hex(joinParts(inMemory.pdf)));
    // Every file read once (how far ahead: read-ahead.test.ts).
    expect([...reads].sort()).toEqual(fixture.model.attachments.map((a) => a.documentId).sort());
    // Written as it went: a write per merged attachment, then the rest.
    expect(sink.writes).toBeGreaterThanOrEqual(streamed.placed.length + 1);
    expect(streamed.hashes).toEqual(inMemory.hashes);
  });

  it('makes the same ZIP from the written PDF and the Blobs as from memory, taking the files as they are', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const inMemory = await buildEvidencePack(fixture.model, { fonts });
    const memoryZip = await buildPackZip(fixture.model, inMemory, { pdfFileName: 'pakket.pdf' });

    const reads: string[] & { bytes?: number } = [];
    const model = asBlobs(fixture.model, reads);
    const pdfSink = new CopySink();
    const streamed = await buildEvidencePack(model, { fonts, sink: pdfSink });
    const readByBuild = reads.bytes ?? 0;
    const pdfReads: string[] = [];
    const progress: string[] = [];
    const pdf = watchedBlob(pdfSink.bytes(), pdfReads, 'pdf');
    const zip = await buildPackZip(model, streamed, {
      pdfFileName: 'pakket.pdf',
      pdf,
      onProgress: (current, total) => progress.push(`${current}/${total}`),
    });
    const readByZip = (reads.bytes ?? 0) - readByBuild;
    // Each original, then the PDF: a step each.
    const n = model.attachments.length + 1;
    expect(progress).toEqual(Array.from({ length: n + 1 }, (_, i) => `${i}/${n}`));
    expect(zip.size).toBe(memoryZip.size);
    expect(zip.entries).toEqual(memoryZip.entries);
    const bytes = await zipBytes(zip.zip);
    expect(bytes).toEqual(await zipBytes(memoryZip.zip));
    const files = unzipSync(bytes);
    expect(sha256Hex(files['pakket.pdf']!)).toBe(sha256Hex(joinParts(inMemory.pdf)));
    // The PDF's file and the stored Blobs are parts of the ZIP themselves (no copy; zip-container.ts), and the
    // ZIP read only the first bytes of each original (its type): the build gave it their CRC-32 and SHA-256.
    expect(zip.zip).toContain(pdf);
    for (const a of model.attachments.filter((x) => x.fileKind !== 'other')) expect(zip.zip).toContain(a.blob);
    expect(readByZip).toBeLessThanOrEqual(model.attachments.filter((x) => x.fileKind !== 'other').length * 4096);
    expect(pdfReads.length).toBeGreaterThan(0);
  });

  it('leaves out a stored file that cannot be read, says why, and still makes the pack and the ZIP', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const model = asBlobs(fixture.model, []);
    const lost = model.attachments.find((a) => a.documentId === 'd-klacht')!;
    lost.blob = { size: lost.size, arrayBuffer: () => Promise.reject(new Error('NotReadableError')), slice: () => lost.blob! };
    const pdf = new CopySink();
    const built = await buildEvidencePack(model, { fonts, sink: pdf });
    expect(built.skipped.find((s) => s.documentId === 'd-klacht')).toMatchObject({ code: 'unreadable', reason: expect.stringContaining('kon niet worden gelezen') });
    expect(built.placed.some((p) => p.documentId === 'd-klacht')).toBe(false);
    expect(built.hashes['d-klacht']).toBeUndefined();
    // The "Niet opgenomen" page does not promise it in the ZIP.
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf.bytes(), encoding: 'utf8' });
    if (text.status === 0) {
      const page = text.stdout.slice(text.stdout.lastIndexOf('Niet opgenomen')).replace(/\s+/g, ' ');
      expect(page).toContain('Het staat wel in het manifest.');
      expect(page.split('zit wel in het').length - 1).toBe(built.skipped.length - 1);
    }
    const zip = await buildPackZip(model, built, { pdf: new Blob([pdf.bytes() as Uint8Array<ArrayBuffer>]) });
    const files = unzipSync(await zipBytes(zip.zip));
    expect(Object.keys(files).some((name) => name.endsWith('klachtenregeling.pdf'))).toBe(false);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.attachments.find((a: { documentId: string }) => a.documentId === 'd-klacht')).toMatchObject({ paths: [], nietOpgenomen: { code: 'unreadable' } });
    // Every line of sha256sums.txt has a hash.
    expect(new TextDecoder().decode(files['sha256sums.txt']).split('\n').filter(Boolean).every((l) => /^[0-9a-f]{64} {2}\S/.test(l))).toBe(true);
    expect(zip.entries.every((e) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
  });

  it("takes the PDF's digest from a second worker, and reads the PDF itself when that fails or does not fit", { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const pdfSink = new CopySink();
    const built = await buildEvidencePack(fixture.model, { fonts, sink: pdfSink });
    const right = sha256Hex(pdfSink.bytes());
    const zipWith = async (pdfDigest: Promise<FileDigest>) => {
      const reads: string[] = [];
      const zip = await buildPackZip(fixture.model, built, { pdf: watchedBlob(pdfSink.bytes(), reads, 'pdf'), pdfDigest });
      return { sha: zip.entries.find((e) => e.path === 'bewijspakket.pdf')?.sha256, pdfReads: reads.length, bytes: await zipBytes(zip.zip) };
    };
    const own = await zipWith(Promise.reject(new Error('not given')));
    expect(own.sha).toBe(right);
    expect(own.pdfReads).toBeGreaterThan(0);
    const digest = digestOfBlob(new Blob([pdfSink.bytes() as Uint8Array<ArrayBuffer>]));
    // From elsewhere: the ZIP does not read the PDF at all, and is the same ZIP.
    const given = await zipWith(digest);
    expect(given.sha).toBe(right);
    expect(given.pdfReads).toBe(0);
    expect(given.bytes).toEqual(own.bytes);
    // Failed, or an answer that is not a SHA-256 or not of this PDF's size: read here, never a wrong hash or CRC.
    const wrong = await digest;
    for (const broken of [Promise.reject(new Error('worker failed')), Promise.resolve({ ...wrong, sha256: 'not a hash' }), Promise.resolve({ ...wrong, size: wrong.size - 1 })]) {
      const again = await zipWith(broken);
      expect(again.sha).toBe(right);
      expect(again.pdfReads).toBe(own.pdfReads);
      expect(again.bytes).toEqual(own.bytes);
    }
  });

  it('stops the ZIP when it is cancelled', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const built = await buildEvidencePack(fixture.model, { fonts });
    const signal = { aborted: false };
    const seen: number[] = [];
    const zip = buildPackZip(fixture.model, built, {
      signal,
      onProgress: (current) => {
        seen.push(current);
        if (current === 2) signal.aborted = true;
      },
    });
    await expect(zip).rejects.toBeInstanceOf(PackCancelledError);
    expect(Math.max(...seen)).toBe(2);
  });

  it('refuses a ZIP when the PDF went to a sink and is not given back', async () => {
    const fixture = await makeFixture();
    const streamed = await buildEvidencePack(fixture.model, { fonts, sink: new CopySink() });
    await expect(buildPackZip(fixture.model, streamed)).rejects.toThrow('Interne fout');
  }, 120_000);
});
