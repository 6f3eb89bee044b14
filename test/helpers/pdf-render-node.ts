/**
 * Registers pdf.js with @napi-rs/canvas (the canvas pdf.js itself uses in Node) as the pack's render fallback
 * in Node tests and benchmarks, and the two platform features pdfjs-dist 6 expects that Node 20 lacks.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configurePdfRenderer, type PdfjsLike } from '../../shared/pack/render-fallback';

const require = createRequire(import.meta.url);

function polyfill(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (!P.withResolvers) {
    P.withResolvers = <T>() => {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
      return { promise, resolve, reject };
    };
  }
  const proto = ArrayBuffer.prototype as unknown as { transferToFixedLength?: unknown };
  if (!proto.transferToFixedLength) {
    proto.transferToFixedLength = function (this: ArrayBuffer, length = this.byteLength) {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return out;
    };
  }
}

export function usePdfRendererInNode(): void {
  polyfill();
  const pdfjsPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const canvasModule = createRequire(pdfjsPath)('@napi-rs/canvas') as {
    createCanvas(w: number, h: number): { getContext(kind: '2d'): { fillStyle: string; fillRect(...a: number[]): void }; encode(kind: 'jpeg', quality: number): Promise<Buffer> };
  };
  configurePdfRenderer({
    pdfjs: async () => (await import(pathToFileURL(pdfjsPath).href)) as unknown as PdfjsLike,
    standardFontDataUrl: join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/',
    createCanvas(width, height) {
      const canvas = canvasModule.createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      return { canvas, context, toJpeg: async () => new Uint8Array(await canvas.encode('jpeg', 90)) };
    },
  });
}
