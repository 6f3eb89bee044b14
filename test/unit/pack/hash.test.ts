import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { crc32 } from 'node:zlib';
import { createIncrementalHasher } from '../../../shared/files/parts-hash';
import { wrap } from '../../../shared/pack/separator';
import { sha256Hex } from './fixtures';

describe('hashes of a file held as parts', () => {
  it('fed chunk by chunk (a file read slice by slice into the ZIP) equal those of the whole', async () => {
    const whole = new Uint8Array(200_000).map((_, i) => (i * 17) % 253);
    const sha = await createIncrementalHasher('sha256');
    const crc = await createIncrementalHasher('crc32');
    for (let at = 0; at < whole.length; at += 65_536) {
      sha.update(whole.subarray(at, at + 65_536));
      crc.update(whole.subarray(at, at + 65_536));
    }
    expect(sha.digest()).toBe(sha256Hex(whole));
    expect(parseInt(crc.digest(), 16) >>> 0).toBe(crc32(whole));
    // Two at once do not disturb each other (the PDF's SHA-256 beside its CRC-32).
    const a = await createIncrementalHasher('sha256');
    const b = await createIncrementalHasher('sha256');
    a.update(whole);
    b.update(new Uint8Array(0));
    expect(a.digest()).toBe(sha256Hex(whole));
    expect(b.digest()).toBe(sha256Hex(new Uint8Array(0)));
  });

  it('equal those of the joined file, whatever the parts (the ZIP hashes the pack PDF without joining it)', async () => {
    const whole = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
    const parts = [whole.subarray(0, 1), whole.subarray(1, 70_000), whole.subarray(70_000, 70_000), whole.subarray(70_000)];
    const of = async (kind: 'sha256' | 'crc32', chunks: Uint8Array[]) => {
      const h = await createIncrementalHasher(kind);
      for (const c of chunks) h.update(c);
      return h.digest();
    };
    expect(await of('sha256', parts)).toBe(sha256Hex(whole));
    expect(await of('sha256', [])).toBe(sha256Hex(new Uint8Array(0)));
    expect(parseInt(await of('crc32', parts), 16) >>> 0).toBe(crc32(whole));
    expect(parseInt(await of('crc32', []), 16) >>> 0).toBe(0);
  });
});

describe('separator wrap', () => {
  it('keeps every line within the width by pdf-lib\'s own measure and breaks words longer than a line', async () => {
    const doc = await PDFDocument.create();
    const font = doc.embedStandardFont(StandardFonts.Helvetica);
    const text = 'Bijlage 12 — Verklaring Omtrent het Gedrag van A. de Vries — Personeel 3, Veiligheid 1a ' + 'x'.repeat(120);
    const lines = wrap(text, font, 10, 300);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(300);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(lines.length).toBeGreaterThan(2);
  });
});
