/**
 * Merging with pdf-lib, tuned for large packs:
 * - attachment PDFs were parsed once (inspect.ts) with stream contents as views on the input;
 * - their page objects are moved into the output context and renumbered in place instead of being
 *   deep-cloned by copyPages (which copies every stream's bytes);
 * - JPEGs are embedded as-is (DCTDecode), PNGs without alpha as their own zlib data;
 * - the generated document (pdfmake) already has a placeholder page for every attachment page: the first of
 *   each bijlage becomes its separator (so named destinations pointing at it stay valid), the others are
 *   dropped and replaced by the attachment's pages;
 * - the page tree is built once at the end, "Pagina X van Y" is stamped with a tiny content stream per page;
 * - saved without object streams and without yielding every 50 objects.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  StandardFonts,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFContext,
  type PDFFont,
  type PDFObject,
} from 'pdf-lib';
import { collectPageRefs, type Inspected } from './inspect';
import { formatDateNl, formatSizeNl } from './format';
import type { PlannedAttachment } from './layout';
import type { PackDocumentRef } from './model';

const A4: [number, number] = [595.28, 841.89];

/**
 * pdf-lib 1.17 writes stream contents one byte at a time (PDFStream.copyBytesInto); for a 200 MB pack that
 * loop is the largest cost of saving. Same bytes, copied with one TypedArray.set per stream.
 */
const STREAM_OPEN = new Uint8Array([0x0a, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d, 0x0a]); // "\nstream\n"
const STREAM_CLOSE = new Uint8Array([0x0a, 0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]); // "\nendstream"
interface StreamInternals {
  dict: PDFDict;
  updateDict(): void;
  getContents(): Uint8Array;
}
(PDFStream.prototype as unknown as { copyBytesInto(buffer: Uint8Array, offset: number): number }).copyBytesInto =
  function copyBytesInto(this: StreamInternals, buffer: Uint8Array, offset: number): number {
    this.updateDict();
    const start = offset;
    offset += this.dict.copyBytesInto(buffer, offset);
    buffer.set(STREAM_OPEN, offset);
    offset += STREAM_OPEN.length;
    const contents = this.getContents();
    buffer.set(contents, offset);
    offset += contents.length;
    buffer.set(STREAM_CLOSE, offset);
    offset += STREAM_CLOSE.length;
    return offset - start;
  };
const PRIMARY = rgb(0x0b / 255, 0x3c / 255, 0x5d / 255);
const MUTED = rgb(0.34, 0.38, 0.42);
const TEXT = rgb(0.12, 0.14, 0.16);

export interface MergeAttachment {
  planned: PlannedAttachment;
  inspected: Extract<Inspected, { ok: true }>;
  /** Dates of the document as the requirement entries cite it (for the separator page). */
  documentRef?: PackDocumentRef;
}

export interface MergeInput {
  /** The generated document: front pages, one placeholder page per attachment page, back pages. */
  generated: Uint8Array;
  /** Pages before the first placeholder. */
  frontPages: number;
  attachments: MergeAttachment[];
  metadata: { title: string; author: string; producer: string; createdAt: Date };
  onAttachment?: (index: number) => Promise<void>;
  onSave?: () => void;
  objectStreams?: boolean;
}

export interface MergeOutput {
  pdf: Uint8Array;
  pageCount: number;
  /** Images that passed inspection but failed to embed; their page shows a notice instead. */
  failedImages: string[];
}

