/**
 * Merging with pdf-lib, tuned for large packs and split in two so it can run while the layout is made
 * (in a layout worker, see build.ts):
 * 1. `PackMerger.start`: attachment PDFs (parsed once, in inspect.ts, with stream contents as views on the
 *    input) have their pages moved into the output and renumbered in place instead of being deep-cloned by
 *    copyPages; JPEGs are embedded as-is, PNGs without alpha as their own zlib data; separator pages are
 *    drawn; page-number stamps are reserved. All of it is serialised right away (pdf-writer.ts).
 * 2. `finish`: the generated document (pdfmake: front, one placeholder page per bijlage, back) is moved in;
 *    each placeholder takes its separator's content (so named destinations pointing at it stay valid); the
 *    page numbers are written; one flat page tree; the rest is serialised.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFRef,
  StandardFonts,
  rgb,
  type PDFContext,
  type PDFFont,
  type PDFObject,
} from 'pdf-lib';
import { embedImage, placeImage } from './image-page';
import { collectPageRefs, parsePdfContext, type Inspected } from './inspect';
import type { PlannedAttachment } from './layout';
import type { PackDocumentRef } from './model';
import { PdfPartsWriter } from './pdf-writer';
import { drawSeparator, separatorNumbers, toWinAnsi, type PageRangeSpot } from './separator';
import { Stamper, addStampFont, type StampSlot } from './stamp';
import { transplant } from './transplant';

const A4: [number, number] = [595.28, 841.89];

export interface MergeAttachment {
  planned: PlannedAttachment;
  inspected: Extract<Inspected, { ok: true }>;
  /** Dates of the document as the requirement entries cite it (for the separator page). */
  documentRef?: PackDocumentRef;
}

export interface MergeStart {
  attachments: MergeAttachment[];
  metadata: { title: string; author: string; producer: string; createdAt: Date };
  onAttachment?: (index: number) => Promise<void>;
}

export interface MergeOutput {
  pageCount: number;
  /** Images that passed inspection but failed to embed; their page shows a notice instead. */
  failedImages: string[];
  /**
   * Puts the file together in one buffer. Separate so the caller can drop the merger first: its parsed
   * objects are garbage by then and need not stay next to the 200 MB result.
   */
  assemble(): Uint8Array;
}

interface Separator {
  planned: PlannedAttachment;
  contents: PDFObject;
  resources: PDFDict;
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

    for (let i = 0; i < input.attachments.length; i++) {
      const item = input.attachments[i] as MergeAttachment;
      const { planned, inspected } = item;

      // Drawn on a scratch page whose content and resources go to the placeholder page in step 2.
      const scratch = PDFPage.create(doc);
      scratch.setSize(...A4);
      const spot = drawSeparator(scratch, planned, item.documentRef, { regular, bold, safe });
      const resources = scratch.node.Resources() as PDFDict;
      addStampFont(ctx, resources, regular);
      const separator: Separator = { planned, contents: scratch.node.get(PDFName.of('Contents')) as PDFObject, resources, spot, pages: [] };
      ctx.delete(scratch.ref);

      let pageRefs: PDFRef[];
      if (inspected.kind === 'pdf') {
        pageRefs = transplant(inspected.context, ctx, inspected.pageRefs).pages;
      } else {
        const page = PDFPage.create(doc);
        const landscape = inspected.width > inspected.height;
        page.setSize(...(landscape ? ([A4[1], A4[0]] as [number, number]) : A4));
        try {
          placeImage(page, await embedImage(doc, planned.attachment.bytes, inspected), inspected.width, inspected.height);
        } catch {
          failedImages.push(planned.attachment.documentId);
          page.drawText(safe('Deze afbeelding kon niet worden weergegeven; het originele bestand zit in het ZIP-bestand.'), {
            x: 50,
            y: page.getHeight() / 2,
            size: 10,
            font: regular,
            color: rgb(0.12, 0.14, 0.16),
          });
        }
        pageRefs = [page.ref];
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

    doc.setTitle(input.metadata.title);
    doc.setAuthor(input.metadata.author);
    doc.setCreator(input.metadata.producer);
    doc.setProducer(input.metadata.producer);
    doc.setCreationDate(input.metadata.createdAt);
    doc.setModificationDate(input.metadata.createdAt);
    // Embeds the fonts and images pdf-lib has so far only registered.
    await doc.flush();
    const writer = new PdfPartsWriter();
    writer.writePending(ctx, [pagesRef, ctx.trailerInfo.Root as PDFRef]);
    return new PackMerger(doc, writer, regular, safe, stamper, separators, failedImages);
  }

  /**
   * Step 2: `generated` holds `frontPages` pages, one placeholder per attachment, then the back pages.
   * Returns the whole pack.
   */
  async finish(generated: Uint8Array, frontPages: number): Promise<MergeOutput> {
    const { doc, separators } = this;
    const ctx = doc.context;
    const src = await parsePdfContext(generated);
    if (!src.trailerInfo.Root) throw new Error('generated document has no catalog');
    const srcCatalog = src.lookup(src.trailerInfo.Root, PDFDict);
    const srcPages = collectPageRefs(src, srcCatalog);
    if (frontPages + separators.length > srcPages.length) throw new Error('generated document lacks placeholder pages');
    // Catalog entries such as /Names (the named destinations of the links) travel with the pages.
    const carried = srcCatalog.entries().filter(([key]) => key !== PDFName.of('Pages') && key !== PDFName.of('Type'));
    const moved = transplant(src, ctx, srcPages, carried.map(([, value]) => value));
    carried.forEach(([key], i) => doc.catalog.set(key, moved.extra[i] as PDFObject));

    const pagesRef = pageTreeRef(doc);
    const total = moved.pages.length + separators.reduce((n, s) => n + s.pages.length, 0);
    const finalRefs: PDFRef[] = moved.pages.slice(0, frontPages);
    separators.forEach((separator, i) => {
      const ref = moved.pages[frontPages + i] as PDFRef;
      finalRefs.push(ref);
      const separatorPage = finalRefs.length;
      const numbers = ctx.register(
        ctx.stream(separatorNumbers(this.font, this.safe, separator.spot, A4[0], separator.planned, separatorPage, total)),
      );
      const page = ctx.lookup(ref, PDFDict);
      clearPage(ctx, page);
      const own = separator.contents instanceof PDFArray ? separator.contents.asArray() : [separator.contents];
      page.set(PDFName.of('Contents'), ctx.obj([...own, numbers]));
      page.set(PDFName.of('Resources'), separator.resources);
      page.set(PDFName.of('MediaBox'), ctx.obj([0, 0, ...A4]));
      for (const { ref: attachmentPage, stamp } of separator.pages) {
        finalRefs.push(attachmentPage);
        this.stamper.fill(stamp, this.safe(`Bijlage ${separator.planned.number} — Pagina ${finalRefs.length} van ${total}`));
      }
    });
    finalRefs.push(...moved.pages.slice(frontPages + separators.length));

    const pagesDict = ctx.lookup(pagesRef, PDFDict);
    pagesDict.set(PDFName.of('Kids'), ctx.obj(finalRefs));
    pagesDict.set(PDFName.of('Count'), PDFNumber.of(finalRefs.length));
    for (const ref of moved.pages) ctx.lookup(ref, PDFDict).set(PDFName.of('Parent'), pagesRef);
    doc.setLanguage('nl-NL');

    this.writer.writePending(ctx);
    const trailer = PdfPartsWriter.trailerOf(ctx);
    const writer = this.writer;
    return { pageCount: finalRefs.length, failedImages: this.failedImages, assemble: () => writer.finish(trailer) };
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
