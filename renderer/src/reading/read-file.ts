import { MIN_TEXT_LETTERS, readPagesUntilEnough, readUpright, type Rotation } from '../../../shared/reading';
import type { FileKind } from '../../../shared/model';
import { recognize, warmOcr, type OcrProgress } from './ocr';
import { asCanvas, photoPage, turned } from './page-image';
import { openScan, pdfText } from './pdf-text';

export interface ReadText {
  text: string;
  /** Where the text came from, to say so next to the proposal. */
  source: 'pdf-text' | 'ocr' | 'none';
  /** OCR read a page turned (it lay sideways or upside down). */
  turned?: boolean;
  /** A scan: how many pages OCR read, of how many it has. */
  pages?: { read: number; of: number };
}

export interface ReadOptions {
  onProgress?: (p: OcrProgress) => void;
  /** Stops the reading: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Whether the text read so far is enough: a scan is read page by page until it is (or MAX_OCR_PAGES). */
  enough?: (text: string) => boolean;
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/** Whether the image, turned by `rotation`, is wider than high. */
const landscapeAt = ({ width, height }: { width: number; height: number }, rotation: Rotation) =>
  rotation === 90 || rotation === 270 ? height > width : width > height;

const TURNED_STEP = 'Tekst herkennen, de pagina gedraaid';

/**
 * The text of one imported file: the PDF's text layer, or OCR for photos and for PDFs without text
 * (scans). Other files (Word, …) give no text; their proposal then rests on the file name.
 */
export async function readFileText(bytes: Uint8Array, kind: FileKind, options: ReadOptions = {}): Promise<ReadText> {
  if (kind === 'pdf') {
    const text = await pdfText(bytes);
    if (letters(text) >= MIN_TEXT_LETTERS) return { text, source: 'pdf-text' };
    options.signal?.throwIfAborted();
    // A scan: the OCR engine starts now (if it is not running), while its first page is drawn.
    warmOcr();
    return readScan(bytes, options);
  }
  if (kind === 'jpeg' || kind === 'png') return readPhoto(bytes, kind === 'jpeg' ? 'image/jpeg' : 'image/png', options);
  return { text: '', source: 'none' };
}

async function readPhoto(bytes: Uint8Array, type: 'image/jpeg' | 'image/png', { onProgress, signal }: ReadOptions): Promise<ReadText> {
  const photo = await photoPage(bytes, type);
  let step: string | undefined;
  const progress = (p: OcrProgress) => onProgress?.(step ? { ...p, step } : p);
  try {
    const result = await readUpright(
      async (rotation) => recognize(rotation === 0 ? photo.upright : asCanvas(turned(await photo.decode(), rotation)), { onProgress: progress, signal }),
      { landscape: async () => landscapeAt(await photo.decode(), 0), signal, onTurn: () => (step = TURNED_STEP) },
    );
    return { text: result.text, source: 'ocr', turned: result.rotation !== 0 };
  } finally {
    photo.close();
  }
}

/** A scan, page by page: each page the right way up (a page turned like the one before it is tried that way first). */
async function readScan(bytes: Uint8Array, { onProgress, signal, enough }: ReadOptions): Promise<ReadText> {
  const scan = await openScan(bytes);
  let rotation: Rotation = 0;
  let turnedAny = false;
  let page = { current: 1, total: 1 };
  let step: string | undefined;
  const pageStep = () => (page.total > 1 ? `Tekst lezen, pagina ${page.current} van ${page.total}` : 'Tekst herkennen');
  const progress = (p: OcrProgress) => onProgress?.({ ...p, step: p.step === 'Tekst herkennen' ? (step ?? pageStep()) : p.step, page });
  try {
    const result = await readPagesUntilEnough({
      pageCount: scan.pageCount,
      enough: enough ?? (() => false),
      signal,
      onPage: (current, total) => {
        page = { current, total };
        step = undefined;
        onProgress?.({ step: pageStep(), fraction: 0, page });
      },
      readPage: async (n) => {
        const canvas = await scan.render(n);
        signal?.throwIfAborted();
        const read = await readUpright((r) => recognize(asCanvas(turned(canvas, r)), { onProgress: progress, signal }), {
          first: rotation,
          landscape: landscapeAt(canvas, rotation),
          signal,
          onTurn: () => (step = page.total > 1 ? `${pageStep()}, gedraaid` : TURNED_STEP),
        });
        step = undefined;
        rotation = read.rotation;
        turnedAny ||= read.rotation !== 0;
        return read.text;
      },
    });
    return { text: result.text, source: 'ocr', turned: turnedAny, pages: { read: result.pagesRead, of: scan.pageCount } };
  } finally {
    await scan.close();
  }
}
