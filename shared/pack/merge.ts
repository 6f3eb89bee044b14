/**
 * Merging with pdf-lib, tuned for large packs and split in two because page numbers are only known after the
 * layout, which needs every attachment's page count first:
 * 1. `PackMerger.add`, one attachment at a time: a PDF (parsed once, in inspect.ts, with stream contents as
 *    views on the input) has its pages moved into the output and renumbered in place instead of being
 *    deep-cloned by copyPages; JPEGs are embedded as-is, PNGs without alpha as their own zlib data; the
 *    separator page is drawn; page numbers get reserved spots. All of it is serialised right away
 *    (pdf-writer.ts) and handed to the sink, so the attachment's bytes can go before the next is read.
 * 2. `finish`: the generated document (typeset/: front, placeholder page(s) with the `att:N` anchors, back)
 *    is moved in; the placeholder pages are dropped and the `att:N` named destinations pointed at the
 *    separators; the page numbers are written; one flat page tree; the rest is serialised. The PDF comes out
 *    as parts.
 */
import {
  PDFArray,
  PDFContentStream,
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
  type PDFOperator,
} from 'pdf-lib';
import { drawActiveContentNote } from './active-content-note';
import { swapsSides } from '../files/exif';
import { embedImage, placeImage } from './image-page';
import { collectPageRefs, type Inspected } from './inspect';
import { anchors, type PlannedAttachment } from './layout';
import type { PackDocumentRef, PackFonts } from './model';
import { SeparatorText } from './separator-text';
import type { FaceKey } from './typeset/font-book';
import type { SharedFonts } from './typeset';
import { PdfPartsWriter } from './pdf-writer';
import type { PackSink } from './sink';
import { drawSeparator, separatorNumbers, toWinAnsi, type PageRangeSpot } from './separator';
import { stripActiveContent } from './sanitize';
import { Stamper, type StampSlot } from './stamp';
import { transplant } from './transplant';
import { OptionalContentMerger } from './optional-content';
import { addRenderedPage } from './rendered-page';
import { writeOutline } from './outline';
import { clearPage, retargetDestinations } from './generated-pages';

const A4: [number, number] = [595.28, 841.89];
/** On the separator of an attachment whose pages are images (render-fallback.ts). */
const RENDERED_REMARK = 'Opgenomen als afbeelding: de PDF kon niet pagina voor pagina worden overgenomen. De tekst blijft doorzoekbaar; het originele bestand zit in het ZIP-bestand.';

export interface MergeAttachment {
  planned: PlannedAttachment;
  inspected: Extract<Inspected, { ok: true }>;
  /** The file's contents (images are embedded from them). */
  bytes: Uint8Array;
  /** Dates of the document as the requirement entries cite it (for the separator page). */
  documentRef?: PackDocumentRef;
}

export interface MergeMetadata {
  title: string;
  author: string;
  producer: string;
  createdAt: Date;
  subject?: string;
  keywords?: string[];
}

export interface MergeOutput {
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

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  safe: (text: string) => string;
}

