import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../../bench/synth/jpeg';
import { exifOrientation, jpegOrientation, swapsSides, uprightMatrix, type Orientation } from '../../../shared/files/exif';
import { withExifOrientation } from '../../fixtures/reading/photo';
import { buildEvidencePack, inspectAttachment, joinParts, type PackModel } from '../../../shared/pack';
import { loadFonts, makeFixture, sha256Hex } from './fixtures';

const popplerMissing = spawnSync('pdftoppm', ['-v']).error !== undefined;

/** An APP1 payload: "Exif\0\0", a TIFF header in the given byte order and one IFD entry (Orientation). */
function exifPayload(orientation: number, order: 'II' | 'MM'): Uint8Array {
  const le = order === 'II';
  const u16 = (n: number) => (le ? [n & 0xff, n >> 8] : [n >> 8, n & 0xff]);
  const u32 = (n: number) => (le ? [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24] : [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
  const tiff = [...order.split('').map((c) => c.charCodeAt(0)), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  return new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
}

/** The JPEG with an APP1 Exif segment right after SOI. */
function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const payload = exifPayload(orientation, 'MM');
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...payload, ...jpeg.subarray(2)]);
}

describe('EXIF orientation', () => {
  it('reads the Orientation tag in both byte orders, and 1 for anything odd', () => {
    expect(exifOrientation(exifPayload(6, 'II'))).toBe(6);
    expect(exifOrientation(exifPayload(3, 'MM'))).toBe(3);
    expect(exifOrientation(exifPayload(9, 'MM'))).toBe(1);
    expect(exifOrientation(new Uint8Array([1, 2, 3]))).toBe(1);
    expect(exifOrientation(exifPayload(6, 'II').subarray(0, 20))).toBe(1);
  });

  it("finds the orientation in a JPEG's own segments (for OCR), in both byte orders", () => {
    const jpeg = encodeJpeg(new Uint8Array(8 * 8 * 3).fill(200), 8, 8, 90);
    expect(jpegOrientation(jpeg)).toBe(1);
    expect(jpegOrientation(withExifOrientation(jpeg, 6, 'II'))).toBe(6);
    expect(jpegOrientation(withExifOrientation(jpeg, 8, 'MM'))).toBe(8);
    expect(jpegOrientation(withExifOrientation(jpeg, 3).subarray(0, 30))).toBe(1);
    expect(jpegOrientation(new TextEncoder().encode('%PDF-1.7'))).toBe(1);
  });

  it('maps the stored top-left corner to where it belongs when shown upright', () => {
    // Stored top-left is (0, 1) in the unit square; where must it land in a 10×20 box at (100, 200)?
    const expected: Record<Orientation, [number, number]> = {
      1: [100, 220], // top-left
      2: [110, 220], // mirrored: top-right
      3: [110, 200], // upside down: bottom-right
      4: [100, 200], // mirrored top-bottom: bottom-left
      5: [100, 220], // transposed: stays top-left
      6: [110, 220], // quarter clockwise: top-right
      7: [110, 200], // transversed: bottom-right
      8: [100, 200], // quarter anticlockwise: bottom-left
    };
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as Orientation[]) {
      const [a, b, c, d, e, f] = uprightMatrix(o, 100, 200, 10, 20);
      expect([a * 0 + c * 1 + e, b * 0 + d * 1 + f], `orientation ${o}`).toEqual(expected[o]);
    }
    expect(swapsSides(6)).toBe(true);
    expect(swapsSides(3)).toBe(false);
  });

  it.skipIf(popplerMissing)('shows a photo stored sideways upright on its pack page', { timeout: 120_000 }, async () => {
    // 400×200 stored: left half red, right half blue. Orientation 6 = turn a quarter clockwise to view, so
    // upright it is 200×400 (filling the page's height) with red on top.
    const w = 400;
    const h = 200;
    const rgb = new Uint8Array(w * h * 3);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgb.set(x < w / 2 ? [220, 20, 20] : [20, 20, 220], (y * w + x) * 3);
    const photo = withOrientation(encodeJpeg(rgb, w, h, 90), 6);
    const inspected = await inspectAttachment({ documentId: 'p', title: 'p', fileName: 'p.jpg', mimeType: 'image/jpeg', fileKind: 'jpeg', size: photo.length, sha256: '', requirementIds: [], bytes: photo });
    expect(inspected).toMatchObject({ ok: true, kind: 'jpeg', width: 400, height: 200, orientation: 6 });

    const { model } = await makeFixture();
    const foto = model.attachments.find((a) => a.fileKind === 'jpeg')!;
    const turned: PackModel = {
      ...model,
      attachments: model.attachments.map((a) => (a === foto ? { ...a, bytes: photo, size: photo.length, sha256: sha256Hex(photo) } : a)),
    };
    const result = await buildEvidencePack(turned, { fonts: loadFonts() });
    const placed = result.placed.find((p) => p.documentId === foto.documentId)!;
    const dir = mkdtempSync(join(tmpdir(), 'km-exif-'));
    writeFileSync(join(dir, 'pack.pdf'), joinParts(result.pdf));
    const page = placed.startPage + 1;
    spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '20', join(dir, 'pack.pdf'), join(dir, 'p')]);
    const ppm = readFileSync(join(dir, spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.endsWith('.ppm'))!));
    // P6 header: "P6\n<w> <h>\n255\n", then RGB.
    const [, pw, ph] = ppm.toString('latin1', 0, 20).split(/\s+/).map(Number) as [number, number, number];
    expect(ph).toBeGreaterThan(pw); // portrait page for an upright portrait photo
    const header = ppm.indexOf('255\n') + 4;
    const pixel = (x: number, y: number) => [...ppm.subarray(header + (y * pw + x) * 3, header + (y * pw + x) * 3 + 3)];
    const [r1, , b1] = pixel(Math.round(pw / 2), Math.round(ph * 0.3));
    const [r2, , b2] = pixel(Math.round(pw / 2), Math.round(ph * 0.7));
    expect(r1).toBeGreaterThan(150); // red above
    expect(b1).toBeLessThan(100);
    expect(b2).toBeGreaterThan(150); // blue below
    expect(r2).toBeLessThan(100);
  });
});
