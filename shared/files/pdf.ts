import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';
import { ascii, indexOfAscii, lastIndexOfAscii } from './bytes';

/**
 * What we know about a PDF after checking it.
 *
 * - `ok`: header, intact cross-reference table, %%EOF, and every object needed to show each page.
 * - `repaired`: the cross-reference table is wrong/missing or %%EOF is missing, but every object
 *   needed to show each page was found by scanning the file (pdf-lib parses objects in file order
 *   and does not need the xref). The original bytes are kept unchanged; the pack is built from
 *   pdf-lib's parse, which writes a fresh xref. This is what every mainstream viewer does too.
 * - `corrupt`: no header, pdf-lib cannot parse it, no catalog/page tree, zero pages, or a page
 *   tree node, page content stream, resource dictionary, font or image needed by a page is missing,
 *   unparseable or cannot be decompressed. A "broken xref" is only corrupt when objects are missing.
 * - `encrypted`: the trailer has /Encrypt. pdf-lib cannot decrypt, so pages cannot be merged
 *   (their streams would be copied still encrypted and show as garbage).
 */
export type PdfStatus = 'ok' | 'repaired' | 'encrypted' | 'corrupt';

export interface PdfInspection {
  status: PdfStatus;
  pageCount?: number;
  /** e.g. '1.7'. */
  version?: string;
  xref: 'ok' | 'stream' | 'broken' | 'missing';
  eofMarker: boolean;
  /** Technical details in English, for logs and tests; never shown to the user. */
  problems: string[];
}

export interface InspectPdfOptions {
  /** Upper bound on objects walked; beyond it the rest is not checked (keeps huge files bounded). */
  maxObjects?: number;
  /** Upper bound on bytes decompressed to verify content streams. */
  maxDecodedBytes?: number;
}

const TAIL = 4096;

export function checkXref(bytes: Uint8Array): { xref: PdfInspection['xref']; problems: string[] } {
  const problems: string[] = [];
  const sx = lastIndexOfAscii(bytes, 'startxref', Math.max(0, bytes.length - TAIL));
  if (sx < 0) return { xref: 'missing', problems: ['startxref missing'] };
  const m = /^startxref\s+(\d{1,15})/.exec(ascii(bytes, sx, sx + 40));
  if (!m) return { xref: 'broken', problems: ['startxref without offset'] };
  const offset = Number(m[1]);
  if (offset >= bytes.length) return { xref: 'broken', problems: [`startxref ${offset} beyond end`] };
  const at = ascii(bytes, offset, offset + 40);
  if (/^\d+\s+\d+\s+obj\b/.test(at)) return { xref: 'stream', problems };
  if (!at.startsWith('xref')) return { xref: 'broken', problems: [`startxref ${offset} does not point at xref`] };

  // Classic table: check every in-use entry points at "<num> <gen> obj".
  const end = indexOfAscii(bytes, 'trailer', offset, Math.min(bytes.length, offset + 20 * 200_000 + 1000));
  if (end < 0) return { xref: 'broken', problems: ['xref table without trailer'] };
  const tokens = ascii(bytes, offset + 4, end).trim().split(/\s+/);
  let i = 0;
  let checked = 0;
  while (i + 1 < tokens.length) {
    const start = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    i += 2;
    if (!Number.isInteger(start) || !Number.isInteger(count) || i + count * 3 > tokens.length) {
      return { xref: 'broken', problems: ['malformed xref subsection'] };
    }
    for (let k = 0; k < count; k++, i += 3) {
      const off = Number(tokens[i]);
      const gen = Number(tokens[i + 1]);
      if (tokens[i + 2] !== 'n' || off === 0) continue;
      const obj = ascii(bytes, off, off + 32);
      const hm = /^(\d+)\s+(\d+)\s+obj\b/.exec(obj);
      if (!hm || Number(hm[1]) !== start + k || Number(hm[2]) !== gen) {
        return { xref: 'broken', problems: [`xref entry for object ${start + k} points at offset ${off}, no object there`] };
      }
      if (++checked > 200_000) return { xref: 'ok', problems };
    }
  }
  return { xref: 'ok', problems };
}

type Walk = { problems: string[]; visited: Set<PDFObject>; budget: number; decodeBudget: number };

/** Resolves a reference; records a problem when an object the page needs is missing or unparseable. */
function need(doc: PDFDocument, value: PDFObject | undefined, what: string, w: Walk): PDFObject | undefined {
  if (value === undefined) return undefined;
  let obj: PDFObject | undefined = value;
  if (value instanceof PDFRef) {
    obj = doc.context.lookup(value);
    if (obj === undefined) {
      w.problems.push(`${what} ${value.toString()} missing`);
      return undefined;
    }
  }
  if (obj instanceof PDFInvalidObject) {
    w.problems.push(`${what} is not a valid object`);
    return undefined;
  }
  return obj;
}

function verifyStream(obj: PDFObject | undefined, what: string, w: Walk): void {
  if (!(obj instanceof PDFRawStream)) return;
  if (w.visited.has(obj)) return;
  w.visited.add(obj);
  if (w.decodeBudget <= 0) return;
  const filter = obj.dict.get(PDFName.of('Filter'));
  // Image codecs (DCT, JPX, JBIG2, CCITT) are not decodable here; their bytes were parsed intact.
  const names = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  const decodable = names.every((n) =>
    ['/FlateDecode', '/Fl', '/LZWDecode', '/ASCIIHexDecode', '/ASCII85Decode', '/RunLengthDecode'].includes(n.toString()),
  );
  if (!decodable || names.length === 0) return;
  try {
    const decoded = decodePDFRawStream(obj).decode();
    w.decodeBudget -= decoded.length;
  } catch {
    w.problems.push(`${what} cannot be decompressed`);
  }
}