export class PackMerger {
  private readonly separators: Separator[] = [];
  readonly failedImages: string[] = [];
  private readonly layers = new OptionalContentMerger();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly writer: PdfPartsWriter,
    private readonly sink: PackSink,
    private readonly fonts: Fonts,
    private readonly stamper: Stamper,
    private readonly separatorText: SeparatorText,
  ) {}

  /** A fresh output document; what it writes goes to `sink` as it is made. */
  static async create(metadata: MergeMetadata, sink: PackSink, packFonts: PackFonts): Promise<PackMerger> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const regular = doc.embedStandardFont(StandardFonts.Helvetica);
    const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
    const winAnsi = new Set(regular.getCharacterSet());
    const safe = (text: string): string => toWinAnsi(text, winAnsi);
    doc.setTitle(metadata.title);
    doc.setAuthor(metadata.author);
    doc.setCreator(metadata.producer);
    doc.setProducer(metadata.producer);
    if (metadata.subject) doc.setSubject(metadata.subject);
    if (metadata.keywords) doc.setKeywords(metadata.keywords);
    doc.setCreationDate(metadata.createdAt);
    doc.setModificationDate(metadata.createdAt);
    return new PackMerger(doc, new PdfPartsWriter(), sink, { regular, bold, safe }, new Stamper(doc.context, regular), new SeparatorText(doc.context, packFonts));
  }

  /**
   * Step 1, per attachment (needs no layout): its separator, its pages moved in with reserved page numbers,
   * all of it written to the sink at once, after which the attachment's bytes and objects can go.
   */
  async add(item: MergeAttachment): Promise<void> {
    const { doc } = this;
    const ctx = doc.context;
    const pagesRef = pageTreeRef(doc);
    const { regular, bold, safe } = this.fonts;
    const { planned, inspected } = item;
    const parentKey = PDFName.of('Parent');

    // The separator, complete but for its numbers, which get a reserved object (written in `finish`).
    const sheet = plainPage(doc);
    sheet.setSize(...A4);
    const remark = inspected.kind === 'rendered' ? RENDERED_REMARK : undefined;
    const { spot, content } = drawSeparator(sheet, planned, item.documentRef, this.separatorText, remark);
    this.separatorText.addTo(sheet.node.Resources() as PDFDict);
    const separator: Separator = { planned, ref: sheet.ref, numbers: ctx.nextRef(), spot, pages: [] };
    const own = sheet.node.get(PDFName.of('Contents'));
    const text = ctx.register(ctx.stream(content));
    sheet.node.set(PDFName.of('Contents'), ctx.obj([...(own instanceof PDFArray ? own.asArray() : own ? [own] : []), text, separator.numbers]));
    sheet.node.set(parentKey, pagesRef);

    let pageRefs: PDFRef[];
    if (inspected.kind === 'pdf') {
      // Issue #14: nothing a PDF reader could run or open goes to the gemeente.
      drawActiveContentNote(sheet, stripActiveContent(inspected.context, inspected.pageRefs), { regular, bold, safe });
      const moved = transplant(inspected.context, ctx, inspected.pageRefs, inspected.optionalContent ? [inspected.optionalContent] : []);
      this.layers.add(moved.extra[0]);
      pageRefs = moved.pages;
    } else if (inspected.kind === 'rendered') {
      pageRefs = inspected.pages.map((page) => addRenderedPage(ctx, page, regular, safe));
    } else {
      pageRefs = [await this.imagePage(item, inspected)];
    }
    for (const ref of pageRefs) {
      ctx.lookup(ref, PDFDict).set(parentKey, pagesRef);
      separator.pages.push({ ref, stamp: this.stamper.prepare(ref) });
    }
    this.separators.push(separator);
    // Embeds the image pdf-lib has only registered, then writes and lets go of everything final.
    await doc.flush();
    this.writer.writePending(ctx, [pagesRef, ctx.trailerInfo.Root as PDFRef], true);
    await this.sink.write(this.writer.take());
  }

  private async imagePage(item: MergeAttachment, inspected: Extract<Inspected, { kind: 'jpeg' | 'png' }>): Promise<PDFRef> {
    const { regular, safe } = this.fonts;
    const imagePage = plainPage(this.doc);
    const orientation = inspected.kind === 'jpeg' ? inspected.orientation : 1;
    const [width, height] = swapsSides(orientation) ? [inspected.height, inspected.width] : [inspected.width, inspected.height];
    imagePage.setSize(...(width > height ? ([A4[1], A4[0]] as [number, number]) : A4));
    try {
      placeImage(imagePage, await embedImage(this.doc, item.bytes, inspected), width, height, orientation);
    } catch {
      this.failedImages.push(item.planned.attachment.documentId);
      imagePage.drawText(safe('Deze afbeelding kon niet worden weergegeven; het originele bestand zit in het ZIP-bestand.'), {
        x: 50,
        y: imagePage.getHeight() / 2,
        size: 10,
        font: regular,
        color: rgb(0.12, 0.14, 0.16),
      });
    }
    return imagePage.ref;
  }

  /** The fonts the generated pages share with the separators (typesetDefinition's `shared`). */
  get sharedFonts(): SharedFonts {
    return this.separatorText.shared;
  }

  /**
   * Step 2: `generated` holds `frontPages` pages, `placeholderPages` pages with the `att:N` anchors, then
   * the back pages. Writes the rest of the pack to the sink.
   */
  async finish(
    generated: PDFContext,
    frontPages: number,
    placeholderPages: number,
    outline: readonly { level: number; title: string; page: number }[] = [],
    fontPlaceholders: ReadonlyMap<FaceKey, PDFRef> = new Map(),
  ): Promise<MergeOutput> {
    const { doc, separators } = this;
    const ctx = doc.context;
    const src = generated;
    if (!src.trailerInfo.Root) throw new Error('generated document has no catalog');
    const srcCatalog = src.lookup(src.trailerInfo.Root, PDFDict);
    const srcPages = collectPageRefs(src, srcCatalog);
    if (frontPages + placeholderPages > srcPages.length) throw new Error('generated document lacks placeholder pages');
    // Catalog entries such as /Names (the named destinations of the links) travel with the pages.
    const carried = srcCatalog.entries().filter(([key]) => key !== PDFName.of('Pages') && key !== PDFName.of('Type'));
    // The generated pages' Regular and Medium are the separators' fonts: one subset each (separator-text.ts).
    const premapped = new Map<PDFRef, PDFRef>();
    for (const [face, placeholder] of fontPlaceholders) {
      const ref = this.separatorText.refOf(face);
      if (ref) premapped.set(placeholder, ref);
    }
    const moved = transplant(src, ctx, srcPages, carried.map(([, value]) => value), premapped);
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
      const content = separatorNumbers(this.separatorText, separator.spot, A4[0], separator.planned, finalRefs.length, total);
      ctx.assign(separator.numbers, ctx.stream(content));
      for (const { ref: attachmentPage, stamp } of separator.pages) {
        finalRefs.push(attachmentPage);
        this.stamper.fill(stamp, this.fonts.safe(`Bijlage ${separator.planned.number} — Pagina ${finalRefs.length} van ${total}`));
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

    this.layers.apply(ctx, doc.catalog);
    this.separatorText.finish();
    this.writer.writePending(ctx);
    await this.sink.write(this.writer.finish(PdfPartsWriter.trailerOf(ctx)));
    return { pageCount: finalRefs.length, failedImages: this.failedImages };
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

function pageTreeRef(doc: PDFDocument): PDFRef {
  const ref = doc.catalog.get(PDFName.of('Pages'));
  if (!(ref instanceof PDFRef)) throw new Error('document has no page tree');
  return ref;
}

