/**
 * Stored files read into memory that is used again (read-buffers.ts): the build's output is the same bytes as
 * the in-memory build, a buffer is handed out again only after it was given back, and a view on a file whose
 * buffer was read into again is detached (empty), never another file's bytes.
 */
import { describe, expect, it, vi } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { buildEvidencePack, joinParts, type PackAttachment, type PackBlob, type PackModel, type PackSink } from '../../../shared/pack';
import { ReadAhead } from '../../../shared/pack/read-ahead';
import { ReadBuffers, readIntoBuffer } from '../../../shared/pack/read-buffers';
import { loadFonts, makeFixture, sha256Hex } from './fixtures';

const MB = 1024 * 1024;
const fonts = loadFonts();

/** Copies what it is given, as a file write does, and says so. */
class CopySink implements PackSink {
  readonly copies = true;
  readonly chunks: Uint8Array[] = [];
  write(parts: readonly Uint8Array[]): void {
    for (const p of parts) this.chunks.push(p.slice());
  }
}

/** `size` bytes that differ from file to file (seeded), so a mix-up between files shows. */
function noise(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A one-page PDF of about `size` bytes: its content stream is a comment line of hex digits. */
async function bulkyPdf(size: number, seed: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const hex = Buffer.from(noise(size / 2, seed)).toString('hex');
  const stream = doc.context.stream(new TextEncoder().encode(`% ${hex}\n0 0 m 10 10 l S\n`));
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

function blobWithCount(bytes: Uint8Array, streams: string[], id: string): PackBlob {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return {
    size: blob.size,
    arrayBuffer: () => blob.arrayBuffer(),
    slice: (start, end) => blob.slice(start, end),
    stream: () => {
      streams.push(id);
      return blob.stream() as unknown as ReturnType<NonNullable<PackBlob['stream']>>;
    },
  };
}

describe('ReadBuffers', () => {
  it('hands out the smallest free buffer that fits, else a new one of whole MiBs', () => {
    const buffers = new ReadBuffers();
    const a = buffers.take(10);
    expect(a.byteLength).toBe(MB);
    const b = buffers.take(3 * MB + 1);
    expect(b.byteLength).toBe(4 * MB);
    buffers.give(b);
    buffers.give(a);
    expect(buffers.take(100) === a).toBe(true);
    expect(buffers.take(2 * MB) === b).toBe(true);
    expect(buffers.take(100) === a).toBe(false);
  });

  it('keeps at most 64 MB of free buffers, dropping the smallest first', () => {
    const buffers = new ReadBuffers();
    const [small, middle, large] = [buffers.take(MB), buffers.take(30 * MB), buffers.take(40 * MB)];
    buffers.give(small);
    buffers.give(middle);
    // 1 + 30 + 40 MB > 64 MB: the 1 MB and then the 30 MB buffer go.
    buffers.give(large);
    // (Identity compared as booleans: a failing toBe would print 40 MB buffers.)
    expect(buffers.take(MB) === large).toBe(true);
    const next = buffers.take(MB);
    expect(next === small || next === middle).toBe(false);
  });
});

describe('readIntoBuffer', () => {
  it('reads a Blob into a free buffer, and a view on an earlier file is detached when its memory is used again', async () => {
    const buffers = new ReadBuffers();
    const first = noise(300_000, 1);
    const second = noise(200_000, 2);
    const a = (await readIntoBuffer(new Blob([first]) as unknown as PackBlob, buffers))!;
    expect(sha256Hex(a)).toBe(sha256Hex(first));
    buffers.give(a.buffer as ArrayBuffer);
    const b = (await readIntoBuffer(new Blob([second]) as unknown as PackBlob, buffers))!;
    expect(sha256Hex(b)).toBe(sha256Hex(second));
    expect(a.length).toBe(0);
  });

  it('gives undefined where it cannot read into a buffer, so the caller reads the file as before', async () => {
    const buffers = new ReadBuffers();
    const bytes = noise(1000, 3);
    const base = { size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer, slice: () => base };
    // No stream at all.
    expect(await readIntoBuffer(base, buffers)).toBeUndefined();
    // A stream that is not a byte stream (no BYOB reader).
    const plain = { ...base, stream: () => new ReadableStream({ pull: (c) => c.enqueue(bytes) }) as never };
    expect(await readIntoBuffer(plain, buffers)).toBeUndefined();
    // A read that fails, and a file shorter than its size.
    const failing = { ...base, stream: () => new ReadableStream({ type: 'bytes', pull: (c) => c.error(new Error('weg')) }) as never };
    expect(await readIntoBuffer(failing, buffers)).toBeUndefined();
    const short = { ...base, size: bytes.length + 10, stream: () => new Blob([bytes]).stream() as never };
    expect(await readIntoBuffer(short, buffers)).toBeUndefined();
  });

  it('gives up a read that brings nothing for too long, so a stalled stream cannot hold up the pack', async () => {
    const bytes = noise(1000, 7);
    let cancelled = false;
    const stuck = {
      size: bytes.length,
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
      slice: () => stuck,
      stream: () =>
        new ReadableStream({
          type: 'bytes',
          pull: () => new Promise<void>(() => {}),
          cancel: () => {
            cancelled = true;
          },
        }) as never,
    };
    expect(await readIntoBuffer(stuck, new ReadBuffers(), 50)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cancelled).toBe(true);
  });
});

describe('a pack read into buffers used again', () => {
  it('ReadAhead hands a buffer out again only after release', async () => {
    const files = [noise(3 * MB, 4), noise(3 * MB, 5), noise(3 * MB, 6)];
    const streams: string[] = [];
    const attachments = files.map((bytes, i) => ({ documentId: `d${i}`, blob: blobWithCount(bytes, streams, `d${i}`) }) as unknown as PackAttachment);
    const buffers = new ReadBuffers();
    const give = vi.spyOn(buffers, 'give');
    const ahead = new ReadAhead(attachments, () => undefined, 4 * MB, buffers);
    const r0 = await ahead.take(0);
    expect(sha256Hex(r0.bytes)).toBe(sha256Hex(files[0]!));
    r0.release();
    r0.release();
    expect(give).toHaveBeenCalledTimes(1);
    const r1 = await ahead.take(1);
    expect(sha256Hex(r1.bytes)).toBe(sha256Hex(files[1]!));
    r1.release();
    const r2 = await ahead.take(2);
    expect(sha256Hex(r2.bytes)).toBe(sha256Hex(files[2]!));
    expect(streams).toEqual(['d0', 'd1', 'd2']);
    // At least one file went into memory an earlier one had: that earlier view is now empty.
    expect(r0.bytes.length === 0 || r1.bytes.length === 0).toBe(true);
  });

  it('writes the same PDF as the in-memory build, with stored files read into buffers used again', { timeout: 120_000 }, async () => {
    const fixture = await makeFixture();
    const cited = fixture.model.attachments[0]!.requirementIds;
    // 36 MB of PDFs, more than the read-ahead budget, so buffers are given back and used again.
    const bulky = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => {
      const bytes = await bulkyPdf(6 * MB, n);
      return { documentId: `bulk-${n}`, title: `Bijlage ${n}`, fileName: `bijlage-${n}.pdf`, fileKind: 'pdf', mimeType: 'application/pdf', size: bytes.length, sha256: sha256Hex(bytes), requirementIds: cited, personal: false, bytes } satisfies PackAttachment;
    }));
    const model: PackModel = { ...fixture.model, attachments: [...fixture.model.attachments, ...bulky] };
    const inMemory = await buildEvidencePack(model, { fonts });
    expect(inMemory.placed.map((p) => p.documentId)).toEqual(expect.arrayContaining(bulky.map((b) => b.documentId)));

    const streams: string[] = [];
    const asBlobs = { ...model, attachments: model.attachments.map((a) => ({ ...a, bytes: undefined, blob: blobWithCount(a.bytes!, streams, a.documentId) })) };
    const take = vi.spyOn(ReadBuffers.prototype, 'take');
    const give = vi.spyOn(ReadBuffers.prototype, 'give');
    const sink = new CopySink();
    const pooled = await buildEvidencePack(asBlobs, { fonts, sink });
    expect(sha256Hex(joinParts(sink.chunks))).toBe(sha256Hex(joinParts(inMemory.pdf)));
    expect(pooled.hashes).toEqual(inMemory.hashes);
    expect([...streams].sort()).toEqual(model.attachments.map((a) => a.documentId).sort());
    const given = new Set(give.mock.calls.map(([b]) => b));
    expect(take.mock.results.some((r) => given.has(r.value as ArrayBuffer))).toBe(true);
    take.mockRestore();
    give.mockRestore();
  });
});
