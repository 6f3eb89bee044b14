/**
 * Fidelity check of issue 19: a page of the pack must render like the original page. Both are rendered by
 * poppler (pdftoppm, grey, 48 dpi as in the measurement) and compared pixel by pixel outside the band
 * of the page-number stamp (the bottom 30 pt; a small page's added band lies below the original). A shift of up
 * to 2 pixels (3 pt) is not a difference: another program drawing the same field value places it slightly
 * differently; a different value, a shown layer or missing text is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIDELITY_DPI = 48;
/** Grey levels two pixels may differ by before they count as different (anti-aliasing, font hinting). */
const PIXEL_TOLERANCE = 96;

export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export const popplerAvailable = (): boolean => spawnSync('pdftoppm', ['-v']).error === undefined;

/** Renders pages `first`..`last` (1-based) of a PDF as grey images. */
export function renderPages(pdf: Uint8Array, first: number, last: number, dpi = FIDELITY_DPI): Grey[] {
  const dir = mkdtempSync(join(tmpdir(), 'km-fidelity-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const run = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(first), '-l', String(last), join(dir, 'in.pdf'), join(dir, 'p')]);
    if (run.status !== 0) throw new Error(`pdftoppm: ${run.stderr.toString().slice(0, 300)}`);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => parsePgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePgm(buf: Buffer): Grey {
  // P5\n<w> <h>\n<max>\n<bytes>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) token += String.fromCharCode(buf[pos++]!);
    tokens.push(token);
  }
  pos++;
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, pixels: new Uint8Array(buf.subarray(pos, pos + width * height)) };
}

export interface Comparison {
  /** Share of compared pixels that differ by more than the tolerance. */
  differing: number;
  sizeMatches: boolean;
}

/**
 * Compares the original page with the pack page above the stamp band. The pack page may be taller by a
 * small page's band (added at the bottom): the top `original.height` rows are compared.
 */
export function comparePages(original: Grey, pack: Grey, bandPt = 30, dpi = FIDELITY_DPI): Comparison {
  const sizeMatches = original.width === pack.width && Math.abs(pack.height - original.height) <= Math.ceil((bandPt * dpi) / 72) + 1;
  if (!sizeMatches) return { differing: 1, sizeMatches };
  const band = Math.ceil((bandPt * dpi) / 72);
  const rows = pack.height > original.height ? original.height : original.height - band;
  let differ = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < original.width; x++) {
      if (unmatched(original, pack, x, y, rows) || unmatched(pack, original, x, y, rows)) differ++;
    }
  }
  return { differing: differ / (rows * original.width), sizeMatches };
}

/**
 * A pixel of `a` counts as different when no pixel of `b` within SHIFT pixels has its grey level: the same
 * text drawn a point further left by another program is not a difference, other text is.
 */
const SHIFT = 2;
function unmatched(a: Grey, b: Grey, x: number, y: number, rows: number): boolean {
  const value = a.pixels[y * a.width + x]!;
  for (let dy = -SHIFT; dy <= SHIFT; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= rows) continue;
    for (let dx = -SHIFT; dx <= SHIFT; dx++) {
      const xx = x + dx;
      if (xx < 0 || xx >= b.width) continue;
      if (Math.abs(b.pixels[yy * b.width + xx]! - value) <= PIXEL_TOLERANCE) return false;
    }
  }
  return true;
}
