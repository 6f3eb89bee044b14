import { describe, expect, it } from 'vitest';
import { hashAll, webCryptoSha256 } from '../../../shared/pack';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { crc32 } from 'node:zlib';
import { crc32OfParts, sha256HexOfParts } from '../../../shared/files/parts-hash';
import { wrap } from '../../../shared/pack/separator';
import { sha256Hex } from './fixtures';

describe('hashAll', () => {
  it('hashes every buffer, answers in input order and keeps the bytes in flight within the budget', async () => {
    const items = [5, 1, 3, 8, 2, 2, 4].map((n, i) => new Uint8Array(n).fill(i));
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    const slow = async (bytes: Uint8Array): Promise<string> => {
      inFlight += bytes.length;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, bytes.length));
      inFlight -= bytes.length;
      return webCryptoSha256(bytes);
    };
    const hashes = await hashAll(items, slow, 8, (_i, n) => done.push(n)).done;
    expect(hashes).toEqual(items.map((b) => sha256Hex(b)));
    expect(most).toBeLessThanOrEqual(8);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('still hashes an item larger than the budget, and an empty list', async () => {
    expect(await hashAll([new Uint8Array(100)], webCryptoSha256, 10).done).toEqual([sha256Hex(new Uint8Array(100))]);
    expect(await hashAll([], webCryptoSha256, 10).done).toEqual([]);
  });

  it('starts more at once when the budget is raised, without waiting for a completion', async () => {
    const started: number[] = [];
    const pending: (() => void)[] = [];
    const manual = (bytes: Uint8Array): Promise<string> =>
      new Promise((resolve) => {
        started.push(bytes.length);
        pending.push(() => resolve(String(bytes.length)));
      });
    const items = [4, 4, 4, 4].map((n) => new Uint8Array(n));
    const hashing = hashAll(items, manual, 4);
    expect(started).toHaveLength(1);
    hashing.setBudget(12);
    expect(started).toHaveLength(3);
    // Completions start the rest.
    while (pending.length) {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(started).toHaveLength(4);
    expect(await hashing.done).toEqual(['4', '4', '4', '4']);
  });

  it('rejects when a hash fails', async () => {
    const failing = async (): Promise<string> => {
      throw new Error('kapot');
    };
    await expect(hashAll([new Uint8Array(1), new Uint8Array(1)], failing, 10).done).rejects.toThrow('kapot');
  });
});

describe('hashes of a file held as parts', () => {
  it('equal those of the joined file, whatever the parts (the ZIP hashes the pack PDF without joining it)', async () => {
    const whole = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
    const parts = [whole.subarray(0, 1), whole.subarray(1, 70_000), whole.subarray(70_000, 70_000), whole.subarray(70_000)];
    expect(await sha256HexOfParts(parts)).toBe(sha256Hex(whole));
    expect(await sha256HexOfParts([])).toBe(sha256Hex(new Uint8Array(0)));
    expect(await crc32OfParts(parts)).toBe(crc32(whole));
    expect(await crc32OfParts([])).toBe(0);
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
