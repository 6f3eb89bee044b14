import { ascii, indexOfAscii, startsWith } from './bytes';
import { looksLikeZip, readZipDirectory } from './zip-directory';

/** What the bytes are, decided from the content (magic bytes), never from the name. */
export type SniffedType =
  | 'pdf'
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'heic'
  | 'avif'
  | 'tiff'
  | 'bmp'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odf'
  | 'doc' // legacy OLE2 Office file (.doc/.xls/.ppt/.msg share one container)
  | 'zip'
  | 'unknown';

export interface SniffResult {
  type: SniffedType;
  /** MIME type for the content (not for the name). */
  mimeType: string;
  /** Lower-case extension of the name without the dot, '' when none. */
  extension: string;
  /** True when the name's extension names a different type than the content. */
  extensionMismatch: boolean;
  /** The types the extension suggests, when the extension is one we know. */
  extensionSuggests?: SniffedType;
}

export const MIME_TYPES: Record<SniffedType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  avif: 'image/avif',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odf: 'application/vnd.oasis.opendocument.text',
  doc: 'application/msword',
  zip: 'application/zip',
  unknown: 'application/octet-stream',
};

/** Dutch name of each type, for messages. */
export const TYPE_LABELS: Record<SniffedType, string> = {
  pdf: 'een PDF',
  jpeg: 'een JPEG-foto',
  png: 'een PNG-afbeelding',
  gif: 'een GIF-afbeelding',
  webp: 'een WebP-afbeelding',
  heic: 'een HEIC-foto (iPhone)',
  avif: 'een AVIF-afbeelding',
  tiff: 'een TIFF-scan',
  bmp: 'een BMP-afbeelding',
  docx: 'een Word-document',
  xlsx: 'een Excel-bestand',
  pptx: 'een PowerPoint-bestand',
  odf: 'een OpenDocument-bestand',
  doc: 'een ouder Office-bestand (.doc/.xls)',
  zip: 'een zip-bestand',
  unknown: 'een onbekend bestandstype',
};

const EXTENSIONS: Record<string, SniffedType> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  avif: 'avif',
  tif: 'tiff',
  tiff: 'tiff',
  bmp: 'bmp',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  pptx: 'pptx',
  odt: 'odf',
  ods: 'odf',
  odp: 'odf',
  doc: 'doc',
  dot: 'doc',
  xls: 'doc',
  ppt: 'doc',
  zip: 'zip',
};

/** The canonical extension for content of this type (used to suggest a corrected name). */
export const CANONICAL_EXTENSION: Partial<Record<SniffedType, string>> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  avif: 'avif',
  tiff: 'tif',
  bmp: 'bmp',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  doc: 'doc',
  zip: 'zip',
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

function sniffIsoBmff(bytes: Uint8Array): SniffedType | undefined {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const boxSize = Math.min(bytes.length, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0 || 64);
  const brands = [ascii(bytes, 8, 12)];
  for (let o = 16; o + 4 <= Math.min(boxSize, 256); o += 4) brands.push(ascii(bytes, o, o + 4));
  if (brands[0] === 'avif' || brands[0] === 'avis') return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return brands.includes('avif') ? 'avif' : 'heic';
  return undefined;
}

function sniffZip(bytes: Uint8Array): SniffedType {
  let names: string[];
  try {
    names = readZipDirectory(bytes, 100_000).map((e) => e.name);
  } catch {
    // A damaged zip: fall back to the names in the local headers near the start.
    names = [];
    for (let o = 0; o + 30 < Math.min(bytes.length, 1 << 20) && names.length < 50; ) {
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], o)) break;
      const nameLen = bytes[o + 26]! | (bytes[o + 27]! << 8);
      const extraLen = bytes[o + 28]! | (bytes[o + 29]! << 8);
      const csize = (bytes[o + 18]! | (bytes[o + 19]! << 8) | (bytes[o + 20]! << 16) | (bytes[o + 21]! << 24)) >>> 0;
      names.push(ascii(bytes, o + 30, o + 30 + nameLen));
      if (csize === 0) break;
      o += 30 + nameLen + extraLen + csize;
    }
  }
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  // OpenDocument: the first entry is an uncompressed 'mimetype' file.
  if (names[0] === 'mimetype' && indexOfAscii(bytes, 'application/vnd.oasis.opendocument', 30, 200) >= 0) return 'odf';
  return 'zip';
}

/** The content type from the first bytes (and, for zip containers, the entry names). */
export function sniffContent(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) return 'unknown';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (head.startsWith('BM') && bytes.length > 26) return 'bmp';
  const iso = sniffIsoBmff(bytes);
  if (iso) return iso;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  // Acrobat accepts up to 1024 bytes of junk before the header; so do we, but only when no other
  // signature matched at the start (a photo's metadata could contain the text "%PDF-").
  if (indexOfAscii(bytes, '%PDF-', 0, 1024 + 5) >= 0) return 'pdf';
  return 'unknown';
}

/** Detects the type from the content and compares it with the name's extension. */
export function sniffFileType(bytes: Uint8Array, name: string): SniffResult {
  const type = sniffContent(bytes);
  const extension = extensionOf(name);
  const extensionSuggests = EXTENSIONS[extension];
  // Office formats share containers (.xls in OLE2, .docm as docx); only a different family contradicts.
  const family = (t: SniffedType | undefined) => (t === 'docx' || t === 'xlsx' || t === 'pptx' ? 'ooxml' : t);
  const extensionMismatch =
    extensionSuggests !== undefined && family(extensionSuggests) !== family(type) && !(type === 'zip' && extensionSuggests === 'odf');
  return { type, mimeType: MIME_TYPES[type], extension, extensionMismatch, ...(extensionSuggests ? { extensionSuggests } : {}) };
}
