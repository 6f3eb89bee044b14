/**
 * The pack's own typesetter (typeset/): lays out the subset of pdfmake's document definition the pack uses
 * (layout*.ts) and draws it with pdf-lib, without pdfmake, pdfkit and fontkit, whose layout cost a fresh
 * worker ~2.6 s of CPU for ~60 pages (docs/pack.md). These are the shapes passed between its steps.
 */

/** Resolved look of a piece of text. Sizes in points. */
export interface TextStyle {
  fontSize: number;
  bold: boolean;
  italics: boolean;
  color: string;
  lineHeight: number;
  characterSpacing: number;
  alignment: 'left' | 'right' | 'center';
}

/** Something to draw, positioned relative to its band's top-left corner (x from the page's left edge). */
export type Op =
  | { kind: 'text'; x: number; baseline: number; text: string; style: TextStyle }
  /** A page number filled in after pagination, right/left/center aligned in `width`, linked to `anchor`. */
  | { kind: 'pageRef'; x: number; baseline: number; width: number; top: number; height: number; anchor: string; style: TextStyle }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  /** A named destination (pdfmake's `id`): where links and the anchor's page number point. */
  | { kind: 'dest'; id: string; x: number; y: number };

/** A horizontal slice of the flow that is never split across pages. */
export interface Band {
  height: number;
  ops: Op[];
  /** Vertical space only: dropped at the top of a page. */
  space?: boolean;
  /** Moved to the next page together with the band after it (a table's header row). */
  keepWithNext?: boolean;
  /** Drawn again at the top of a page when the bands after it continue there (a table's header row). */
  repeat?: Band;
}

export type Orientation = 'portrait' | 'landscape';

/** Drawn in the page margin: footer and background, per page. */
export interface PageDecor {
  footer?: ((currentPage: number, pageCount: number) => unknown) | null;
  background?: ((page: number, pageSize: { width: number; height: number }) => unknown) | null;
}

/** The flow: bands, and page breaks that may change orientation or the section's footer and background. */
export type FlowItem = Band | { break: true; orientation?: Orientation; decor?: PageDecor; unlessEmpty?: boolean };

export interface Page {
  orientation: Orientation;
  decor: PageDecor;
  /** Bands with their top, measured from the page's top edge. */
  placed: { top: number; band: Band }[];
}

export const A4 = { width: 595.28, height: 841.89 } as const;

export function pageSize(orientation: Orientation): { width: number; height: number } {
  return orientation === 'portrait' ? { ...A4 } : { width: A4.height, height: A4.width };
}
