/**
 * The separator page before each attachment: "Bijlage N — <document> — <eisen>" and the document's details.
 * Drawn before the layout is done, so the two numbers that depend on it (the page range and the footer) are
 * left to `separatorNumbers`, which fills a reserved spot. Its text is in Roboto (separator-text.ts), so names
 * show as written; the note on removed active content (fixed Dutch text) stays in Helvetica.
 */
import { attachmentSize } from './attachment-source';
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDateNl, formatSizeNl } from './format';
import type { PlannedAttachment } from './layout';
import type { PackDocumentRef } from './model';
import type { SeparatorText } from './separator-text';

const PRIMARY = rgb(0x0b / 255, 0x3c / 255, 0x5d / 255);
const MUTED_RGB = '0.34 0.38 0.42';
const TEXT_RGB = '0.12 0.14 0.16';
const PAGE_RANGE_LABEL = 'In dit bewijspakket';

/** Where the page range goes (right of its label). */
export interface PageRangeSpot {
  x: number;
  y: number;
  size: number;
}

/** Draws the band (on the page) and returns the text as content operators and the page range's spot. */
export function drawSeparator(
  page: PDFPage,
  planned: PlannedAttachment,
  documentRef: PackDocumentRef | undefined,
  text: SeparatorText,
  /** A remark on how the attachment was included (e.g. "opgenomen als afbeelding"). */
  remark?: string,
): { spot: PageRangeSpot; content: string } {
  const a = planned.attachment;
  const width = page.getWidth();
  const height = page.getHeight();
  page.drawRectangle({ x: 0, y: height - 150, width, height: 150, color: PRIMARY });
  let content = text.show('BIJLAGE', 50, height - 62, { size: 10, bold: true, rgb: '0.71 0.83 0.92' });
  content += text.show(String(planned.number), 50, height - 110, { size: 40, bold: true, rgb: '1 1 1' });

  let y = height - 200;
  const heading = `Bijlage ${planned.number} — ${a.title} — ${planned.requirementLabels.join(', ')}`;
  for (const line of wrapBy(heading, (s) => text.width(s, 15, true), width - 100)) {
    content += text.show(line, 50, y, { size: 15, bold: true, rgb: TEXT_RGB });
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
    content += text.show(label, 50, y, { size: 9, bold: true, rgb: MUTED_RGB });
    if (value === undefined) {
      spot = { x: 170, y, size: 10 };
      y -= 19;
      continue;
    }
    const size = label === 'SHA-256' ? 8 : 10;
    for (const line of wrapBy(value, (s) => text.width(s, size), width - 220)) {
      content += text.show(line, 170, y, { size, rgb: TEXT_RGB });
      y -= 15;
    }
    y -= 4;
  }
  return { spot, content };
}

/** Content drawing the page range and "Pagina X van Y" (at the end, when the numbers are known). */
export function separatorNumbers(
  text: SeparatorText,
  spot: PageRangeSpot,
  pageWidth: number,
  planned: PlannedAttachment,
  separatorPage: number,
  total: number,
): string {
  const first = separatorPage + 1;
  const last = separatorPage + planned.pageCount;
  const pages = planned.pageCount === 1 ? '1 pagina' : `${planned.pageCount} pagina’s`;
  const range = `${pages}, pagina ${first}${planned.pageCount > 1 ? ` t/m ${last}` : ''}`;
  const footer = `Pagina ${separatorPage} van ${total}`;
  const footerX = (pageWidth - text.width(footer, 8)) / 2;
  return `q\n${text.show(range, spot.x, spot.y, { size: spot.size, rgb: TEXT_RGB })}${text.show(footer, footerX, 14, { size: 8, rgb: MUTED_RGB })}Q\n`;
}

export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  return wrapBy(text, wordWidths(font, size), maxWidth);
}

/** Lines of at most `maxWidth` (a word is measured by `width`), eight at most (the eighth ends in "…"). */
export function wrapBy(text: string, width: (word: string) => number, maxWidth: number): string[] {
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
      while (cut > 1 && width(line.slice(0, cut)) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = width(line);
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
