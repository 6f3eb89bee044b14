/**
 * How an attachment PDF gets into the pack so that its pages look exactly as the original's (issue 19). In
 * order, each step only where needed:
 * 1. native: pdf-lib parses it and its pages are moved in as they are (optional content carried, see
 *    optional-content.ts);
 * 2. decrypted: encrypted with restrictions only (no password to open): qpdf writes it decrypted;
 * 3. repaired: pdf-lib cannot parse it, finds no catalog or pages, or the cross-reference table is broken
 *    (pdf-lib's own object-by-object reading could then differ from what a viewer shows): qpdf's repair;
 *    a file cut off before its trailer gets its catalog found by type;
 * 4. flattened: it has filled-in form fields: qpdf draws the fields the file asks the viewer to draw
 *    (NeedAppearances) and flattens them into the page, so the values show without the form dictionary;
 * 5. rendered: none of that gives pages, but pdf.js can display it: page images (render-fallback.ts).
 * Only a file that none of these can read is refused, with a reason saying what to do.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFContext } from 'pdf-lib';
import { checkXref } from '../files/pdf';
import { pdfProtection, rewritePdf } from '../files/qpdf';
import { collectPageRefs, parsePdfContext, type Inspected } from './inspect';
import { renderPdfPages, type RenderedPage } from './render-fallback';
import { repairPageContents } from './content-repair';
import { flattenWithValues, needsAppearances } from './flatten-forms';

/** How a PDF attachment went into the pack. */
export type PdfRoute = 'native' | 'decrypted' | 'repaired' | 'flattened' | 'rendered';

export type PdfIntake =
  | {
      ok: true;
      kind: 'pdf';
      pageCount: number;
      context: PDFContext;
      pageRefs: PDFRef[];
      route: PdfRoute;
      optionalContent?: PDFDict;
      /** Content streams of which nothing could be decoded (blank in every viewer too). */
      lostStreams?: number;
    }
  | { ok: true; kind: 'rendered'; pageCount: number; pages: RenderedPage[]; route: 'rendered' };

type Parsed = { context: PDFContext; catalog: PDFDict; pageRefs: PDFRef[] };

async function parse(bytes: Uint8Array): Promise<Parsed | 'encrypted' | undefined> {
  let context: PDFContext;
  try {
    context = await parsePdfContext(bytes);
  } catch {
    return undefined;
  }
  if (context.trailerInfo.Encrypt) return 'encrypted';
  let root = context.trailerInfo.Root ? context.lookup(context.trailerInfo.Root) : undefined;
  if (!(root instanceof PDFDict)) {
    // Cut off before the trailer: the objects were read one by one, the catalog is found by its type.
    const found = findCatalog(context);
    if (!found) return undefined;
    context.trailerInfo.Root = found;
    root = context.lookup(found);
  }
  try {
    const pageRefs = collectPageRefs(context, root as PDFDict).filter((ref) => context.lookup(ref) instanceof PDFDict);
    return { context, catalog: root as PDFDict, pageRefs };
  } catch {
    return undefined;
  }
}

function findCatalog(context: PDFContext): PDFRef | undefined {
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('Catalog') && obj.get(PDFName.of('Pages')) instanceof PDFRef) return ref;
  }
  return undefined;
}

/** True when the file has form fields (their widgets are drawn into the page by qpdf). */
function hasFormFields(parsed: Parsed): boolean {
  const form = parsed.catalog.lookup(PDFName.of('AcroForm'));
  if (!(form instanceof PDFDict)) return false;
  const fields = form.lookup(PDFName.of('Fields'));
  return fields instanceof PDFArray && fields.size() > 0;
}

function ok(parsed: Parsed, route: PdfRoute, lostStreams = 0): PdfIntake {
  const oc = parsed.catalog.lookup(PDFName.of('OCProperties'));
  return {
    ok: true,
    kind: 'pdf',
    pageCount: parsed.pageRefs.length,
    context: parsed.context,
    pageRefs: parsed.pageRefs,
    route,
    ...(lostStreams > 0 ? { lostStreams } : {}),
    ...(oc instanceof PDFDict ? { optionalContent: oc } : {}),
  };
}

