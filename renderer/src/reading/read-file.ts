import { MIN_TEXT_LETTERS } from '../../../shared/reading';
import type { FileKind } from '../../../shared/model';
import { recognize, type OcrProgress } from './ocr';
import { pdfText, renderPages } from './pdf-text';

export interface ReadText {
  text: string;
  /** Where the text came from, to say so next to the proposal. */
  source: 'pdf-text' | 'ocr' | 'none';
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/**
 * The text of one imported file: the PDF's text layer, or OCR for photos and for PDFs without text
 * (scans). Other files (Word, …) give no text; their proposal then rests on the file name.
 */
export async function readFileText(bytes: Uint8Array, kind: FileKind, onProgress?: (p: OcrProgress) => void): Promise<ReadText> {
  if (kind === 'pdf') {
    const text = await pdfText(bytes);
    if (letters(text) >= MIN_TEXT_LETTERS) return { text, source: 'pdf-text' };
    const pages = await renderPages(bytes);
    const parts: string[] = [];
    for (const page of pages) parts.push(await recognize(page, onProgress));
    return { text: parts.join('\n\f\n'), source: 'ocr' };
  }
  if (kind === 'jpeg' || kind === 'png') {
    const type = kind === 'jpeg' ? 'image/jpeg' : 'image/png';
    return { text: await recognize(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), onProgress), source: 'ocr' };
  }
  return { text: '', source: 'none' };
}
