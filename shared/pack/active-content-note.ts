/** The line on a separator page that says active content was taken out of the attachment (issue #14). */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { ACTIVE_CONTENT_LABELS, type ActiveContentKind } from '../files/active-content';
import { wrap } from './separator';

export function activeContentRemovedText(kinds: readonly ActiveContentKind[]): string {
  return `Actieve inhoud verwijderd: ${kinds.map((k) => ACTIVE_CONTENT_LABELS[k]).join('; ')}. Het originele bestand is ongewijzigd bewaard; alleen de pagina’s zijn hier opgenomen.`;
}

/** Draws the note near the foot of the separator page, clear of the footer. */
export function drawActiveContentNote(page: PDFPage, kinds: readonly ActiveContentKind[], fonts: { regular: PDFFont; bold: PDFFont; safe: (t: string) => string }): void {
  if (kinds.length === 0) return;
  const width = page.getWidth();
  const lines = wrap(fonts.safe(activeContentRemovedText(kinds)), fonts.regular, 9, width - 120);
  const height = 26 + lines.length * 12;
  const bottom = 50;
  page.drawRectangle({ x: 50, y: bottom, width: width - 100, height, color: rgb(1, 0.96, 0.88), borderColor: rgb(0.72, 0.45, 0.05), borderWidth: 0.8 });
  let y = bottom + height - 16;
  page.drawText(fonts.safe('ACTIEVE INHOUD VERWIJDERD'), { x: 60, y, size: 9, font: fonts.bold, color: rgb(0.45, 0.27, 0.02) });
  for (const line of lines) {
    y -= 12;
    page.drawText(line, { x: 60, y, size: 9, font: fonts.regular, color: rgb(0.12, 0.14, 0.16) });
  }
}
