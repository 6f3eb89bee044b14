/**
 * A page pdf.js rendered (render-fallback.ts) as a pack page of the original's size: the image fills the page
 * and pdf.js's text lies over it in render mode 3 (invisible), so the words can still be found and copied.
 */
import { PDFDict, PDFName, PDFNumber, type PDFContext, type PDFFont, type PDFRef } from 'pdf-lib';
import type { RenderedPage } from './render-fallback';
import { STAMP_FONT, addStampFont } from './stamp';

const fmt = (n: number): string => (Math.round(n * 1000) / 1000).toString();

/** Creates the page (without /Parent) and returns its ref. `safe` makes text WinAnsi-safe for the font. */
export function addRenderedPage(ctx: PDFContext, rendered: RenderedPage, font: PDFFont, safe: (text: string) => string): PDFRef {
  const image = ctx.register(
    ctx.stream(rendered.jpeg, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: rendered.pixelWidth,
      Height: rendered.pixelHeight,
      BitsPerComponent: 8,
      ColorSpace: 'DeviceRGB',
      Filter: 'DCTDecode',
    }),
  );
  let content = `q ${fmt(rendered.width)} 0 0 ${fmt(rendered.height)} 0 0 cm /KmRender Do Q\n`;
  for (const run of rendered.text) {
    const text = safe(run.text);
    const natural = font.widthOfTextAtSize(text, 1) * Math.hypot(run.matrix[0]!, run.matrix[1]!);
    if (natural <= 0) continue;
    // Stretch the run to pdf.js's width, so a search highlights the right words on the image.
    const scale = run.width > 0 ? Math.max(1, Math.min(1000, (100 * run.width) / natural)) : 100;
    content += `BT 3 Tr /${STAMP_FONT.asString().slice(1)} 1 Tf ${fmt(scale)} Tz ${run.matrix.map(fmt).join(' ')} Tm ${font.encodeText(text).toString()} Tj ET\n`;
  }
  const resources = ctx.obj({ XObject: { KmRender: image } }) as PDFDict;
  addStampFont(ctx, resources, font);
  const page = ctx.obj({
    Type: 'Page',
    MediaBox: [0, 0, PDFNumber.of(rendered.width), PDFNumber.of(rendered.height)],
    Resources: resources,
    Contents: ctx.register(ctx.stream(content)),
  }) as PDFDict;
  page.set(PDFName.of('Type'), PDFName.of('Page'));
  return ctx.register(page);
}
