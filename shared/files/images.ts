import { ascii, u16be, u32be } from './bytes';

/** Outcome of a structural check of an image; `problem` is set when it cannot be used. */
export interface ImageInspection {
  width?: number;
  height?: number;
  problem?: 'truncated' | 'corrupt';
  detail?: string;
}

let CRC_TABLE: Uint32Array | undefined;
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * PNG: walk every chunk, check each CRC, require IHDR first, at least one IDAT and IEND.
 * A download that was cut off lacks IEND; bit rot fails a CRC. We do not decode the pixels:
 * pdf-lib decodes them when the pack is made, and a CRC-clean stream decodes.
 */
export function inspectPng(bytes: Uint8Array): ImageInspection {
  let o = 8;
  let width: number | undefined;
  let height: number | undefined;
  let sawIdat = false;
  let first = true;
  while (o + 8 <= bytes.length) {
    const length = u32be(bytes, o);
    const type = ascii(bytes, o + 4, o + 8);
    if (length > 0x7fffffff) return { problem: 'corrupt', detail: 'chunk length out of range' };
    if (o + 12 + length > bytes.length) return { width, height, problem: 'truncated', detail: `chunk ${type} cut off` };
    if (crc32(bytes, o + 4, o + 8 + length) !== u32be(bytes, o + 8 + length)) {
      return { width, height, problem: 'corrupt', detail: `CRC mismatch in ${type}` };
    }
    if (first) {
      if (type !== 'IHDR' || length < 13) return { problem: 'corrupt', detail: 'IHDR missing' };
      width = u32be(bytes, o + 8);
      height = u32be(bytes, o + 12);
      if (width === 0 || height === 0) return { problem: 'corrupt', detail: 'zero size' };
      first = false;
    }
    if (type === 'IDAT') sawIdat = true;
    if (type === 'IEND') {
      return sawIdat ? { width, height } : { width, height, problem: 'corrupt', detail: 'no image data' };
    }
    o += 12 + length;
  }
  return { width, height, problem: 'truncated', detail: 'IEND missing' };
}

/**
 * JPEG: walk the marker segments up to the scan, require a frame header (SOFn) with a size, and an
 * end-of-image marker after the scan. Bytes after EOI (camera trailers) are allowed.
 */
export function inspectJpeg(bytes: Uint8Array): ImageInspection {
  let o = 2;
  let width: number | undefined;
  let height: number | undefined;
  while (o + 4 <= bytes.length) {
    if (bytes[o] !== 0xff) return { width, height, problem: 'corrupt', detail: `no marker at ${o}` };
    const marker = bytes[o + 1]!;
    if (marker === 0xff) {
      o++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2;
      continue;
    }
    if (marker === 0xd9) return { width, height, problem: 'corrupt', detail: 'EOI before scan' };
    const length = u16be(bytes, o + 2);
    if (length < 2) return { width, height, problem: 'corrupt', detail: 'bad segment length' };
    if (o + 2 + length > bytes.length) return { width, height, problem: 'truncated', detail: 'segment cut off' };
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (length < 8) return { problem: 'corrupt', detail: 'short frame header' };
      height = u16be(bytes, o + 5);
      width = u16be(bytes, o + 7);
    }
    if (marker === 0xda) {
      if (!width || !height) return { width, height, problem: 'corrupt', detail: 'no frame size before scan' };
      // Entropy-coded data follows; the image must end with EOI somewhere after it.
      for (let i = bytes.length - 2; i >= o + 2 + length; i--) {
        if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return { width, height };
      }
      return { width, height, problem: 'truncated', detail: 'EOI missing' };
    }
    o += 2 + length;
  }
  return { width, height, problem: 'truncated', detail: 'no scan' };
}
