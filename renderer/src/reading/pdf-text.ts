import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractPdfText, type PdfJsLike } from '../../../shared/reading';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** The PDF's text layer, parsed in pdf.js's worker. */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return extractPdfText(pdfjs as unknown as PdfJsLike, bytes).then((r) => r.text);
}

export interface ScanPages {
  pageCount: number;
  /** Draws page `n` (1-based) at about 200 dpi, for OCR. */
  render(n: number): Promise<HTMLCanvasElement>;
  close(): Promise<void>;
}

/** Opens a scan (a PDF without text) to draw its pages one by one, only as far as they are read. */
export async function openScan(bytes: Uint8Array): Promise<ScanPages> {
  const task = pdfjs.getDocument({ data: bytes.slice() });
  try {
    const doc = await task.promise;
    return {
      pageCount: doc.numPages,
      async render(n) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 200 / 72 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
        page.cleanup();
        return canvas;
      },
      close: () => task.destroy(),
    };
  } catch (e) {
    await task.destroy();
    throw e;
  }
}
