/**
 * EXIF orientation of a JPEG (phones store photos sideways and set this tag), and the matrix that shows
 * the stored image upright. Only the APP1 "Exif" segment's first IFD is read; anything odd means 1 (as is).
 */

export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Reads the Orientation tag (0x0112) from an APP1 segment's payload (starting at "Exif\0\0"). */
export function exifOrientation(segment: Uint8Array): Orientation {
  const b = segment;
  // "Exif\0\0", then a TIFF header: "II" (little endian) or "MM" (big endian), 42, offset of IFD0.
  if (b.length < 14 || b[0] !== 0x45 || b[1] !== 0x78 || b[2] !== 0x69 || b[3] !== 0x66 || b[4] !== 0 || b[5] !== 0) return 1;
  const tiff = 6;
  const little = b[tiff] === 0x49 && b[tiff + 1] === 0x49;
  if (!little && !(b[tiff] === 0x4d && b[tiff + 1] === 0x4d)) return 1;
  const u16 = (at: number): number => (at + 2 > b.length ? -1 : little ? (b[at] as number) | ((b[at + 1] as number) << 8) : ((b[at] as number) << 8) | (b[at + 1] as number));
  const u32 = (at: number): number => (u16(at) < 0 || u16(at + 2) < 0 ? -1 : little ? u16(at) + u16(at + 2) * 65536 : u16(at) * 65536 + u16(at + 2));
  if (u16(tiff + 2) !== 42) return 1;
  const ifd = tiff + u32(tiff + 4);
  const count = u16(ifd);
  if (ifd <= tiff || count < 0) return 1;
  for (let i = 0; i < count && i < 512; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > b.length) return 1;
    if (u16(entry) !== 0x0112) continue;
    const value = u16(entry + 8);
    return value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

/**
 * The orientation a JPEG's own Exif segment gives, from its bytes: the marker segments are walked up to
 * the image data. Not a JPEG, no Exif or anything odd: 1. (tesseract.js looks for the tag itself, but only
 * in big-endian Exif near the start, so a photo from a phone that writes little-endian Exif stays sideways.)
 */
export function jpegOrientation(bytes: Uint8Array): Orientation {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  let pos = 2;
  while (pos + 4 <= bytes.length && bytes[pos] === 0xff) {
    const marker = bytes[pos + 1] as number;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    // Start of scan or of frame: the header segments, where Exif lives, are over.
    if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)) return 1;
    const length = ((bytes[pos + 2] as number) << 8) | (bytes[pos + 3] as number);
    if (length < 2) return 1;
    if (marker === 0xe1) {
      const orientation = exifOrientation(bytes.subarray(pos + 4, Math.min(bytes.length, pos + 2 + length)));
      if (orientation !== 1) return orientation;
    }
    pos += 2 + length;
  }
  return 1;
}

/** Whether the upright picture is the stored one turned a quarter (its width is the stored height). */
export function swapsSides(orientation: Orientation): boolean {
  return orientation >= 5;
}

/**
 * PDF matrix [a b c d e f] that paints the stored image upright into the box (x, y, w, h), where w and h
 * are the upright width and height. An image XObject fills the unit square; per orientation the unit square
 * is first flipped/turned ((u, v) → (u', v'), v pointing up), then scaled into the box.
 */
export function uprightMatrix(orientation: Orientation, x: number, y: number, w: number, h: number): [number, number, number, number, number, number] {
  const unit: Record<Orientation, [number, number, number, number, number, number]> = {
    1: [1, 0, 0, 1, 0, 0],
    2: [-1, 0, 0, 1, 1, 0], // mirrored left-right
    3: [-1, 0, 0, -1, 1, 1], // upside down
    4: [1, 0, 0, -1, 0, 1], // mirrored top-bottom
    5: [0, -1, -1, 0, 1, 1], // transposed
    6: [0, -1, 1, 0, 0, 1], // turn a quarter clockwise
    7: [0, 1, 1, 0, 0, 0], // transversed
    8: [0, 1, -1, 0, 1, 0], // turn a quarter anticlockwise
  };
  const [a, b, c, d, e, f] = unit[orientation];
  return [w * a, h * b, w * c, h * d, x + w * e, y + h * f];
}
