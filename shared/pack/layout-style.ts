/** Shared look of the generated pack pages: pdfmake node types, status words and colours, table layouts. */
import type { PackStatus } from './model';

/** A pdfmake node; pdfmake ships no types we can use from shared/, so nodes stay structural. */
export type PdfNode = string | { [key: string]: unknown } | PdfNode[];
export type DocDefinition = { [key: string]: unknown; content: PdfNode[] };

export const STATUS_TEXT: Record<PackStatus, string> = {
  met: 'Voldaan',
  expiring: 'Verloopt binnenkort',
  partial: 'Deels voldaan',
  'not-met': 'Niet voldaan',
  'not-applicable': 'Niet van toepassing',
};

export const STATUS_COLOR: Record<PackStatus, string> = {
  met: '#1a7f37',
  expiring: '#9a6700',
  partial: '#9a6700',
  'not-met': '#b42318',
  'not-applicable': '#57606a',
};

export const STATUS_FILL: Record<PackStatus, string> = {
  met: '#e6f4ea',
  expiring: '#fff4d6',
  partial: '#fff4d6',
  'not-met': '#fde8e6',
  'not-applicable': '#eef0f2',
};

export const PRIMARY = '#0b3c5d';
export const MUTED = '#57606a';

export const PACK_STYLES = {
  h1: { fontSize: 18, bold: true, color: PRIMARY, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, color: PRIMARY, margin: [0, 12, 0, 6] },
  label: { fontSize: 8.5, bold: true, color: MUTED },
  small: { fontSize: 8, color: MUTED },
  th: { fontSize: 8.5, bold: true, color: '#1f2328', fillColor: '#e8ecf0' },
  td: { fontSize: 8.5 },
};

export const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#d0d7de',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export const plainLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 6,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function statusChip(status: PackStatus, label: string): PdfNode {
  return {
    table: { widths: ['*'], body: [[{ text: label, color: STATUS_COLOR[status], bold: true, fontSize: 8.5, fillColor: STATUS_FILL[status] }]] },
    layout: { ...plainLayout, paddingLeft: () => 5, paddingRight: () => 5, paddingTop: () => 2, paddingBottom: () => 2 },
  };
}