export async function mergePack(input: MergeInput): Promise<MergeOutput> {
  const doc = await PDFDocument.load(input.generated, { updateMetadata: false, parseSpeed: Infinity });
  const ctx = doc.context;
  const pagesRef = doc.catalog.get(PDFName.of('Pages'));
  if (!(pagesRef instanceof PDFRef)) throw new Error('generated document has no page tree');
  const generatedRefs = collectPageRefs(ctx, doc.catalog);
  const total = generatedRefs.length;
  const placeholderPages = input.attachments.reduce((n, a) => n + 1 + a.planned.pageCount, 0);
  if (input.frontPages + placeholderPages > total) throw new Error('generated document lacks placeholder pages');
  const finalRefs: PDFRef[] = generatedRefs.slice(0, input.frontPages);
  let placeholder = input.frontPages;
  const helvetica = doc.embedStandardFont(StandardFonts.Helvetica);
  const helveticaBold = doc.embedStandardFont(StandardFonts.HelveticaBold);
  const winAnsi = new Set(helvetica.getCharacterSet());
  const safe = (text: string): string => toWinAnsi(text, winAnsi);
  const stamper = new Stamper(ctx, helvetica, safe);
  const failedImages: string[] = [];

  let pageNo = finalRefs.length;
  for (let i = 0; i < input.attachments.length; i++) {
    const item = input.attachments[i] as MergeAttachment;
    const { planned, inspected } = item;
    const first = pageNo + 1;
    const last = pageNo + 1 + planned.pageCount;

    const separator = reusePlaceholder(doc, generatedRefs[placeholder] as PDFRef);
    for (let p = 1; p <= planned.pageCount; p++) dropPage(ctx, generatedRefs[placeholder + p] as PDFRef);
    placeholder += 1 + planned.pageCount;
    separator.setSize(...A4);
    drawSeparator(separator, item, first, last, helvetica, helveticaBold, safe);
    finalRefs.push(separator.ref);
    pageNo++;
    drawFooter(separator, `Pagina ${pageNo} van ${total}`, helvetica, safe);

    if (inspected.kind === 'pdf') {
      const moved = transplantPages(inspected.context, ctx, inspected.pageRefs);
      for (const ref of moved) {
        pageNo++;
        finalRefs.push(ref);
        stamper.stamp(ref, `Bijlage ${planned.number} — Pagina ${pageNo} van ${total}`);
      }
    } else {
      const page = PDFPage.create(doc);
      const landscape = inspected.width > inspected.height;
      page.setSize(...(landscape ? ([A4[1], A4[0]] as [number, number]) : A4));
      try {
        const ref = await embedImage(doc, item);
        placeImage(page, ref, inspected.width, inspected.height);
      } catch {
        failedImages.push(planned.attachment.documentId);
        page.drawText(safe('Deze afbeelding kon niet worden weergegeven; het originele bestand zit in het ZIP-bestand.'), {
          x: 50,
          y: page.getHeight() / 2,
          size: 10,
          font: helvetica,
          color: TEXT,
        });
      }
      pageNo++;
      finalRefs.push(page.ref);
      drawFooter(page, `Bijlage ${planned.number} — Pagina ${pageNo} van ${total}`, helvetica, safe);
    }
    // The parsed source is no longer needed; its objects now live in the output.
    (item as { inspected?: unknown }).inspected = undefined;
    await input.onAttachment?.(i);
  }

  finalRefs.push(...generatedRefs.slice(placeholder));

  // One flat page tree in final order.
  const pagesDict = ctx.lookup(pagesRef, PDFDict);
  pagesDict.set(PDFName.of('Kids'), ctx.obj(finalRefs));
  pagesDict.set(PDFName.of('Count'), PDFNumber.of(finalRefs.length));
  const parentKey = PDFName.of('Parent');
  for (const ref of finalRefs) ctx.lookup(ref, PDFDict).set(parentKey, pagesRef);

  doc.setTitle(input.metadata.title);
  doc.setAuthor(input.metadata.author);
  doc.setCreator(input.metadata.producer);
  doc.setProducer(input.metadata.producer);
  doc.setCreationDate(input.metadata.createdAt);
  doc.setModificationDate(input.metadata.createdAt);
  doc.setLanguage('nl-NL');

  input.onSave?.();
  const pdf = await doc.save({
    useObjectStreams: input.objectStreams ?? false,
    addDefaultPage: false,
    objectsPerTick: Infinity,
    updateFieldAppearances: false,
  });
  return { pdf, pageCount: finalRefs.length, failedImages };
}

// ---------------------------------------------------------------------------------------- placeholders

/** Deletes a page object with its own content stream(s) and resources dict (pdfkit gives each page its own). */
function dropPage(ctx: PDFContext, ref: PDFRef): void {
  const page = ctx.lookup(ref);
  if (page instanceof PDFDict) clearPage(ctx, page);
  ctx.delete(ref);
}

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

/** Empties a placeholder page and returns it as a pdf-lib page to draw on; its object (and ref) stay. */
function reusePlaceholder(doc: PDFDocument, ref: PDFRef): PDFPage {
  const leaf = doc.context.lookup(ref);
  if (!(leaf instanceof PDFPageLeaf)) throw new Error('placeholder is not a page');
  clearPage(doc.context, leaf);
  return PDFPage.of(leaf, ref, doc);
}

