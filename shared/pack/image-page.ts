/** Photos (JPEG, PNG) as attachment pages: embedded without re-encoding where possible, scaled onto A4. */
import { PDFHexString, PDFName, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFContext, type PDFDocument, type PDFObject, type PDFPage, type PDFRef } from 'pdf-lib';
import { uprightMatrix, type Orientation } from '../files/exif';
import type { Inspected } from './inspect';

type ImageInspected = Extract<Inspected, { kind: 'jpeg' } | { kind: 'png' }>;

export async function embedImage(doc: PDFDocument, bytes: Uint8Array, inspected: ImageInspected): Promise<PDFRef> {
  if (inspected.kind === 'jpeg') return (await doc.embedJpg(bytes)).ref;
  if (inspected.passThrough) return embedPngPassThrough(doc.context, inspected.png);
  return (await doc.embedPng(bytes)).ref;
}

function embedPngPassThrough(ctx: PDFContext, png: Extract<Inspected, { kind: 'png' }>['png']): PDFRef {
  const colors = png.colorType === 2 ? 3 : 1;
  let colorSpace: PDFObject;
  if (png.colorType === 3 && png.palette) {
    let hex = '';
    for (const b of png.palette) hex += b.toString(16).padStart(2, '0');
    colorSpace = ctx.obj([PDFName.of('Indexed'), PDFName.of('DeviceRGB'), png.palette.length / 3 - 1, PDFHexString.of(hex)]);
  } else {
    colorSpace = PDFName.of(png.colorType === 2 ? 'DeviceRGB' : 'DeviceGray');
  }
  const stream = ctx.stream(png.idat, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    BitsPerComponent: png.bitDepth,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width },
  });
  return ctx.register(stream);
}

/** Draws the image scaled into the page, upright (`width`/`height` are the upright picture's, see exif.ts). */
export function placeImage(page: PDFPage, ref: PDFRef, width: number, height: number, orientation: Orientation = 1): void {
  const margin = 36;
  const bottom = 36;
  const availW = page.getWidth() - 2 * margin;
  const availH = page.getHeight() - margin - bottom;
  // Never blow small images up more than 2x: a 72-dpi thumbnail across a whole page looks broken.
  const scale = Math.min(availW / width, availH / height, 2);
  const w = width * scale;
  const h = height * scale;
  const x = (page.getWidth() - w) / 2;
  const y = bottom + (availH - h) / 2;
  const name = page.node.newXObject('KmImg', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...uprightMatrix(orientation, x, y, w, h)), drawObject(name), popGraphicsState());
}