type Outcome = PdfIntake | Extract<Inspected, { ok: false }>['code'];

export interface IntakeOptions {
  /**
   * Decode and recover page content streams even where nothing else is wrong (the import accepted the file
   * as repaired). Files that needed repair, decryption or flattening are always checked.
   */
  repairContent?: boolean;
}

export async function intakePdf(bytes: Uint8Array, options: IntakeOptions = {}): Promise<Outcome> {
  let first = await parse(bytes);
  // A page tree without pages: empty when the file is intact, else perhaps a damaged tree qpdf can rebuild.
  if (first !== undefined && first !== 'encrypted' && first.pageRefs.length === 0) {
    if (!brokenXref(bytes)) return 'empty';
    first = undefined;
  }
  if (first !== undefined && first !== 'encrypted') return readable(bytes, first, brokenXref(bytes) ? 'repaired' : 'native', options.repairContent === true);
  if (first === 'encrypted' && (await pdfProtection(bytes)) === 'password') return 'encrypted';
  // Encrypted with restrictions only, or pdf-lib cannot read it: qpdf decrypts and repairs.
  const rewritten = await rewritePdf(bytes);
  if (rewritten.ok) {
    const second = await parse(rewritten.bytes);
    if (second && second !== 'encrypted' && second.pageRefs.length > 0) return readable(rewritten.bytes, second, first === 'encrypted' ? 'decrypted' : 'repaired', true);
  } else if (rewritten.reason === 'password') {
    return 'encrypted';
  }
  return (await rendered(bytes)) ?? (first === 'encrypted' ? 'encrypted' : 'corrupt');
}

/** A PDF pdf-lib reads: damaged content streams recovered, form fields drawn and flattened. */
async function readable(bytes: Uint8Array, parsed: Parsed, route: PdfRoute, checkContent: boolean): Promise<Outcome> {
  const { damaged, lost } = checkContent || route !== 'native' ? repairPageContents(parsed.context, parsed.pageRefs) : { damaged: 0, lost: 0 };
  const base: PdfRoute = route === 'native' && damaged > 0 ? 'repaired' : route;
  if (!hasFormFields(parsed)) return ok(parsed, base, lost);
  if (needsAppearances(parsed.context, parsed.catalog)) {
    // The viewer draws the fields from their values: so does pdf-lib; where it cannot, pdf.js renders them.
    const flattened = await flattenWithValues(bytes);
    const again = flattened ? await parse(flattened) : undefined;
    if (again && again !== 'encrypted' && again.pageRefs.length === parsed.pageRefs.length) {
      repairPageContents(again.context, again.pageRefs);
      return ok(again, 'flattened');
    }
    return (await rendered(bytes)) ?? ok(parsed, base);
  }
  // The widgets' own drawings are what viewers show: qpdf flattens them into the page.
  const flattened = await rewritePdf(bytes, { flattenForms: true });
  const again = flattened.ok ? await parse(flattened.bytes) : undefined;
  if (again && again !== 'encrypted' && again.pageRefs.length === parsed.pageRefs.length) {
    repairPageContents(again.context, again.pageRefs);
    return ok(again, 'flattened');
  }
  return ok(parsed, base);
}

async function rendered(bytes: Uint8Array): Promise<PdfIntake | undefined> {
  const pages = await renderPdfPages(bytes);
  return pages && pages.length > 0 ? { ok: true, kind: 'rendered', pageCount: pages.length, pages, route: 'rendered' } : undefined;
}

function brokenXref(bytes: Uint8Array): boolean {
  try {
    const { xref } = checkXref(bytes);
    return xref === 'broken' || xref === 'missing';
  } catch {
    return true;
  }
}
