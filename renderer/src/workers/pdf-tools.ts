/**
 * Registers, inside a worker, the two PDF tools shared/ uses where pdf-lib alone cannot do it (issue 19):
 * qpdf as WebAssembly (decrypt, repair, flatten; shared/files/qpdf.ts) and pdf.js drawing on an
 * OffscreenCanvas (the pack's render fallback; shared/pack/render-fallback.ts). Both are loaded from the
 * app's own files (Vite assets, served from app:// in the desktop app), never from the network.
 */
import { configureQpdf, type QpdfModule } from '../../../shared/files/qpdf';
import { configurePdfRenderer, type PdfjsLike } from '../../../shared/pack/render-fallback';
import qpdfWasmUrl from '@neslinesli93/qpdf-wasm/dist/qpdf.wasm?url';
import pdfjsWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type OffscreenCanvasLike = {
  getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } | null;
  convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
};

let registered = false;

export function registerPdfTools(): void {
  if (registered) return;
  registered = true;
  configureQpdf(async () => {
    const create = (await import('@neslinesli93/qpdf-wasm')).default as unknown as (options: {
      locateFile: () => string;
      noInitialRun: boolean;
    }) => Promise<QpdfModule>;
    return create({ locateFile: () => new URL(qpdfWasmUrl, self.location.href).href, noInitialRun: true });
  });
  const Offscreen = (globalThis as unknown as { OffscreenCanvas?: new (w: number, h: number) => OffscreenCanvasLike }).OffscreenCanvas;
  if (!Offscreen) return;
  configurePdfRenderer({
    pdfjs: async () => {
      const pdfjs = await import('pdfjs-dist');
      // pdf.js starts its own worker from this bundled file (same origin).
      pdfjs.GlobalWorkerOptions.workerSrc = new URL(pdfjsWorkerUrl, self.location.href).href;
      return pdfjs as unknown as PdfjsLike;
    },
    createCanvas(width, height) {
      const canvas = new Offscreen(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      return {
        canvas,
        context,
        toJpeg: async () => new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer()),
      };
    },
  });
}
