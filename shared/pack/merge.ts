/**
 * Merging with pdf-lib, tuned for large packs and split in two so it can run while the layout is made
 * (in a layout worker, see build.ts):
 * 1. `PackMerger.start`: attachment PDFs (parsed once, in inspect.ts, with stream contents as views on the
 *    input) have their pages moved into the output and renumbered in place instead of being deep-cloned by
 *    copyPages; JPEGs are embedded as-is, PNGs without alpha as their own zlib data; separator pages are
 *    drawn; page numbers get reserved spots. All of it is serialised right away (pdf-writer.ts).
 * 2. `finish`: the generated document (pdfmake: front, placeholder page(s) with the `att:N` anchors, back)
 *    is moved in; the placeholder pages are dropped and the `att:N` named destinations pointed at the
 *    separators; the page numbers are written; one flat page tree; the rest is serialised. The PDF comes out
 *    as parts.
 */
import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFHexString,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFRef,
  PDFString,
  StandardFonts,
  rgb,
  type PDFContext,
  type PDFFont,
  type PDFObject,
  type PDFOperator,
} from 'pdf-lib';
import { drawActiveContentNote } from './active-content-note';
import { swapsSides } from '../files/exif';
import { embedImage, placeImage } from './image-page';
import { collectPageRefs, parsePdfContext, type Inspected } from './inspect';
import { anchors, type PlannedAttachment } from './layout';
import type { PackDocumentRef } from './model';
import { PdfPartsWriter } from './pdf-writer';
import { drawSeparator, separatorNumbers, toWinAnsi, type PageRangeSpot } from './separator';
import { stripActiveContent } from './sanitize';
import { Stamper, addStampFont, type StampSlot } from './stamp';
import { transplant } from './transplant';
import { OptionalContentMerger } from './optional-content';
import { addRenderedPage } from './rendered-page';
import { writeOutline } from './outline';

const A4: [number, number] = [595.28, 841.89];
/** On the separator of an attachment whose pages are images (render-fallback.ts). */
const RENDERED_REMARK = 'Opgenomen als afbeelding: de PDF kon niet pagina voor pagina worden overgenomen. De tekst blijft doorzoekbaar; het originele bestand zit in het ZIP-bestand.';

export interface MergeAttachment {
  planned: PlannedAttachment;
  inspected: Extract<Inspected, { ok: true }>;
  /** Dates of the document as the requirement entries cite it (for the separator page). */
  documentRef?: PackDocumentRef;
}

export interface MergeStart {
  attachments: MergeAttachment[];
  metadata: { title: string; author: string; producer: string; createdAt: Date; subject?: string; keywords?: string[] };
  onAttachment?: (index: number) => Promise<void>;
}

export interface MergeOutput {
  /** The PDF as consecutive parts (pdf-writer.ts). */
  pdf: Uint8Array[];
  pageCount: number;
  /** Images that passed inspection but failed to embed; their page shows a notice instead. */
  failedImages: string[];
}

interface Separator {
  planned: PlannedAttachment;
  ref: PDFRef;
  /** Reserved for the page range and "Pagina X van Y" (known after the layout). */
  numbers: PDFRef;
  spot: PageRangeSpot;
  /** The attachment's pages, each with its reserved stamp. */
  pages: { ref: PDFRef; stamp: StampSlot }[];
}

export class PackMerger {
  private constructor(
    private readonly doc: PDFDocument,
    private readonly writer: PdfPartsWriter,
    private readonly font: PDFFont,
    private readonly safe: (text: string) => string,
    private readonly stamper: Stamper,
    private readonly separators: Separator[],
    readonly failedImages: string[],
  ) {}

  /** Step 1: everything that does not depend on the layout. */
  static async start(input: MergeStart): Promise<PackMerger> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const ctx = doc.context;
    const pagesRef = pageTreeRef(doc);
    const regular = doc.embedStandardFont(StandardFonts.Helvetica);
    const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
    const winAnsi = new Set(regular.getCharacterSet());
    const safe = (text: string): string => toWinAnsi(text, winAnsi);
    const stamper = new Stamper(ctx, regular);
    const separators: Separator[] = [];
    const failedImages: string[] = [];
    const parentKey = PDFName.of('Parent');
    const layers = new OptionalContentMerger();

