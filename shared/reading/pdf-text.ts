/**
 * Text of a PDF from pdf.js's text layer. pdf.js is passed in (the browser build in the app, the legacy
 * build in Node), so this file stays free of any environment.
 */

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** The part of the pdf.js module this needs (`import * as pdfjs from 'pdfjs-dist'`). */
export interface PdfJsLike {
  getDocument(params: { data: Uint8Array; password?: string; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup?(): void }>;
    }>;
    destroy(): Promise<void>;
  };
}

export interface PdfText {
  text: string;
  pageCount: number;
  /** Pages read (at most `maxPages`). */
  pagesRead: number;
}

/** Joins the text items of one page: a space between words, a line break where pdf.js marks one. */
function pageText(items: TextItemLike[]): string {
  let out = '';
  let prev: TextItemLike | undefined;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    if (prev && !out.endsWith('\n')) {
      const px = prev.transform, x = item.transform;
      // Items on one line that touch belong to one word (a font change inside a word).
      const touching = px && x && Math.abs(px[5]! - x[5]!) < 1 && Math.abs(px[4]! + (prev.width ?? 0) - x[4]!) < 0.5;
      if (!touching) out += ' ';
    }
    out += item.str;
    if (item.hasEOL) out += '\n';
    prev = item;
  }
  return out;
}

/** Reads the text layer of the first `maxPages` pages. Throws pdf.js's error for unreadable or encrypted files. */
export async function extractPdfText(pdfjs: PdfJsLike, bytes: Uint8Array, options: { maxPages?: number } = {}): Promise<PdfText> {
  const maxPages = options.maxPages ?? 20;
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    const last = Math.min(doc.numPages, maxPages);
    for (let n = 1; n <= last; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItemLike[]));
      page.cleanup?.();
    }
    return { text: pages.join('\n\f\n'), pageCount: doc.numPages, pagesRead: last };
  } finally {
    await task.destroy();
  }
}
