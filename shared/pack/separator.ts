/**
 * The separator page before each attachment: "Bijlage N — <document> — <eisen>" and the document's details.
 * Drawn before the layout is done, so the two numbers that depend on it (the page range and the footer) are
 * left to `separatorNumbers`, which fills a reserved spot.
 */
import { attachmentSize } from './attachment-source';
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDateNl, formatSizeNl } from './format';
import type { PlannedAttachment } from './layout';
import type { PackDocumentRef } from './model';
import { textOps } from './stamp';

const PRIMARY = rgb(0x0b / 255, 0x3c / 255, 0x5d / 255);
const MUTED = rgb(0.34, 0.38, 0.42);
const TEXT = rgb(0.12, 0.14, 0.16);
const TEXT_RGB = '0.12 0.14 0.16';
const PAGE_RANGE_LABEL = 'In dit bewijspakket';

export interface SeparatorFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Makes text safe for the standard fonts (WinAnsi). */
  safe: (text: string) => string;
}

/** Where the page range goes (right of its label). */
export interface PageRangeSpot {
  x: number;
  y: number;
  size: number;
}

export function drawSeparator(
  page: PDFPage,
  planned: PlannedAttachment,
  documentRef: PackDocumentRef | undefined,
  { regular, bold, safe }: SeparatorFonts,
  /** A remark on how the attachment was included (e.g. "opgenomen als afbeelding"). */
  remark?: string,
): PageRangeSpot {
  const a = planned.attachment;
  const width = page.getWidth();
  const height = page.getHeight();
  page.drawRectangle({ x: 0, y: height - 150, width, height: 150, color: PRIMARY });
  page.drawText('BIJLAGE', { x: 50, y: height - 62, size: 10, font: bold, color: rgb(0.71, 0.83, 0.92) });
  page.drawText(String(planned.number), { x: 50, y: height - 110, size: 40, font: bold, color: rgb(1, 1, 1) });

  let y = height - 200;
  const heading = safe(`Bijlage ${planned.number} — ${a.title} — ${planned.requirementLabels.join(', ')}`);
  for (const line of wrap(heading, bold, 15, width - 100)) {
    page.drawText(line, { x: 50, y, size: 15, font: bold, color: TEXT });
    y -= 21;
  }
  y -= 14;
  const rows: [string, string | undefined][] = [
    ['Document', a.title],
    ['Bewijs voor', planned.requirementLabels.join(', ')],
    ['Bestand', a.fileName],
    ['Type en grootte', `${a.fileKind === 'pdf' ? 'PDF' : a.fileKind.toUpperCase()}, ${formatSizeNl(attachmentSize(a))}`],
    [PAGE_RANGE_LABEL, undefined],
  ];
  if (documentRef?.issueDate) rows.push(['Afgegeven op', formatDateNl(documentRef.issueDate)]);
  if (documentRef) rows.push(['Geldig tot', documentRef.validUntil ? formatDateNl(documentRef.validUntil) : 'onbeperkt']);
  rows.push(['SHA-256', planned.sha256]);
  if (remark) rows.push(['Let op', remark]);
  let spot: PageRangeSpot = { x: 170, y, size: 10 };
  for (const [label, value] of rows) {
    page.drawText(safe(label), { x: 50, y, size: 9, font: bold, color: MUTED });
    if (value === undefined) {
      spot = { x: 170, y, size: 10 };
      y -= 19;
      continue;
    }
    const size = label === 'SHA-256' ? 8 : 10;
    for (const line of wrap(safe(value), regular, size, width - 220)) {
      page.drawText(line, { x: 170, y, size, font: regular, color: TEXT });
      y -= 15;
    }
    y -= 4;
  }
  return spot;
}

/** Content drawing the page range and "Pagina X van Y" in the stamp font (see stamp.ts). */
export function separatorNumbers(
  font: PDFFont,
  safe: (text: string) => string,
  spot: PageRangeSpot,
  pageWidth: number,
  planned: PlannedAttachment,
  separatorPage: number,
  total: number,
): string {
  const first = separatorPage + 1;
  const last = separatorPage + planned.pageCount;
  const pages = planned.pageCount === 1 ? '1 pagina' : `${planned.pageCount} pagina’s`;
  const range = safe(`${pages}, pagina ${first}${planned.pageCount > 1 ? ` t/m ${last}` : ''}`);
  const footer = safe(`Pagina ${separatorPage} van ${total}`);
  const footerX = (pageWidth - font.widthOfTextAtSize(footer, 8)) / 2;
  return `q\n${textOps(font, range, spot.size, spot.x, spot.y, TEXT_RGB)}${textOps(font, footer, 8, footerX, 14)}Q\n`;
}

export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = wordWidths(font, size);
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    const wordWidth = width(word);
    if (!line || lineWidth + space + wordWidth <= maxWidth) {
      lineWidth = line ? lineWidth + space + wordWidth : wordWidth;
      line = line ? `${line} ${word}` : word;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
    // Hard-break words longer than a line (hashes, file names without spaces).
    while (lineWidth > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = font.widthOfTextAtSize(line, size);
    }
  }
  if (line) lines.push(line);
  return lines.length <= 8 ? lines : [...lines.slice(0, 7), `${lines[7] as string}…`];
}

/**
 * Word widths, remembered per font: pdf-lib encodes every word into glyphs and looks up each kerning pair,
 * and 200 separators measure the same labels and words again and again (bench/pack.ts). A line's
 * width is taken as the sum of its words and spaces; the few kerning pairs with a space (" A", " T") only
 * make a line a point or two narrower than measured, never wider.
 */
const widthCaches = new WeakMap<PDFFont, Map<string, number>>();
function wordWidths(font: PDFFont, size: number): (word: string) => number {
  let cache = widthCaches.get(font);
  if (!cache) widthCaches.set(font, (cache = new Map()));
  const known = cache;
  return (word) => {
    let unit = known.get(word);
    if (unit === undefined) {
      unit = font.widthOfTextAtSize(word, 1000) / 1000;
      if (known.size < 10_000) known.set(word, unit);
    }
    return unit * size;
  };
}

/**
 * Latin letters that have no accent to strip (Polish ł, Turkish ı, Croatian đ, Azerbaijani ə …), written as the
 * letter they are read as, so a name on a separator page is not cut up by a '?'.
 */
const LATIN_FALLBACK: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ı: 'i', đ: 'dj', Đ: 'Dj', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ĸ: 'k', ŀ: 'l', Ŀ: 'L',
  ĳ: 'ij', Ĳ: 'IJ', ŉ: "'n", ſ: 's', ə: 'e', Ə: 'E', ŋ: 'ng', Ŋ: 'NG', ɛ: 'e', Ɛ: 'E',
};

/**
 * Standard fonts only cover WinAnsi (fine for Dutch): other Latin letters lose their accent or become the letter
 * they are read as; anything else becomes '?'. The generated pages (Roboto) show every name as written.
 */
export function toWinAnsi(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (charset.has(cp)) {
      out += ch;
      continue;
    }
    const base = [...ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')].map((c) => LATIN_FALLBACK[c] ?? c).join('');
    out += base && [...base].every((c) => charset.has(c.codePointAt(0) as number)) ? base : cp < 32 ? ' ' : '?';
  }
  return out;
}