    for (let i = 0; i < input.attachments.length; i++) {
      const item = input.attachments[i] as MergeAttachment;
      const { planned, inspected } = item;

      // The separator, complete but for its numbers, which get a reserved object (written in `finish`).
      const sheet = plainPage(doc);
      sheet.setSize(...A4);
      const remark = inspected.kind === 'rendered' ? RENDERED_REMARK : undefined;
      const spot = drawSeparator(sheet, planned, item.documentRef, { regular, bold, safe }, remark);
      addStampFont(ctx, sheet.node.Resources() as PDFDict, regular);
      const separator: Separator = { planned, ref: sheet.ref, numbers: ctx.nextRef(), spot, pages: [] };
      const own = sheet.node.get(PDFName.of('Contents'));
      sheet.node.set(PDFName.of('Contents'), ctx.obj([...(own instanceof PDFArray ? own.asArray() : own ? [own] : []), separator.numbers]));
      sheet.node.set(parentKey, pagesRef);

      let pageRefs: PDFRef[];
      if (inspected.kind === 'pdf') {
        // Issue #14: nothing a PDF reader could run or open goes to the gemeente.
        drawActiveContentNote(sheet, stripActiveContent(inspected.context, inspected.pageRefs), { regular, bold, safe });
        const moved = transplant(inspected.context, ctx, inspected.pageRefs, inspected.optionalContent ? [inspected.optionalContent] : []);
        layers.add(moved.extra[0]);
        pageRefs = moved.pages;
      } else if (inspected.kind === 'rendered') {
        pageRefs = inspected.pages.map((page) => addRenderedPage(ctx, page, regular, safe));
      } else {
        const imagePage = plainPage(doc);
        const orientation = inspected.kind === 'jpeg' ? inspected.orientation : 1;
        const [width, height] = swapsSides(orientation) ? [inspected.height, inspected.width] : [inspected.width, inspected.height];
        imagePage.setSize(...(width > height ? ([A4[1], A4[0]] as [number, number]) : A4));
        try {
          placeImage(imagePage, await embedImage(doc, planned.attachment.bytes, inspected), width, height, orientation);
        } catch {
          failedImages.push(planned.attachment.documentId);
          imagePage.drawText(safe('Deze afbeelding kon niet worden weergegeven; het originele bestand zit in het ZIP-bestand.'), {
            x: 50,
            y: imagePage.getHeight() / 2,
            size: 10,
            font: regular,
            color: rgb(0.12, 0.14, 0.16),
          });
        }
        pageRefs = [imagePage.ref];
      }
      for (const ref of pageRefs) {
        ctx.lookup(ref, PDFDict).set(parentKey, pagesRef);
        separator.pages.push({ ref, stamp: stamper.prepare(ref) });
      }
      separators.push(separator);
      // The parsed source is no longer needed; its objects now live in the output.
      (item as { inspected?: unknown }).inspected = undefined;
      await input.onAttachment?.(i);
    }

    layers.apply(ctx, doc.catalog);
    doc.setTitle(input.metadata.title);
    doc.setAuthor(input.metadata.author);
    doc.setCreator(input.metadata.producer);
    doc.setProducer(input.metadata.producer);
    if (input.metadata.subject) doc.setSubject(input.metadata.subject);
    if (input.metadata.keywords) doc.setKeywords(input.metadata.keywords);
    doc.setCreationDate(input.metadata.createdAt);
    doc.setModificationDate(input.metadata.createdAt);
    // Embeds the fonts and images pdf-lib has so far only registered.
    await doc.flush();
    const writer = new PdfPartsWriter();
    writer.writePending(ctx, [pagesRef, ctx.trailerInfo.Root as PDFRef]);
    return new PackMerger(doc, writer, regular, safe, stamper, separators, failedImages);
  }

  /**
   * Step 2: `generated` holds `frontPages` pages, `placeholderPages` pages with the `att:N` anchors, then
   * the back pages. Returns the whole pack.
   */
  async finish(
    generated: Uint8Array,
    frontPages: number,
    placeholderPages: number,
    outline: readonly { level: number; title: string; page: number }[] = [],
  ): Promise<MergeOutput> {
    const { doc, separators } = this;
    const ctx = doc.context;
    const src = await parsePdfContext(generated);
    if (!src.trailerInfo.Root) throw new Error('generated document has no catalog');
    const srcCatalog = src.lookup(src.trailerInfo.Root, PDFDict);
    const srcPages = collectPageRefs(src, srcCatalog);
    if (frontPages + placeholderPages > srcPages.length) throw new Error('generated document lacks placeholder pages');
    // Catalog entries such as /Names (the named destinations of the links) travel with the pages.
    const carried = srcCatalog.entries().filter(([key]) => key !== PDFName.of('Pages') && key !== PDFName.of('Type'));
    const moved = transplant(src, ctx, srcPages, carried.map(([, value]) => value));
    carried.forEach(([key], i) => doc.catalog.set(key, moved.extra[i] as PDFObject));

    const pagesRef = pageTreeRef(doc);
    for (const ref of moved.pages.slice(frontPages, frontPages + placeholderPages)) {
      clearPage(ctx, ctx.lookup(ref, PDFDict));
      ctx.delete(ref);
    }
    retargetDestinations(ctx, doc.catalog, new Map(separators.map((s) => [anchors.attachment(s.planned.number), s.ref])));

    const total = moved.pages.length - placeholderPages + separators.reduce((n, s) => n + 1 + s.pages.length, 0);
    const finalRefs: PDFRef[] = moved.pages.slice(0, frontPages);
    for (const separator of separators) {
      finalRefs.push(separator.ref);
      const content = separatorNumbers(this.font, this.safe, separator.spot, A4[0], separator.planned, finalRefs.length, total);
      ctx.assign(separator.numbers, ctx.stream(content));
      for (const { ref: attachmentPage, stamp } of separator.pages) {
        finalRefs.push(attachmentPage);
        this.stamper.fill(stamp, this.safe(`Bijlage ${separator.planned.number} — Pagina ${finalRefs.length} van ${total}`));
      }
    }
    const back = moved.pages.slice(frontPages + placeholderPages);
    finalRefs.push(...back);

    const pagesDict = ctx.lookup(pagesRef, PDFDict);
    pagesDict.set(PDFName.of('Kids'), ctx.obj(finalRefs));
    pagesDict.set(PDFName.of('Count'), PDFNumber.of(finalRefs.length));
    for (const ref of [...moved.pages.slice(0, frontPages), ...back]) ctx.lookup(ref, PDFDict).set(PDFName.of('Parent'), pagesRef);
    doc.setLanguage('nl-NL');
    writeOutline(ctx, doc.catalog, outline.flatMap((o) => {
      const page = finalRefs[o.page - 1];
      return page ? [{ level: o.level, title: o.title, page }] : [];
    }));

    this.writer.writePending(ctx);
    const pdf = this.writer.finish(PdfPartsWriter.trailerOf(ctx));
    return { pdf, pageCount: finalRefs.length, failedImages: this.failedImages };
  }
}

