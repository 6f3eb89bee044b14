/**
 * Page-number stamps on pages the pack did not draw itself (attachment pages, image pages, separators).
 * Prepared in two steps because the numbers are only known once the layout is done: `prepare` reserves the
 * stamp's object and wires it into the page (so the page itself can be written early), `fill` writes it.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFFont, type PDFObject } from 'pdf-lib';

export const STAMP_FONT = PDFName.of('KmStampFont');
const MUTED_RGB = '0.34 0.38 0.42';

export interface StampSlot {
  ref: PDFRef;
  /** Maps upright (visible) coordinates to the page's user space. */
  matrix: number[];
  visibleWidth: number;
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** A text-showing operator sequence in the stamp font (text already WinAnsi-safe). */
export function textOps(font: PDFFont, text: string, size: number, x: number, y: number, rgb = MUTED_RGB): string {
  return `${rgb} rg\nBT /KmStampFont ${size} Tf ${fmt(x)} ${fmt(y)} Td ${font.encodeText(text).toString()} Tj ET\n`;
}

/** Registers the stamp font in a resources dict (creating the /Font dict when missing). */
export function addStampFont(ctx: PDFContext, resources: PDFDict, font: PDFFont): void {
  const fonts = resources.get(PDFName.of('Font'));
  let fontDict = fonts instanceof PDFRef ? ctx.lookup(fonts) : fonts;
  if (!(fontDict instanceof PDFDict)) {
    fontDict = ctx.obj({});
    resources.set(PDFName.of('Font'), fontDict);
  }
  (fontDict as PDFDict).set(STAMP_FONT, font.ref);
}

/** Height of the band added below a small page for its stamp (the stamp's box is 15 pt high at y = 10). */
export const STAMP_BAND = 30;

/** A page on which the stamp (about 150 × 15 pt, 10 pt above the bottom edge) would take a real share of the content. */
export function isSmallPage([x0, y0, x1, y1]: [number, number, number, number], sideways: boolean): boolean {
  const w = sideways ? y1 - y0 : x1 - x0;
  const h = sideways ? x1 - x0 : y1 - y0;
  return h < 420 || w < 300;
}

/** The box grown by the band on the side that is the visible bottom edge. */
function withBand([x0, y0, x1, y1]: [number, number, number, number], rotate: number): [number, number, number, number] {
  if (rotate === 90) return [x0, y0, x1 + STAMP_BAND, y1];
  if (rotate === 180) return [x0, y0, x1, y1 + STAMP_BAND];
  if (rotate === 270) return [x0 - STAMP_BAND, y0, x1, y1];
  return [x0, y0 - STAMP_BAND, x1, y1];
}

export class Stamper {
  private readonly openRef: PDFRef;

  constructor(
    private readonly ctx: PDFContext,
    private readonly font: PDFFont,
  ) {
    // One shared "q" before the original content, so its graphics state cannot leak into the stamp.
    this.openRef = ctx.register(ctx.stream('q\n'));
  }

  /**
   * Wraps the page's content as q … Q + stamp, upright whatever the page's /Rotate and box origin. On a small
   * page (a pass, a label, a receipt) the stamp would cover content: the page gets a band below its visible
   * bottom edge for the stamp, and the original content is clipped to its own box.
   */
  prepare(pageRef: PDFRef): StampSlot {
    const ctx = this.ctx;
    const page = ctx.lookup(pageRef, PDFDict);
    const original = this.box(page);
    const rotate = (((this.number(page.lookup(PDFName.of('Rotate'))) ?? 0) % 360) + 360) % 360;
    const sideways = rotate === 90 || rotate === 270;
    const small = isSmallPage(original, sideways);
    const [x0, y0, x1, y1] = small ? withBand(original, rotate) : original;
    const width = x1 - x0;
    const height = y1 - y0;
    const matrix =
      rotate === 90 ? [0, 1, -1, 0, x1, y0] : rotate === 180 ? [-1, 0, 0, -1, x1, y1] : rotate === 270 ? [0, -1, 1, 0, x0, y1] : [1, 0, 0, 1, x0, y0];
    const slot: StampSlot = { ref: ctx.nextRef(), matrix, visibleWidth: sideways ? height : width };

    let open = this.openRef;
    if (small) {
      const [ox0, oy0, ox1, oy1] = original;
      open = ctx.register(ctx.stream(`q ${fmt(ox0)} ${fmt(oy0)} ${fmt(ox1 - ox0)} ${fmt(oy1 - oy0)} re W n\n`));
      const box = ctx.obj([x0, y0, x1, y1]);
      page.set(PDFName.of('MediaBox'), box);
      page.set(PDFName.of('CropBox'), box);
      for (const key of ['BleedBox', 'TrimBox', 'ArtBox']) page.delete(PDFName.of(key));
    }
    const contents = page.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
    const parts: PDFObject[] = [];
    if (resolved instanceof PDFArray) for (let i = 0; i < resolved.size(); i++) parts.push(resolved.get(i));
    else if (contents) parts.push(contents);
    page.set(PDFName.of('Contents'), ctx.obj([open, ...parts, slot.ref]));

    const resources = page.get(PDFName.of('Resources'));
    let resourcesDict = resources instanceof PDFRef ? ctx.lookup(resources) : resources;
    if (!(resourcesDict instanceof PDFDict)) {
      resourcesDict = ctx.obj({});
      page.set(PDFName.of('Resources'), resourcesDict);
    }
    addStampFont(ctx, resourcesDict as PDFDict, this.font);
    return slot;
  }

  /** Writes the stamp: `text` centred at the bottom on a white box. */
  fill(slot: StampSlot, text: string): void {
    const size = 8;
    const textWidth = this.font.widthOfTextAtSize(text, size);
    const tx = (slot.visibleWidth - textWidth) / 2;
    const ty = 14;
    const content =
      `Q\nq\n${slot.matrix.map(fmt).join(' ')} cm\n1 1 1 rg\n${fmt(tx - 6)} ${fmt(ty - 4)} ${fmt(textWidth + 12)} ${fmt(size + 7)} re f\n` +
      `${textOps(this.font, text, size, tx, ty)}Q\n`;
    this.ctx.assign(slot.ref, this.ctx.stream(content));
  }

  private number(obj: PDFObject | undefined): number | undefined {
    return obj instanceof PDFNumber ? obj.asNumber() : undefined;
  }

  private box(page: PDFDict): [number, number, number, number] {
    for (const key of ['CropBox', 'MediaBox']) {
      const arr = page.lookup(PDFName.of(key));
      if (arr instanceof PDFArray && arr.size() === 4) {
        const v = [0, 1, 2, 3].map((i) => this.number(this.ctx.lookup(arr.get(i))) ?? 0);
        return [Math.min(v[0]!, v[2]!), Math.min(v[1]!, v[3]!), Math.max(v[0]!, v[2]!), Math.max(v[1]!, v[3]!)];
      }
    }
    return [0, 0, 612, 792];
  }
}
