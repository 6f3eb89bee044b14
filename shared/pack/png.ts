/**
 * Minimal PNG reader for the pass-through embed: a non-interlaced PNG without alpha can go into a PDF as
 * its own zlib data (FlateDecode + PNG predictors), so large photos are never decoded or recompressed.
 */

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  palette?: Uint8Array;
  hasTransparency: boolean;
  /** Concatenated IDAT payload (a zlib stream). A view on the input when there is one IDAT chunk. */
  idat: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Parses chunk structure; throws on truncation or a missing IHDR/IDAT/IEND. */
export function readPng(bytes: Uint8Array): PngInfo {
  if (!isPng(bytes)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: Omit<PngInfo, 'idat' | 'palette' | 'hasTransparency'> | undefined;
  let palette: Uint8Array | undefined;
  let hasTransparency = false;
  const idatParts: Uint8Array[] = [];
  let ended = false;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(
      bytes[offset + 4] as number,
      bytes[offset + 5] as number,
      bytes[offset + 6] as number,
      bytes[offset + 7] as number,
    );
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) throw new Error('truncated PNG');
    if (type === 'IHDR') {
      header = {
        width: view.getUint32(dataStart),
        height: view.getUint32(dataStart + 4),
        bitDepth: bytes[dataStart + 8] as number,
        colorType: bytes[dataStart + 9] as number,
        interlace: bytes[dataStart + 12] as number,
      };
    } else if (type === 'PLTE') {
      palette = bytes.subarray(dataStart, dataEnd);
    } else if (type === 'tRNS') {
      hasTransparency = true;
    } else if (type === 'IDAT') {
      idatParts.push(bytes.subarray(dataStart, dataEnd));
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset = dataEnd + 4;
  }
  if (!header || header.width === 0 || header.height === 0) throw new Error('PNG without IHDR');
  if (idatParts.length === 0 || !ended) throw new Error('PNG without image data');
  let idat: Uint8Array;
  if (idatParts.length === 1) {
    idat = idatParts[0] as Uint8Array;
  } else {
    idat = new Uint8Array(idatParts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of idatParts) {
      idat.set(p, at);
      at += p.length;
    }
  }
  return { ...header, palette, hasTransparency, idat };
}

/** True when the IDAT stream can be embedded as-is (no alpha channel, no transparency, not interlaced). */
export function canPassThrough(info: PngInfo): boolean {
  if (info.interlace !== 0 || info.hasTransparency) return false;
  if (info.colorType === 0) return [1, 2, 4, 8, 16].includes(info.bitDepth);
  if (info.colorType === 2) return info.bitDepth === 8 || info.bitDepth === 16;
  if (info.colorType === 3) return info.palette !== undefined && [1, 2, 4, 8].includes(info.bitDepth);
  return false;
}