// ------------------------------------------------------------------------------------------ transplant

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((n) => PDFName.of(n));

/**
 * Moves the given pages and everything they reference from `src` into `dst`, renumbering references in place.
 * `src` must not be used afterwards. Parents are dropped (the caller re-parents), inherited attributes are
 * made explicit first.
 */
export function transplantPages(src: PDFContext, dst: PDFContext, pageRefs: PDFRef[]): PDFRef[] {
  const parentKey = PDFName.of('Parent');
  for (const ref of pageRefs) {
    const leaf = src.lookup(ref);
    if (!(leaf instanceof PDFDict)) continue;
    for (const key of INHERITABLE) {
      if (leaf.has(key)) continue;
      const inherited = findInherited(src, leaf, key);
      if (inherited !== undefined) leaf.set(key, inherited);
    }
    if (!leaf.has(PDFName.of('MediaBox'))) leaf.set(PDFName.of('MediaBox'), src.obj([0, 0, 612, 792]));
    leaf.delete(parentKey);
    // Article beads point into the source's thread list; they would drag the whole document along.
    leaf.delete(PDFName.of('B'));
  }

  const mapped = new Map<PDFRef, PDFRef>();
  const queue: PDFRef[] = [];
  const seen = new WeakSet<object>();
  const mapRef = (ref: PDFRef): PDFRef => {
    let out = mapped.get(ref);
    if (!out) {
      out = dst.nextRef();
      mapped.set(ref, out);
      queue.push(ref);
    }
    return out;
  };
  const rewrite = (obj: PDFObject): PDFObject => {
    if (obj instanceof PDFRef) return mapRef(obj);
    if (seen.has(obj)) return obj;
    if (obj instanceof PDFDict) {
      seen.add(obj);
      for (const [key, value] of obj.entries()) {
        const next = rewrite(value);
        if (next !== value) obj.set(key, next);
      }
      (obj as unknown as { context: PDFContext }).context = dst;
    } else if (obj instanceof PDFArray) {
      seen.add(obj);
      for (let i = 0; i < obj.size(); i++) {
        const value = obj.get(i);
        const next = rewrite(value);
        if (next !== value) obj.set(i, next);
      }
      (obj as unknown as { context: PDFContext }).context = dst;
    } else if (obj instanceof PDFStream) {
      seen.add(obj);
      rewrite(obj.dict);
    }
    return obj;
  };

  const result = pageRefs.map(mapRef);
  while (queue.length > 0) {
    const ref = queue.pop() as PDFRef;
    const target = mapped.get(ref) as PDFRef;
    const obj = src.lookup(ref);
    // A dangling reference becomes an empty dict rather than a broken xref entry.
    dst.assign(target, obj === undefined ? dst.obj({}) : rewrite(obj));
  }
  return result;
}

