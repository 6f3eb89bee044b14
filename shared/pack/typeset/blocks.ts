/** Block nodes (text, stack, columns, table) → bands, at a given x and width. */
import type { FontBook } from './font-book';
import { childStyle, margins, ownProp, type NodeObject, type StyleSheet } from './style';
import { tableBands } from './table';
import { textBands, widestWord } from './text';
import type { Band, Op, TextStyle } from './types';

export interface BlockContext {
  sheet: StyleSheet;
  fonts: FontBook;
  /** Content height of a page: a band taller than this is split where it can be. */
  pageContentHeight: number;
  /** How far a table may grow past its width into the right page margin to keep its longest word whole. */
  spill: number;
}

export function shiftOps(ops: readonly Op[], dy: number): Op[] {
  if (dy === 0) return [...ops];
  return ops.map((op): Op => {
    switch (op.kind) {
      case 'text':
        return { ...op, baseline: op.baseline + dy };
      case 'pageRef':
        return { ...op, baseline: op.baseline + dy, top: op.top + dy };
      case 'rect':
        return { ...op, y: op.y + dy };
      case 'line':
        return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
      case 'dest':
        return { ...op, y: op.y + dy };
    }
  });
}

/** Bands stacked into one (a table cell, an unbreakable block). Spacing bands keep their height here. */
export function mergeBands(bands: readonly Band[]): Band {
  const ops: Op[] = [];
  let y = 0;
  for (const band of bands) {
    ops.push(...shiftOps(band.ops, y));
    y += band.height;
  }
  return { height: Math.max(0, y), ops };
}

export function totalHeight(bands: readonly Band[]): number {
  return bands.reduce((h, b) => h + b.height, 0);
}

export function nodeBands(node: unknown, parent: TextStyle, ctx: BlockContext, left: number, width: number): Band[] {
  if (node === null || node === undefined) return [];
  if (typeof node === 'string' || typeof node === 'number') return textBands({ text: String(node) }, parent, ctx.sheet, ctx.fonts, left, width);
  if (Array.isArray(node)) return node.flatMap((child) => nodeBands(child, parent, ctx, left, width));
  const obj = node as NodeObject;
  const [ml, mt, mr, mb] = margins(ownProp(obj, 'margin', ctx.sheet));
  const style = childStyle(parent, obj, ctx.sheet);
  const x = left + ml;
  const w = width - ml - mr;
  let inner: Band[];
  if (Array.isArray(obj.stack)) inner = obj.stack.flatMap((child) => nodeBands(child, style, ctx, x, w));
  else if (Array.isArray(obj.columns)) inner = [columnsBand(obj, style, ctx, x, w)];
  else if (obj.table && typeof obj.table === 'object') inner = tableBands(obj, style, ctx, x, w);
  else if (obj.text !== undefined || obj.pageReference !== undefined) inner = textBands(obj, style, ctx.sheet, ctx.fonts, x, w);
  else inner = [];
  if (obj.unbreakable === true && inner.length > 1 && totalHeight(inner) <= ctx.pageContentHeight) inner = [mergeBands(inner)];
  const out: Band[] = [];
  if (mt !== 0) out.push({ height: mt, ops: [], space: true });
  out.push(...inner);
  if (mb !== 0) out.push({ height: mb, ops: [], space: true });
  return out;
}

/** The width a node needs to show its widest word unbroken (margins included); 0 for tables and columns. */
export function minContentWidth(node: unknown, parent: TextStyle, ctx: BlockContext): number {
  if (node === null || node === undefined) return 0;
  if (typeof node === 'string' || typeof node === 'number') return widestWord({ text: String(node) }, parent, ctx.sheet, ctx.fonts);
  if (Array.isArray(node)) return Math.max(0, ...node.map((child) => minContentWidth(child, parent, ctx)));
  const obj = node as NodeObject;
  const [ml, , mr] = margins(ownProp(obj, 'margin', ctx.sheet));
  const style = childStyle(parent, obj, ctx.sheet);
  let inner = 0;
  if (Array.isArray(obj.stack)) inner = Math.max(0, ...obj.stack.map((child) => minContentWidth(child, style, ctx)));
  else if (obj.text !== undefined || obj.pageReference !== undefined) inner = widestWord(obj, style, ctx.sheet, ctx.fonts);
  return inner + ml + mr;
}

/** Side by side, one band as tall as the tallest column (`width`: points or '*', which share the rest). */
function columnsBand(node: NodeObject, style: TextStyle, ctx: BlockContext, left: number, width: number): Band {
  const columns = node.columns as unknown[];
  const gap = typeof node.columnGap === 'number' ? node.columnGap : 0;
  const fixed = columns.map((c) => (c && typeof c === 'object' && typeof (c as NodeObject).width === 'number' ? ((c as NodeObject).width as number) : undefined));
  const stars = fixed.filter((f) => f === undefined).length;
  const rest = width - gap * (columns.length - 1) - fixed.reduce<number>((s, f) => s + (f ?? 0), 0);
  const ops: Op[] = [];
  let height = 0;
  let x = left;
  columns.forEach((column, i) => {
    const w = fixed[i] ?? Math.max(0, rest / Math.max(1, stars));
    const band = mergeBands(nodeBands(column, style, ctx, x, w));
    ops.push(...band.ops);
    height = Math.max(height, band.height);
    x += w + gap;
  });
  return { height, ops };
}
