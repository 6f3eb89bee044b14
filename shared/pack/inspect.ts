import { PDFArray, PDFDict, PDFName, PDFParser, PDFRef, type PDFContext } from 'pdf-lib';
import type { PackAttachment, SkipReasonCode } from './model';
import { exifOrientation, type Orientation } from '../files/exif';
import { canPassThrough, isPng, readPng, type PngInfo } from './png';
import { intakePdf, type PdfIntake } from './pdf-intake';

/**
 * Attachments are inspected once, before layout: page counts decide every page number in the pack, and the
 * parsed PDF is kept for the merge so no file is parsed twice.
 */
export type Inspected =
  | PdfIntake
  | { ok: true; kind: 'jpeg'; pageCount: 1; width: number; height: number; orientation: Orientation }
  | { ok: true; kind: 'png'; pageCount: 1; width: number; height: number; png: PngInfo; passThrough: boolean }
  | { ok: false; code: SkipReasonCode; reason: string };

export const SKIP_REASONS: Record<SkipReasonCode, string> = {
  encrypted:
    'De PDF kan alleen met een wachtwoord worden geopend. Voeg hem opnieuw toe bij Documenten en vul het wachtwoord in, of vraag de afzender om een onbeveiligde versie.',
  corrupt:
    'Het bestand is zo beschadigd dat geen enkel onderdeel te lezen is. Vraag het document opnieuw op, of scan het papieren origineel opnieuw.',
  unsupported: 'Dit bestandstype kan niet in de PDF worden opgenomen (alleen PDF, JPEG en PNG).',
  empty: 'De PDF bevat geen pagina’s.',
  'hash-mismatch': 'Het controlegetal (SHA-256) klopt niet met het opgeslagen bestand; het bestand is mogelijk gewijzigd of beschadigd.',
  unreadable:
    'Het opgeslagen bestand kon niet worden gelezen. Zet het terug uit een back-up, of voeg het opnieuw toe bij Documenten.',
};

export function skip(code: SkipReasonCode): Extract<Inspected, { ok: false }> {
  return { ok: false, code, reason: SKIP_REASONS[code] };
}

function sniff(bytes: Uint8Array): 'pdf' | 'jpeg' | 'png' | 'other' {
  if (isPng(bytes)) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // The header may follow some junk bytes; readers accept it within the first KiB.
  const head = bytes.subarray(0, Math.min(bytes.length, 1024));
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) {
      return 'pdf';
    }
  }
  return 'other';
}

/** `bytes`: the attachment's contents when it is stored as a Blob (attachment-source.ts). */
export async function inspectAttachment(attachment: PackAttachment, bytes: Uint8Array = attachment.bytes ?? new Uint8Array(0)): Promise<Inspected> {
  if (bytes.length === 0) return skip('corrupt');
  const kind = sniff(bytes);
  // A file that claims to be a PDF or image but is not one is damaged; anything else is unsupported.
  if (kind === 'other') return skip(attachment.fileKind === 'other' ? 'unsupported' : 'corrupt');
  if (kind === 'jpeg') return inspectJpeg(bytes);
  if (kind === 'png') return inspectPng(bytes);
  return inspectPdf(bytes, attachment.repairContent === true);
}

function inspectJpeg(bytes: Uint8Array): Inspected {
  // Walk the marker segments up to the first SOFn, the same check pdf-lib's embedder makes; an APP1 "Exif"
  // segment before it may say the photo is stored sideways.
  let pos = 2;
  let orientation: Orientation = 1;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return skip('corrupt');
    const marker = bytes[pos + 1] as number;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = ((bytes[pos + 2] as number) << 8) | (bytes[pos + 3] as number);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (pos + 9 > bytes.length) return skip('corrupt');
      const height = ((bytes[pos + 5] as number) << 8) | (bytes[pos + 6] as number);
      const width = ((bytes[pos + 7] as number) << 8) | (bytes[pos + 8] as number);
      if (width === 0 || height === 0) return skip('corrupt');
      return { ok: true, kind: 'jpeg', pageCount: 1, width, height, orientation };
    }
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(bytes.subarray(pos + 4, Math.min(bytes.length, pos + 2 + length)));
    pos += 2 + length;
  }
  return skip('corrupt');
}

function inspectPng(bytes: Uint8Array): Inspected {
  try {
    const png = readPng(bytes);
    return { ok: true, kind: 'png', pageCount: 1, width: png.width, height: png.height, png, passThrough: canPassThrough(png) };
  } catch {
    return skip('corrupt');
  }
}

/**
 * Parses with pdf-lib's PDFParser directly (no PDFDocument, no yielding per 100 objects) and lets stream
 * contents be views on the input instead of copies: the merge moves these objects into the output as-is.
 */
export async function parsePdfContext(bytes: Uint8Array): Promise<PDFContext> {
  const parser = PDFParser.forBytesWithOptions(bytes, Infinity, false, false);
  const stream = (parser as unknown as { bytes: { slice(start: number, end: number): Uint8Array } }).bytes;
  stream.slice = (start, end) => bytes.subarray(start, end);
  return parser.parseDocument();
}

async function inspectPdf(bytes: Uint8Array, repairContent: boolean): Promise<Inspected> {
  const intake = await intakePdf(bytes, { repairContent });
  return typeof intake === 'string' ? skip(intake) : intake;
}

/** Leaf pages in document order, walking the page tree iteratively (cycles and junk kids ignored). */
export function collectPageRefs(context: PDFContext, catalog: PDFDict): PDFRef[] {
  const pagesRef = catalog.get(PDFName.of('Pages'));
  const out: PDFRef[] = [];
  const seen = new Set<PDFRef>();
  const stack: PDFRef[] = pagesRef instanceof PDFRef ? [pagesRef] : [];
  if (!(pagesRef instanceof PDFRef) || !(context.lookup(pagesRef) instanceof PDFDict)) throw new Error('no page tree');
  while (stack.length > 0) {
    const ref = stack.pop() as PDFRef;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const node = context.lookup(ref);
    if (!(node instanceof PDFDict)) continue;
    const kids = node.lookup(PDFName.of('Kids'));
    const type = node.get(PDFName.of('Type'));
    if (kids instanceof PDFArray && type !== PDFName.of('Page')) {
      for (let i = kids.size() - 1; i >= 0; i--) {
        const kid = kids.get(i);
        if (kid instanceof PDFRef) stack.push(kid);
      }
    } else {
      out.push(ref);
    }
  }
  return out;
}
