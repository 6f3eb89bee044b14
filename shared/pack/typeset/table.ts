/**
 * Tables as pdfmake lays them out for the pack: `widths` are content widths (numbers, or '*' sharing the rest
 * after paddings and vertical lines), every row is one band (never split, unless it is taller than a page),
 * header rows repeat on every page the table continues on.
 */
import { mergeBands, minContentWidth, nodeBands, shiftOps, totalHeight, type BlockContext } from './blocks';
import { ownProp, type NodeObject } from './style';
import type { Band, Op, TextStyle } from './types';

type LayoutFn = (i: number, node: NodeObject) => unknown;

/** pdfmake's table layout functions, with its defaults for the ones a layout leaves out. */
function layoutOf(node: NodeObject) {
  const layout = (node.layout && typeof node.layout === 'object' ? node.layout : {}) as Record<string, unknown>;
  const num = (name: string, fallback: number) => (i: number) => {
    const fn = layout[name];
    const v = typeof fn === 'function' ? (fn as LayoutFn)(i, node) : fn;
    return typeof v === 'number' ? v : fallback;
  };
  const color = (name: string) => (i: number) => {
    const fn = layout[name];
    const v = typeof fn === 'function' ? (fn as LayoutFn)(i, node) : fn;
    return typeof v === 'string' ? v : '#000000';
  };
  return {
    hLineWidth: num('hLineWidth', 1),
    vLineWidth: num('vLineWidth', 1),
    hLineColor: color('hLineColor'),
    vLineColor: color('vLineColor'),
    paddingLeft: num('paddingLeft', 4),
    paddingRight: num('paddingRight', 4),
    paddingTop: num('paddingTop', 2),
    paddingBottom: num('paddingBottom', 2),
  };
}

interface Column {
  x: number;
  /** Content width (without paddings). */
  width: number;
  padLeft: number;
  padRight: number;
}

/**
 * Column positions. A '*' column whose longest word is wider than its share grows to fit it (pdfmake's rule:
 * a file name stays whole and findable), taking at most `spill` points past the table's width in all.
 */
function columnsOf(widths: unknown[], layout: ReturnType<typeof layoutOf>, left: number, width: number, needed: number[], spill: number): Column[] {
  const n = widths.length;
  const pads = widths.map((_, i) => [layout.paddingLeft(i), layout.paddingRight(i)] as const);
  let lines = 0;
  for (let i = 0; i <= n; i++) lines += layout.vLineWidth(i);
  const fixed = widths.reduce<number>((s, w) => s + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== 'number').length;
  const padding = pads.reduce((s, [l, r]) => s + l + r, 0);
  const star = Math.max(0, (width - fixed - padding - lines) / Math.max(1, stars));
  let room = spill;
  const out: Column[] = [];
  let x = left + layout.vLineWidth(0);
  widths.forEach((w, i) => {
    const [padLeft, padRight] = pads[i] as readonly [number, number];
    let content = typeof w === 'number' ? w : star;
    if (typeof w !== 'number' && (needed[i] ?? 0) > content) {
      const grow = Math.min(room, (needed[i] as number) - content);
      content += grow;
      room -= grow;
    }
    out.push({ x, width: content, padLeft, padRight });
    x += padLeft + content + padRight + layout.vLineWidth(i + 1);
  });
  return out;
}

/** A row taller than a page, cut between its cells' lines into pieces that fit. */
function splitCells(cells: Band[][], limit: number): Band[][][] {
  const rest = cells.map((c) => [...c]);
  const chunks: Band[][][] = [];
  while (rest.some((c) => c.length > 0)) {
    chunks.push(
      rest.map((c) => {
        const taken: Band[] = [];
        let h = 0;
        while (c.length > 0 && (taken.length === 0 || h + (c[0] as Band).height <= limit)) {
          const b = c.shift() as Band;
          taken.push(b);
          h += b.height;
        }
        return taken;
      }),
    );
  }
  return chunks;
}

export function tableBands(node: NodeObject, style: TextStyle, ctx: BlockContext, left: number, width: number): Band[] {
  const table = node.table as { widths?: unknown[]; body?: unknown[][]; headerRows?: number };
  const body = table.body ?? [];
  const widths = table.widths ?? (body[0] ?? []).map(() => '*');
  const layout = layoutOf(node);
  const needed = widths.map((w, c) => (typeof w === 'number' ? 0 : Math.max(0, ...body.map((row) => minContentWidth(row[c] ?? '', style, ctx)))));
  const columns = columnsOf(widths, layout, left, width, needed, ctx.spill);
  const last = columns[columns.length - 1];
  const right = last ? last.x + last.padLeft + last.width + last.padRight : left;
  const bands: Band[] = [];
  let header: Band | undefined;
  body.forEach((row, r) => {
    const padTop = layout.paddingTop(r);
    const padBottom = layout.paddingBottom(r);
    const cells = columns.map((col, c) => nodeBands(row[c] ?? '', style, ctx, col.x + col.padLeft, col.width));
    const fills = columns.map((_, c) => {
      const cell = row[c];
      return cell && typeof cell === 'object' && !Array.isArray(cell) ? (ownProp(cell as NodeObject, 'fillColor', ctx.sheet) as string | undefined) : undefined;
    });
    // A piece of a row shares its page with the repeated header row.
    const limit = ctx.pageContentHeight - padTop - padBottom - (header?.height ?? 0) - 2;
    const chunks = Math.max(...cells.map(totalHeight)) > limit ? splitCells(cells, limit) : [cells];
    for (const chunk of chunks) {
      const merged = chunk.map(mergeBands);
      const height = Math.max(0, ...merged.map((m) => m.height)) + padTop + padBottom;
      const ops: Op[] = [];
      columns.forEach((col, c) => {
        const fill = fills[c];
        if (fill) ops.push({ kind: 'rect', x: col.x, y: 0, w: col.padLeft + col.width + col.padRight, h: height, color: fill });
      });
      merged.forEach((m) => ops.push(...shiftOps(m.ops, padTop)));
      for (const [i, y] of [[r, 0], [r + 1, height]] as const) {
        const lw = layout.hLineWidth(i);
        if (lw > 0) ops.push({ kind: 'line', x1: left, y1: y, x2: right, y2: y, width: lw, color: layout.hLineColor(i) });
      }
      for (let i = 0; i <= columns.length; i++) {
        const lw = layout.vLineWidth(i);
        const x = i < columns.length ? (columns[i] as Column).x - lw / 2 : right + lw / 2;
        if (lw > 0) ops.push({ kind: 'line', x1: x, y1: 0, x2: x, y2: height, width: lw, color: layout.vLineColor(i) });
      }
      const band: Band = { height, ops };
      if (r < (table.headerRows ?? 0)) {
        band.keepWithNext = true;
        header = band;
      } else if (header) band.repeat = header;
      bands.push(band);
    }
  });
  return bands;
}
