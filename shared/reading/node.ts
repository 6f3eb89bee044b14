/**
 * Node entry point: bytes + file name + people → proposal, reading the PDF text with pdf.js itself.
 * For scripts and tests; the app uses the same `proposeDocument` with text from its workers.
 */
import { todayInAmsterdam } from '../dates';
import { sniffContent } from '../files/sniff';
import type { IsoDate } from '../model';
import { extractPdfText, type PdfJsLike } from './pdf-text';
import { proposeDocument } from './propose';
import type { DocumentProposal, PersonName } from './types';

export interface ReadDocumentInput {
  bytes: Uint8Array;
  fileName: string;
  people: readonly PersonName[];
  today?: IsoDate;
}

export interface ReadDocumentResult {
  proposal: DocumentProposal;
  /** Where the text came from: the PDF's text layer, or none (an image or a scan: needs OCR). */
  textSource: 'pdf-text' | 'none';
  text: string;
}

// pdf.js 6 uses Promise.withResolvers, which Node gained in version 22.
const P = Promise as unknown as { withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } };
P.withResolvers ??= <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};

let pdfjs: Promise<PdfJsLike> | undefined;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLike>);

/** Reads a file as the app does on import and proposes its details. Images get `textSource: 'none'`. */
export async function readDocument(input: ReadDocumentInput): Promise<ReadDocumentResult> {
  const today = input.today ?? todayInAmsterdam();
  let text = '';
  let textSource: ReadDocumentResult['textSource'] = 'none';
  if (sniffContent(input.bytes) === 'pdf') {
    text = (await extractPdfText(await loadPdfJs(), input.bytes)).text;
    textSource = 'pdf-text';
  }
  return { proposal: proposeDocument({ text, fileName: input.fileName, people: input.people, today }), textSource, text };
}