/**
 * A new page whose drawing goes into uncompressed content streams: pdf-lib deflates each new content stream
 * with pako (allocating a fresh window every time), which for 200 separators cost ~0.1 s to save ~300 KB.
 */
function plainPage(doc: PDFDocument): PDFPage {
  const page = PDFPage.create(doc);
  (page as unknown as { createContentStream: (...operators: PDFOperator[]) => PDFContentStream }).createContentStream = (...operators) =>
    PDFContentStream.of(doc.context.obj({}), operators, false);
  return page;
}

/**
 * Points the named destinations in `targets` (name → page) at their page, keeping the view (/XYZ …). Walks
 * the catalog's /Dests name tree (pdfkit writes a flat /Names array; /Kids are followed too).
 */
function retargetDestinations(ctx: PDFContext, catalog: PDFDict, targets: Map<string, PDFRef>): void {
  const names = catalog.lookup(PDFName.of('Names'));
  const root = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const stack: PDFObject[] = root ? [root] : [];
  for (let guard = 0; stack.length > 0 && guard < 100_000; guard++) {
    const node = stack.pop();
    if (!(node instanceof PDFDict)) continue;
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) stack.push(kids.lookup(i) as PDFObject);
    const pairs = node.lookup(PDFName.of('Names'));
    if (!(pairs instanceof PDFArray)) continue;
    for (let i = 0; i + 1 < pairs.size(); i += 2) {
      const key = pairs.lookup(i);
      const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : undefined;
      const target = name ? targets.get(name) : undefined;
      if (!target) continue;
      let dest = pairs.lookup(i + 1);
      if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
      if (dest instanceof PDFArray && dest.size() > 0) dest.set(0, target);
      else pairs.set(i + 1, ctx.obj([target, PDFName.of('Fit')]));
    }
  }
}

function pageTreeRef(doc: PDFDocument): PDFRef {
  const ref = doc.catalog.get(PDFName.of('Pages'));
  if (!(ref instanceof PDFRef)) throw new Error('document has no page tree');
  return ref;
}

/** Removes a page's own content stream(s) and resources dict (pdfkit gives each page its own). */
function clearPage(ctx: PDFContext, page: PDFDict): void {
  const contents = page.get(PDFName.of('Contents'));
  const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) {
      const part = resolved.get(i);
      if (part instanceof PDFRef) ctx.delete(part);
    }
  }
  if (contents instanceof PDFRef) ctx.delete(contents);
  const resources = page.get(PDFName.of('Resources'));
  if (resources instanceof PDFRef) ctx.delete(resources);
  page.delete(PDFName.of('Contents'));
  page.delete(PDFName.of('Resources'));
}