function checkResources(doc: PDFDocument, resources: PDFObject | undefined, w: Walk, depth: number): void {
  if (!(resources instanceof PDFDict) || w.visited.has(resources) || depth > 8) return;
  w.visited.add(resources);
  for (const key of ['XObject', 'Font'] as const) {
    const group = need(doc, resources.get(PDFName.of(key)), `${key} dictionary`, w);
    if (!(group instanceof PDFDict)) continue;
    for (const [name, value] of group.entries()) {
      if (--w.budget <= 0) return;
      const obj = need(doc, value, `${key} ${name.toString()}`, w);
      if (key === 'XObject' && obj instanceof PDFStream) {
        verifyStream(obj, `XObject ${name.toString()}`, w);
        // Form XObjects carry their own resources.
        checkResources(doc, need(doc, obj.dict.get(PDFName.of('Resources')), 'form resources', w), w, depth + 1);
      }
    }
  }
}

function walkPages(doc: PDFDocument, w: Walk): number {
  const catalog = need(doc, doc.context.trailerInfo.Root, 'catalog', w);
  if (!(catalog instanceof PDFDict)) {
    w.problems.push('no catalog');
    return 0;
  }
  const root = need(doc, catalog.get(PDFName.of('Pages')), 'page tree', w);
  if (!(root instanceof PDFDict)) {
    w.problems.push('no page tree');
    return 0;
  }
  let pages = 0;
  // Iterative with a visited set: cyclic or very deep page trees cannot hang or overflow the stack.
  const stack: { node: PDFDict; resources: PDFObject | undefined }[] = [{ node: root, resources: undefined }];
  const seen = new Set<PDFDict>();
  while (stack.length > 0) {
    const { node, resources: inherited } = stack.pop()!;
    if (seen.has(node)) {
      w.problems.push('page tree has a cycle');
      continue;
    }
    seen.add(node);
    if (--w.budget <= 0) break;
    const ownResources = node.get(PDFName.of('Resources'));
    const resources = ownResources !== undefined ? need(doc, ownResources, 'resources', w) : inherited;
    const kids = node.get(PDFName.of('Kids'));
    const type = node.get(PDFName.of('Type'))?.toString();
    if (kids !== undefined && type !== '/Page') {
      const arr = need(doc, kids, 'page list', w);
      if (!(arr instanceof PDFArray)) continue;
      const items = arr.asArray();
      for (let i = items.length - 1; i >= 0; i--) {
        const kid = need(doc, items[i], 'page', w);
        if (kid instanceof PDFDict) stack.push({ node: kid, resources });
      }
      continue;
    }
    pages++;
    const contents = node.get(PDFName.of('Contents'));
    const c = need(doc, contents, 'page content', w);
    if (c instanceof PDFArray) {
      for (const part of c.asArray()) verifyStream(need(doc, part, 'page content', w), 'page content', w);
    } else {
      verifyStream(c, 'page content', w);
    }
    checkResources(doc, resources, w, 0);
  }
  return pages;
}

/**
 * Checks a PDF without changing it: header, encryption, cross-reference table, and that every
 * page can be built from the objects in the file. Pure (no DOM, no Node): runs in a Web Worker.
 * Never throws for bad input; the caller bounds wall time by running it in a worker it can stop.
 */
export async function inspectPdf(bytes: Uint8Array, options: InspectPdfOptions = {}): Promise<PdfInspection> {
  const headerAt = indexOfAscii(bytes, '%PDF-', 0, 1024 + 5);
  const version = headerAt >= 0 ? /^%PDF-(\d\.\d)/.exec(ascii(bytes, headerAt, headerAt + 8))?.[1] : undefined;
  const eofMarker = lastIndexOfAscii(bytes, '%%EOF', Math.max(0, bytes.length - 2048)) >= 0;
  const base = { ...(version ? { version } : {}), eofMarker };
  if (headerAt < 0) return { status: 'corrupt', xref: 'missing', ...base, problems: ['no %PDF- header'] };

  const { xref, problems } = checkXref(bytes);
  if (!eofMarker) problems.push('%%EOF missing (file may be cut off)');

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: false,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (error) {
    const encrypted = indexOfAscii(bytes, '/Encrypt', Math.max(0, bytes.length - TAIL)) >= 0;
    problems.push(`pdf-lib could not parse: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
    return { status: encrypted ? 'encrypted' : 'corrupt', xref, ...base, problems };
  }
  if (doc.isEncrypted) return { status: 'encrypted', xref, ...base, problems: [...problems, 'trailer has /Encrypt'] };

  const walk: Walk = {
    problems: [],
    visited: new Set(),
    budget: options.maxObjects ?? 500_000,
    decodeBudget: options.maxDecodedBytes ?? 256 * 1024 * 1024,
  };
  let pageCount = 0;
  try {
    pageCount = walkPages(doc, walk);
  } catch (error) {
    walk.problems.push(`page walk failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  if (pageCount === 0 && walk.problems.length === 0) walk.problems.push('no pages');
  const all = [...problems, ...walk.problems];
  if (walk.problems.length > 0) return { status: 'corrupt', pageCount, xref, ...base, problems: all };
  const repaired = xref === 'broken' || xref === 'missing' || !eofMarker;
  return { status: repaired ? 'repaired' : 'ok', pageCount, xref, ...base, problems: all };
}
