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

/** How a PDF attachment went into the pack. */
export type PdfRoute = 'native' | 'decrypted' | 'repaired' | 'flattened' | 'rendered';

export type PdfIntake =
  | { ok: true; kind: 'pdf'; pageCount: number; context: PDFContext; pageRefs: PDFRef[]; route: PdfRoute; optionalContent?: PDFDict }
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
    return pageRefs.length > 0 ? { context, catalog: root as PDFDict, pageRefs } : undefined;
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

function ok(parsed: Parsed, route: PdfRoute): PdfIntake {
  const oc = parsed.catalog.lookup(PDFName.of('OCProperties'));
  return {
    ok: true,
    kind: 'pdf',
    pageCount: parsed.pageRefs.length,
    context: parsed.context,
    pageRefs: parsed.pageRefs,
    route,
    ...(oc instanceof PDFDict ? { optionalContent: oc } : {}),
  };
}

export async function intakePdf(bytes: Uint8Array): Promise<PdfIntake | Extract<Inspected, { ok: false }>['code']> {
  const first = await parse(bytes);
  if (first !== undefined && first !== 'encrypted') {
    // Damaged xref: pdf-lib reads the objects one by one, as viewers do when they repair a file.
    const xrefBroken = brokenXref(bytes);
    const damagedStreams = repairPageContents(first.context, first.pageRefs);
    const route: PdfRoute = xrefBroken || damagedStreams > 0 ? 'repaired' : 'native';
    if (!hasFormFields(first)) return ok(first, route);
    const flattened = await rewritePdf(bytes, { flattenForms: true });
    const second = flattened.ok ? await parse(flattened.bytes) : undefined;
    if (second && second !== 'encrypted') return ok(second, 'flattened');
    // No qpdf here: the widgets' own drawings are what pdf-lib can copy (the viewer would draw the same
    // unless the file asks it to draw the fields itself).
    if (!flattened.ok && flattened.reason === 'unavailable' && !needsAppearances(first)) return ok(first, route);
    return (await rendered(bytes)) ?? ok(first, route);
  }
  if (first === 'encrypted' && (await pdfProtection(bytes)) === 'password') return 'encrypted';
  // Encrypted with restrictions only, or pdf-lib cannot read it: qpdf decrypts and repairs.
  const rewritten = await rewritePdf(bytes, { flattenForms: true });
  if (rewritten.ok) {
    const second = await parse(rewritten.bytes);
    if (second && second !== 'encrypted') {
      repairPageContents(second.context, second.pageRefs);
      return ok(second, first === 'encrypted' ? 'decrypted' : 'repaired');
    }
  } else if (rewritten.reason === 'password') {
    return 'encrypted';
  }
  return (await rendered(bytes)) ?? (first === 'encrypted' ? 'encrypted' : 'corrupt');
}

async function rendered(bytes: Uint8Array): Promise<PdfIntake | undefined> {
  const pages = await renderPdfPages(bytes);
  return pages && pages.length > 0 ? { ok: true, kind: 'rendered', pageCount: pages.length, pages, route: 'rendered' } : undefined;
}

function needsAppearances(parsed: Parsed): boolean {
  const form = parsed.catalog.lookup(PDFName.of('AcroForm'));
  return form instanceof PDFDict && form.lookup(PDFName.of('NeedAppearances'))?.toString() === 'true';
}

function brokenXref(bytes: Uint8Array): boolean {
  try {
    const { xref } = checkXref(bytes);
    return xref === 'broken' || xref === 'missing';
  } catch {
    return true;
  }
}