function findInherited(ctx: PDFContext, leaf: PDFDict, key: PDFName): PDFObject | undefined {
  let node: PDFDict | undefined = leaf;
  for (let depth = 0; depth < 64 && node; depth++) {
    const parent: PDFObject | undefined = node.get(PDFName.of('Parent'));
    const next: PDFObject | undefined = parent ? ctx.lookup(parent) : undefined;
    node = next instanceof PDFDict ? next : undefined;
    const value = node?.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

// -------------------------------------------------------------------------------------------- stamping

/** Adds "Pagina X van Y" to a page it did not create, upright whatever the page's /Rotate and box origin. */
class Stamper {
  private readonly openRef: PDFRef;
  private readonly fontKey = PDFName.of('KmStampFont');

  constructor(
    private readonly ctx: PDFContext,
    private readonly font: PDFFont,
    private readonly safe: (text: string) => string,
  ) {
    // One shared "q" before the original content, so its graphics state cannot leak into the stamp.
    this.openRef = ctx.register(ctx.stream('q\n'));
  }

  stamp(pageRef: PDFRef, rawText: string): void {
    const ctx = this.ctx;
    const page = ctx.lookup(pageRef, PDFDict);
    const text = this.safe(rawText);
    const box = this.box(page);
    const rotate = (((this.number(page.lookup(PDFName.of('Rotate'))) ?? 0) % 360) + 360) % 360;
    const [x0, y0, x1, y1] = box;
    const width = x1 - x0;
    const height = y1 - y0;
    const visibleWidth = rotate === 90 || rotate === 270 ? height : width;
    // Map visible (upright) coordinates to user space.
    const m =
      rotate === 90 ? [0, 1, -1, 0, x1, y0] : rotate === 180 ? [-1, 0, 0, -1, x1, y1] : rotate === 270 ? [0, -1, 1, 0, x0, y1] : [1, 0, 0, 1, x0, y0];
    const size = 8;
    const textWidth = this.font.widthOfTextAtSize(text, size);
    const tx = (visibleWidth - textWidth) / 2;
    const ty = 14;
    const hex = this.font.encodeText(text).toString();
    const f = (n: number): string => (Math.round(n * 100) / 100).toString();
    const content =
      `Q\nq\n${m.map(f).join(' ')} cm\n1 1 1 rg\n${f(tx - 6)} ${f(ty - 4)} ${f(textWidth + 12)} ${f(size + 7)} re f\n` +
      `0.34 0.38 0.42 rg\nBT /KmStampFont ${size} Tf ${f(tx)} ${f(ty)} Td ${hex} Tj ET\nQ\n`;
    const stampRef = ctx.register(ctx.stream(content));

    const contents = page.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
    const parts: PDFObject[] = [];
    if (resolved instanceof PDFArray) for (let i = 0; i < resolved.size(); i++) parts.push(resolved.get(i));
    else if (contents) parts.push(contents);
    page.set(PDFName.of('Contents'), ctx.obj([this.openRef, ...parts, stampRef]));

    const resources = page.get(PDFName.of('Resources'));
    let resourcesDict = resources instanceof PDFRef ? ctx.lookup(resources) : resources;
    if (!(resourcesDict instanceof PDFDict)) {
      resourcesDict = ctx.obj({});
      page.set(PDFName.of('Resources'), resourcesDict);
    }
    const fonts = (resourcesDict as PDFDict).get(PDFName.of('Font'));
    let fontDict = fonts instanceof PDFRef ? ctx.lookup(fonts) : fonts;
    if (!(fontDict instanceof PDFDict)) {
      fontDict = ctx.obj({});
      (resourcesDict as PDFDict).set(PDFName.of('Font'), fontDict);
    }
    (fontDict as PDFDict).set(this.fontKey, this.font.ref);
  }

  private number(obj: PDFObject | undefined): number | undefined {
    return obj instanceof PDFNumber ? obj.asNumber() : undefined;
  }

  private box(page: PDFDict): [number, number, number, number] {
    for (const key of ['CropBox', 'MediaBox']) {
      const arr = page.lookup(PDFName.of(key));
      if (arr instanceof PDFArray && arr.size() === 4) {
        const v = [0, 1, 2, 3].map((i) => this.number(this.ctx.lookup(arr.get(i))) ?? 0);
        return [Math.min(v[0]!, v[2]!), Math.min(v[1]!, v[3]!), Math.max(v[0]!, v[2]!), Math.max(v[1]!, v[3]!)];
      }
    }
    return [0, 0, 612, 792];
  }
}

function drawFooter(page: PDFPage, text: string, font: PDFFont, safe: (t: string) => string): void {
  const t = safe(text);
  const size = 8;
  const w = font.widthOfTextAtSize(t, size);
  page.drawText(t, { x: (page.getWidth() - w) / 2, y: 14, size, font, color: MUTED });
}

// ------------------------------------------------------------------------------------------ separators

function drawSeparator(
  page: PDFPage,
  item: MergeAttachment,
  first: number,
  last: number,
  font: PDFFont,
  bold: PDFFont,
  safe: (t: string) => string,
): void {
  const { planned } = item;
  const a = planned.attachment;
  const width = page.getWidth();
  const height = page.getHeight();
  page.drawRectangle({ x: 0, y: height - 150, width, height: 150, color: PRIMARY });
  page.drawText('BIJLAGE', { x: 50, y: height - 62, size: 10, font: bold, color: rgb(0.71, 0.83, 0.92) });
  page.drawText(String(planned.number), { x: 50, y: height - 110, size: 40, font: bold, color: rgb(1, 1, 1) });

  let y = height - 200;
  const heading = safe(`Bijlage ${planned.number} — ${a.title} — ${a.requirementIds.join(', ')}`);
  for (const line of wrap(heading, bold, 15, width - 100)) {
    page.drawText(line, { x: 50, y, size: 15, font: bold, color: TEXT });
    y -= 21;
  }
  y -= 14;
  const pages = planned.pageCount === 1 ? '1 pagina' : `${planned.pageCount} pagina’s`;
  const rows: [string, string][] = [
    ['Document', a.title],
    ['Bewijs voor', a.requirementIds.join(', ')],
    ['Bestand', a.fileName],
    ['Type en grootte', `${a.fileKind === 'pdf' ? 'PDF' : a.fileKind.toUpperCase()}, ${formatSizeNl(a.bytes.length)}`],
    ['In dit bewijspakket', `${pages}, pagina ${first + 1}${planned.pageCount > 1 ? ` t/m ${last}` : ''}`],
  ];
  if (item.documentRef?.issueDate) rows.push(['Afgegeven op', formatDateNl(item.documentRef.issueDate)]);
  if (item.documentRef) rows.push(['Geldig tot', item.documentRef.validUntil ? formatDateNl(item.documentRef.validUntil) : 'onbeperkt']);
  rows.push(['SHA-256', planned.sha256]);
  for (const [label, value] of rows) {
    page.drawText(safe(label), { x: 50, y, size: 9, font: bold, color: MUTED });
    const size = label === 'SHA-256' ? 8 : 10;
    for (const line of wrap(safe(value), font, size, width - 220)) {
      page.drawText(line, { x: 170, y, size, font, color: TEXT });
      y -= 15;
    }
    y -= 4;
  }
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    // Hard-break words longer than a line (hashes, file names without spaces).
    while (font.widthOfTextAtSize(line, size) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length <= 8 ? lines : [...lines.slice(0, 7), `${lines[7] as string}…`];
}

/** Standard fonts only cover WinAnsi (fine for Dutch); strip accents from other letters, else use '?'. */
export function toWinAnsi(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (charset.has(cp)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += base && [...base].every((c) => charset.has(c.codePointAt(0) as number)) ? base : cp < 32 ? ' ' : '?';
  }
  return out;
}

// ----------------------------------------------------------------------------------------------- images

async function embedImage(doc: PDFDocument, item: MergeAttachment): Promise<PDFRef> {
  const { inspected } = item;
  const bytes = item.planned.attachment.bytes;
  if (inspected.kind === 'jpeg') return (await doc.embedJpg(bytes)).ref;
  if (inspected.kind === 'png') {
    if (inspected.passThrough) return embedPngPassThrough(doc.context, inspected.png);
    return (await doc.embedPng(bytes)).ref;
  }
  throw new Error('not an image');
}

function embedPngPassThrough(ctx: PDFContext, png: Extract<Inspected, { kind: 'png' }>['png']): PDFRef {
  const colors = png.colorType === 2 ? 3 : 1;
  let colorSpace: PDFObject;
  if (png.colorType === 3 && png.palette) {
    let hex = '';
    for (const b of png.palette) hex += b.toString(16).padStart(2, '0');
    colorSpace = ctx.obj([PDFName.of('Indexed'), PDFName.of('DeviceRGB'), png.palette.length / 3 - 1, PDFHexString.of(hex)]);
  } else {
    colorSpace = PDFName.of(png.colorType === 2 ? 'DeviceRGB' : 'DeviceGray');
  }
  const stream = ctx.stream(png.idat, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    BitsPerComponent: png.bitDepth,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width },
  });
  return ctx.register(stream);
}

function placeImage(page: PDFPage, ref: PDFRef, width: number, height: number): void {
  const margin = 36;
  const bottom = 36;
  const availW = page.getWidth() - 2 * margin;
  const availH = page.getHeight() - margin - bottom;
  // Never blow small images up more than 2x: a 72-dpi thumbnail across a whole page looks broken.
  const scale = Math.min(availW / width, availH / height, 2);
  const w = width * scale;
  const h = height * scale;
  const x = (page.getWidth() - w) / 2;
  const y = bottom + (availH - h) / 2;
  const name = page.node.newXObject('KmImg', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, x, y), drawObject(name), popGraphicsState());
}
