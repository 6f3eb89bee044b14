/**
 * Page images for OCR, turned on a canvas. tesseract.js can turn an image itself (`rotateRadians`), but keeps
 * its width and height, so a page turned a quarter loses its top and bottom lines: the turn is done here.
 */
import { jpegOrientation } from '../../../shared/files/exif';
import type { Rotation } from '../../../shared/reading';

type Drawable = HTMLCanvasElement | ImageBitmap;

/** The image turned `rotation` degrees clockwise (the same canvas for 0). */
export function turned(source: Drawable, rotation: Rotation): Drawable {
  if (rotation === 0) return source;
  const quarter = rotation !== 180;
  const canvas = document.createElement('canvas');
  canvas.width = quarter ? source.height : source.width;
  canvas.height = quarter ? source.width : source.height;
  const g = canvas.getContext('2d')!;
  g.translate(canvas.width / 2, canvas.height / 2);
  g.rotate((rotation * Math.PI) / 180);
  g.drawImage(source, -source.width / 2, -source.height / 2);
  return canvas;
}

/** A canvas of the image, which tesseract.js takes (it reads a canvas as PNG). */
export function asCanvas(source: Drawable): HTMLCanvasElement {
  if (source instanceof HTMLCanvasElement) return source;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  canvas.getContext('2d')!.drawImage(source, 0, 0);
  return canvas;
}

export interface PhotoPage {
  /** What tesseract reads for the photo as it is: its own bytes, or, for a photo stored sideways, the picture upright. */
  upright: Blob | HTMLCanvasElement;
  /** The upright picture decoded, for reading it turned (decoded only when needed). */
  decode: () => Promise<Drawable>;
  /** The Exif orientation of the stored photo (1: as stored). */
  orientation: number;
  /** Frees the decoded picture. */
  close: () => void;
}

/**
 * A photo ready for OCR. A JPEG whose Exif says it is stored sideways or upside down (phones do this) is
 * decoded by the browser, which applies that orientation, and read from the upright picture. tesseract.js
 * would apply only big-endian Exif found near the start.
 */
export async function photoPage(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): Promise<PhotoPage> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const orientation = type === 'image/jpeg' ? jpegOrientation(bytes) : 1;
  let bitmap: Promise<ImageBitmap> | undefined;
  // The browser applies the Exif orientation when it decodes (createImageBitmap's default 'from-image').
  const decode = () => (bitmap ??= createImageBitmap(blob, { imageOrientation: 'from-image' }));
  const close = () => void bitmap?.then((b) => b.close(), () => undefined);
  return { upright: orientation === 1 ? blob : asCanvas(await decode()), decode, orientation, close };
}
