import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractPdfText, type PdfJsLike } from '../../../shared/reading';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** The PDF's text layer, parsed in pdf.js's worker. */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return extractPdfText(pdfjs as unknown as PdfJsLike, bytes).then((r) => r.text);
}

/** Renders the first pages of a scan (a PDF without text) to canvases for OCR, at about 200 dpi. */
export async function renderPages(bytes: Uint8Array, maxPages = 2): Promise<HTMLCanvasElement[]> {
  const task = pdfjs.getDocument({ data: bytes.slice() });
  try {
    const doc = await task.promise;
    const canvases: HTMLCanvasElement[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 200 / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    return canvases;
  } finally {
    await task.destroy();
  }
}
