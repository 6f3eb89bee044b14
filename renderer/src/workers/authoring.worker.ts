/**
 * Web Worker that renders a generated document (shared/authoring) as PDF (pdfmake, the pack's house style) or as
 * an editable Word file, off the UI thread. Fonts are inlined like in the pack worker: no fetch, ever.
 */
import { renderAuthoredPdf } from '../../../shared/authoring/render-pdf';
import type { GeneratedDocument } from '../../../shared/authoring';
import type { PackFonts } from '../../../shared/pack';
import { renderAuthoredDocx } from './authoring-docx';
import { serve, type HandlerContext } from './rpc';
import regularUrl from '../../../resources/fonts/Roboto-Regular.ttf?inline';
import boldUrl from '../../../resources/fonts/Roboto-Medium.ttf?inline';
import italicsUrl from '../../../resources/fonts/Roboto-Italic.ttf?inline';
import boldItalicsUrl from '../../../resources/fonts/Roboto-MediumItalic.ttf?inline';

function decodeDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

let fonts: PackFonts | undefined;
const packFonts = (): PackFonts =>
  (fonts ??= { regular: decodeDataUrl(regularUrl), bold: decodeDataUrl(boldUrl), italics: decodeDataUrl(italicsUrl), bolditalics: decodeDataUrl(boldItalicsUrl) });

export const authoringHandlers = {
  async render(args: { doc: GeneratedDocument; format: 'pdf' | 'docx'; appVersion: string }, ctx: HandlerContext): Promise<Uint8Array> {
    ctx.progress({ step: args.format === 'pdf' ? 'PDF maken' : 'Word-bestand maken', current: 0, total: 1 });
    const bytes = args.format === 'pdf' ? await renderAuthoredPdf(args.doc, packFonts(), args.appVersion) : await renderAuthoredDocx(args.doc);
    ctx.transfer([bytes.buffer as ArrayBuffer]);
    return bytes;
  },
};
export type AuthoringHandlers = typeof authoringHandlers;

serve(authoringHandlers);
