/** The definition's content as a flow of bands and page breaks, and that flow cut into pages. */
import { nodeBands, type BlockContext } from './blocks';
import type { NodeObject } from './style';
import { pageSize, type Band, type FlowItem, type Orientation, type Page, type PageDecor, type TextStyle } from './types';

export type PageMargins = [number, number, number, number];

interface FlowState {
  orientation: Orientation;
  decor: PageDecor;
}

/**
 * Top-level nodes (and a section's nodes) in order. Page breaks (`pageBreak: 'before' | 'after'`, with the
 * next page's `pageOrientation`) and sections (`{ section, pageOrientation, footer, background }`, on a new
 * page unless the current one is empty) are honoured at this level, which is where the pack's layout puts them.
 */
export function buildFlow(content: unknown[], style: TextStyle, ctx: Omit<BlockContext, 'pageContentHeight' | 'spill'>, margins: PageMargins, state: FlowState, out: FlowItem[] = []): FlowItem[] {
  const [ml, mt, mr, mb] = margins;
  const blocks = (node: unknown): Band[] => {
    const size = pageSize(state.orientation);
    // A table may reach into the right margin (to 10 pt from the edge) to keep a file name whole, as pdfmake did.
    return nodeBands(node, style, { ...ctx, pageContentHeight: size.height - mt - mb, spill: Math.max(0, mr - 10) }, ml, size.width - ml - mr);
  };
  const pageBreak = (orientation: unknown, decor?: PageDecor) => {
    if (orientation === 'portrait' || orientation === 'landscape') state.orientation = orientation;
    if (decor) state.decor = decor;
    out.push({ break: true, orientation: state.orientation, decor: state.decor });
  };
  for (const node of content) {
    const obj = node && typeof node === 'object' && !Array.isArray(node) ? (node as NodeObject) : undefined;
    if (obj && Array.isArray(obj.section)) {
      const decor: PageDecor = {
        footer: 'footer' in obj ? (obj.footer as PageDecor['footer']) : state.decor.footer,
        background: 'background' in obj ? (obj.background as PageDecor['background']) : state.decor.background,
      };
      // As in pdfmake: a section starts a page (unless the current one is still empty), and what follows it
      // keeps the section's orientation, footer and background.
      if (obj.pageOrientation === 'portrait' || obj.pageOrientation === 'landscape') state.orientation = obj.pageOrientation;
      state.decor = decor;
      out.push({ break: true, orientation: state.orientation, decor, unlessEmpty: true });
      buildFlow(obj.section, style, ctx, margins, state, out);
      continue;
    }
    if (obj?.pageBreak === 'before') pageBreak(obj.pageOrientation);
    out.push(...blocks(node));
    if (obj?.pageBreak === 'after') pageBreak(obj.pageOrientation);
  }
  return out;
}

function isBreak(item: FlowItem | undefined): item is Extract<FlowItem, { break: true }> {
  return !!item && 'break' in item;
}

/** Pages in order. A band that does not fit goes to the next page, with its table's header row before it. */
export function paginate(flow: readonly FlowItem[], margins: PageMargins, first: FlowState): Page[] {
  const [, mt, , mb] = margins;
  const pages: Page[] = [];
  let page: Page = { orientation: first.orientation, decor: first.decor, placed: [] };
  let y = mt;
  const bottom = () => pageSize(page.orientation).height - mb;
  const newPage = (orientation: Orientation, decor: PageDecor) => {
    pages.push(page);
    page = { orientation, decor, placed: [] };
    y = mt;
  };
  flow.forEach((item, i) => {
    if (isBreak(item)) {
      if (item.unlessEmpty && page.placed.length === 0) Object.assign(page, { orientation: item.orientation ?? page.orientation, decor: item.decor ?? page.decor });
      else newPage(item.orientation ?? page.orientation, item.decor ?? page.decor);
      return;
    }
    if (item.space) {
      if (page.placed.length > 0) y = Math.min(y + item.height, bottom());
      return;
    }
    let need = item.height;
    if (item.keepWithNext) {
      const next = flow.slice(i + 1).find((f) => isBreak(f) || !f.space);
      // A header row goes along with the row after it, unless the two could never share a page.
      if (next && !isBreak(next) && need + next.height <= bottom() - mt) need += next.height;
    }
    if (y + need > bottom() + 0.01 && page.placed.length > 0) {
      newPage(page.orientation, page.decor);
      if (item.repeat) {
        page.placed.push({ top: y, band: item.repeat });
        y += item.repeat.height;
      }
    }
    page.placed.push({ top: y, band: item });
    y += item.height;
  });
  pages.push(page);
  return pages;
}
