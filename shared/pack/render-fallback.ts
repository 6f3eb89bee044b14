/**
 * The last resort for a PDF nothing can copy but pdf.js can display (as the preview does): its pages go into
 * the pack as images at print resolution, with pdf.js's text laid over them invisibly so the pack stays
 * searchable. shared/ has no canvas: the worker registers OffscreenCanvas (renderer/src/workers/
 * pdf-render-loader.ts), Node tests and benchmarks @napi-rs/canvas (test/helpers/pdf-render-node.ts).
 */

/** The part of pdf.js we use (pdfjs-dist, structurally typed so shared/ does not import it). */
export interface PdfjsLike {
  getDocument(source: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean; standardFontDataUrl?: string; useSystemFonts?: boolean }): {
    promise: Promise<PdfjsDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
}
interface PdfjsViewport {
  width: number;
  height: number;
  transform: number[];
}
interface PdfjsPage {
  getViewport(options: { scale: number }): PdfjsViewport;
  render(options: { canvas: unknown; canvasContext: unknown; viewport: PdfjsViewport; annotationMode?: number }): { promise: Promise<void> };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}

export interface RenderCanvas {
  canvas: unknown;
  context: unknown;
  /** White background, then JPEG bytes of what was drawn. */
  toJpeg(): Promise<Uint8Array>;
}

export interface PdfRenderEnvironment {
  pdfjs: () => Promise<PdfjsLike>;
  createCanvas(width: number, height: number): RenderCanvas;
  standardFontDataUrl?: string;
}

/** A text run as pdf.js found it, in the rendered page's upright PDF coordinates (origin bottom left). */
export interface RenderedText {
  text: string;
  /** Maps a unit-size glyph space to the page: [a b c d e f]. */
  matrix: number[];
  /** Width of the run on the page, in points. */
  width: number;
}

export interface RenderedPage {
  /** Upright size in points. */
  width: number;
  height: number;
  jpeg: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  text: RenderedText[];
}

/** Print resolution, higher where the page has small text; pages are capped so a poster cannot exhaust memory. */
export const RENDER_DPI = 150;
export const RENDER_DPI_SMALL_TEXT = 200;
const SMALL_TEXT_PT = 9;
const MAX_PIXELS = 36_000_000;

let environment: PdfRenderEnvironment | undefined;

export function configurePdfRenderer(env: PdfRenderEnvironment | undefined): void {
  environment = env;
}

const multiply = (m: number[], n: number[]): number[] => [
  m[0]! * n[0]! + m[2]! * n[1]!,
  m[1]! * n[0]! + m[3]! * n[1]!,
  m[0]! * n[2]! + m[2]! * n[3]!,
  m[1]! * n[2]! + m[3]! * n[3]!,
  m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
  m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
];

/** Renders every page, or returns undefined when pdf.js cannot open or draw the file (or no renderer is set). */
export async function renderPdfPages(bytes: Uint8Array): Promise<RenderedPage[] | undefined> {
  if (!environment) return undefined;
  const env = environment;
  let task: ReturnType<PdfjsLike['getDocument']> | undefined;
  try {
    const pdfjs = await env.pdfjs();
    // pdf.js may detach the buffer it is given; the attachment's bytes are still needed for the ZIP.
    task = pdfjs.getDocument({
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      ...(env.standardFontDataUrl ? { standardFontDataUrl: env.standardFontDataUrl } : {}),
    });
    const doc = await task.promise;
    const pages: RenderedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const text = textRuns(await page.getTextContent(), base);
      const small = text.some((t) => Math.hypot(t.matrix[2]!, t.matrix[3]!) < SMALL_TEXT_PT);
      let dpi = small ? RENDER_DPI_SMALL_TEXT : RENDER_DPI;
      const pixels = (base.width * base.height * dpi * dpi) / (72 * 72);
      if (pixels > MAX_PIXELS) dpi = Math.floor(dpi * Math.sqrt(MAX_PIXELS / pixels));
      const viewport = page.getViewport({ scale: dpi / 72 });
      const pixelWidth = Math.max(1, Math.round(viewport.width));
      const pixelHeight = Math.max(1, Math.round(viewport.height));
      const canvas = env.createCanvas(pixelWidth, pixelHeight);
      await page.render({ canvas: canvas.canvas, canvasContext: canvas.context, viewport, annotationMode: 2 /* ENABLE_FORMS: fields drawn from their values */ }).promise;
      pages.push({ width: base.width, height: base.height, jpeg: await canvas.toJpeg(), pixelWidth, pixelHeight, dpi, text });
      page.cleanup();
    }
    return pages;
  } catch {
    return undefined;
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

/** pdf.js's text items mapped onto the upright page (viewport at scale 1 has its origin top left). */
function textRuns(content: { items: unknown[] }, viewport: PdfjsViewport): RenderedText[] {
  const flip = [1, 0, 0, -1, 0, viewport.height];
  const toPage = multiply(flip, viewport.transform);
  const out: RenderedText[] = [];
  for (const raw of content.items) {
    const item = raw as { str?: string; transform?: number[]; width?: number };
    if (!item.str || !item.str.trim() || !item.transform || item.transform.length !== 6) continue;
    out.push({ text: item.str, matrix: multiply(toPage, item.transform), width: item.width ?? 0 });
  }
  return out;
}
