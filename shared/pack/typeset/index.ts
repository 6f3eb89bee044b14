/**
 * The pack's generated pages without pdfmake: `typesetDefinition` lays out a pdfmake document definition as
 * the pack's layout (layout*.ts) writes it and returns the pages as a pdf-lib context the merge takes over.
 * Supported: text (runs, styles, alignment, character spacing, `id`, `pageReference`), stack, columns, tables
 * (widths, header rows, layout functions, fills), unbreakable blocks, margins, page breaks with orientation,
 * sections with their own footer and background, a footer and background function per page (canvas rects).
 */
import type { PDFContext, PDFRef } from 'pdf-lib';
import type { PackFonts } from '../model';
import { FontBook, type FaceKey } from './font-book';
import { buildFlow, paginate, type PageMargins } from './flow';
import { nodeBands } from './blocks';
import { paintPage, writeDocument, type Destinations, type PaintedPage } from './paint';
import { DEFAULT_STYLE, childStyle, margins, type NodeObject, type StyleSheet } from './style';
import { pageSize, type Band, type Op, type Page, type PageDecor } from './types';

export interface TypesetOutput {
  /** Page of every node with an `id`, after `relocate` (what a pageReference prints). */
  positions: Record<string, number>;
  pageCount: number;
  context: PDFContext;
  /** With `shared`: the refs in `context` standing for the faces embedded elsewhere (unassigned). */
  fontPlaceholders: Map<FaceKey, PDFRef>;
}

/**
 * Fonts the pack embeds once for all its pages (the separators use Regular and Medium too): measured and
 * encoded with this `book`, so the one subset holds every glyph; `faces` are left to the caller to embed.
 */
export interface SharedFonts {
  book: FontBook;
  faces: readonly FaceKey[];
}

type Definition = NodeObject & { content: unknown[] };

/** Footer and background nodes of a page, placed in its margins (absolute positions). */
function decorBands(page: Page, index: number, total: number, def: Definition, ctx: { sheet: StyleSheet; fonts: FontBook }, pm: PageMargins): { top: number; band: Band }[] {
  const size = pageSize(page.orientation);
  const style = childStyle(DEFAULT_STYLE, (def.defaultStyle ?? {}) as NodeObject, ctx.sheet);
  const out: { top: number; band: Band }[] = [];
  const background = page.decor.background?.(index, size) as NodeObject | null | undefined;
  for (const item of (background?.canvas as NodeObject[] | undefined) ?? []) {
    if (item.type === 'rect') {
      const op: Op = { kind: 'rect', x: Number(item.x), y: Number(item.y), w: Number(item.w), h: Number(item.h), color: String(item.color ?? '#000000') };
      out.push({ top: 0, band: { height: 0, ops: [op] } });
    }
  }
  const footer = page.decor.footer?.(index, total);
  if (footer) {
    const bands = nodeBands(footer, style, { ...ctx, pageContentHeight: pm[3], spill: 0 }, 0, size.width);
    let y = size.height - pm[3];
    for (const band of bands) {
      out.push({ top: y, band });
      y += band.height;
    }
  }
  return out;
}

export async function typesetDefinition(
  definition: Definition,
  packFonts: PackFonts,
  relocate: (anchor: string, layoutPage: number) => number = (_anchor, page) => page,
  shared?: SharedFonts,
): Promise<TypesetOutput> {
  const fonts = shared?.book ?? new FontBook(packFonts);
  const sheet = (definition.styles ?? {}) as StyleSheet;
  const style = childStyle(DEFAULT_STYLE, (definition.defaultStyle ?? {}) as NodeObject, sheet);
  const pm = margins(definition.pageMargins ?? 40) as PageMargins;
  const first = {
    orientation: definition.pageOrientation === 'landscape' ? ('landscape' as const) : ('portrait' as const),
    decor: { footer: definition.footer, background: definition.background } as PageDecor,
  };
  const flow = buildFlow(definition.content, style, { sheet, fonts }, pm, { ...first });
  const pages = paginate(flow, pm, first);

  const positions: Record<string, number> = {};
  const dests: Destinations = new Map();
  pages.forEach((page, i) => {
    for (const { top, band } of page.placed) {
      for (const op of band.ops) {
        if (op.kind !== 'dest' || dests.has(op.id)) continue;
        dests.set(op.id, { page: i + 1, x: op.x, y: top + op.y });
        positions[op.id] = relocate(op.id, i + 1);
      }
    }
  });
  const number = (anchor: string) => (positions[anchor] === undefined ? '?' : String(positions[anchor]));
  const painted: PaintedPage[] = pages.map((page, i) =>
    paintPage({ ...page, placed: [...decorBands(page, i + 1, pages.length, definition, { sheet, fonts }, pm), ...page.placed] }, fonts, number),
  );
  const { context, placeholders } = await writeDocument(painted, fonts, dests, shared?.faces);
  return { positions, pageCount: pages.length, context, fontPlaceholders: placeholders };
}
