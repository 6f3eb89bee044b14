/**
 * Which way up a page is read. Real OCR (tesseract.js with the app's Dutch and English data) of real
 * renderings: the photo fixture rendered by poppler as it lies (upright, upside down, sideways) and, for each
 * turn the reader asks for, the same page rendered turned that much further (as the app turns its canvas).
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeDocument, readsBetter, readUpright, otherRotations, TURN_MARGIN, type Rotation } from '../../../shared/reading';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, OWNER } from '../../fixtures/reading/first-hour';
import { startNodeOcr, type NodeOcr } from '../../fixtures/reading/ocr';
import { turnedPhoto } from '../../fixtures/reading/photo';

const popplerMissing = spawnSync('pdftoppm', ['-v']).error !== undefined;
const PHOTO = FIRST_HOUR_DOCUMENTS.find((d) => d.kind === 'photo')!;

describe.skipIf(popplerMissing)('reading a page the right way up', { timeout: 180_000 }, () => {
  let ocr: NodeOcr;
  let pdf: Uint8Array;
  beforeAll(async () => {
    [ocr, pdf] = await Promise.all([startNodeOcr(), fixturePdf(PHOTO)]);
  }, 120_000);
  afterAll(() => ocr?.terminate());

  /** The page as photographed lying `lies` degrees turned, read after turning it `rotation` degrees more. */
  const reader = (lies: number) => async (rotation: Rotation) => ocr.recognize(await turnedPhoto(pdf, (lies + rotation) % 360));
  const propose = (text: string) => proposeDocument({ text, fileName: PHOTO.fileName, people: [{ id: 'p', name: OWNER }], today: '2026-01-10' });

  it('reads an upright page once: turning is tried only when the reading is unsure', async () => {
    const read = await readUpright(reader(0));
    expect(read.tried).toEqual([0]);
    expect(read.rotation).toBe(0);
    expect(read.confidence).toBeGreaterThan(80);
    expect(propose(read.text).issueDate?.value).toBe('2025-06-10');
  });

  it('turns a page scanned upside down: the half turn is tried first for a portrait page, and is enough', async () => {
    const read = await readUpright(reader(180));
    expect(read.tried).toEqual([0, 180]);
    expect(read.rotation).toBe(180);
    const proposal = propose(read.text);
    expect([proposal.evidenceType?.value, proposal.issueDate?.value, proposal.personId?.value]).toEqual(['scholing', '2025-06-10', 'p']);
  });

  it('turns a page photographed sideways, the whole page kept (no lines cut off)', async () => {
    // Lying a quarter turn clockwise, it is landscape: the quarter turns come first; the first makes it upside down.
    const read = await readUpright(reader(90), { landscape: true });
    expect(read.tried).toEqual([0, 90, 270]);
    expect(read.rotation).toBe(270);
    expect(read.text).toContain('BEWIJS VAN DEELNAME');
    expect(read.text).toContain('Studiebelasting');
    const proposal = propose(read.text);
    expect([proposal.evidenceType?.value, proposal.issueDate?.value]).toEqual(['scholing', '2025-06-10']);
  });

  it('stops turning when the file is taken out of the queue', async () => {
    const stop = new AbortController();
    const seen: Rotation[] = [];
    const pending = readUpright(
      async (r) => {
        seen.push(r);
        const result = await reader(180)(r);
        stop.abort(new Error('verwijderd'));
        return result;
      },
      { signal: stop.signal },
    );
    await expect(pending).rejects.toThrow('verwijderd');
    expect(seen).toEqual([0]);
  });
});

describe('the choice between turns', () => {
  it('keeps a poor first reading unless another turn reads clearly better', () => {
    const first = { text: 'a', confidence: 55 };
    expect(readsBetter({ text: 'b', confidence: 55 + TURN_MARGIN }, first, true)).toBe(false);
    expect(readsBetter({ text: 'b', confidence: 56 + TURN_MARGIN }, first, true)).toBe(true);
    // Between two turned readings the better one wins outright.
    expect(readsBetter({ text: 'c', confidence: 61 }, { text: 'b', confidence: 60 }, false)).toBe(true);
  });

  it('tries the other turns relative to the turn the previous page needed', () => {
    expect(otherRotations(0, false)).toEqual([180, 90, 270]);
    expect(otherRotations(0, true)).toEqual([90, 270, 180]);
    expect(otherRotations(270, true)).toEqual([0, 180, 90]);
  });
});
