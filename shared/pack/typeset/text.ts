/** Text leaves: inline runs broken into lines (greedy, at spaces; a word wider than the line at characters). */
import type { FontBook } from './font-book';
import { childStyle, type NodeObject, type StyleSheet } from './style';
import type { Band, Op, TextStyle } from './types';

interface Token {
  text: string;
  style: TextStyle;
  /** Width with and without its trailing spaces. */
  width: number;
  bare: number;
  pageRef?: string;
  /** Starts a new line ("\n" in the text). */
  hardBreak?: boolean;
}

/** What pdfmake measures a page number with before it is known (layout-plan.ts `pageRef`). */
const PAGE_REF_PLACEHOLDER = '00000';

function runs(node: NodeObject, style: TextStyle, sheet: StyleSheet, out: { text: string; style: TextStyle; pageRef?: string }[]): void {
  if (typeof node.pageReference === 'string') {
    out.push({ text: PAGE_REF_PLACEHOLDER, style, pageRef: node.pageReference });
    return;
  }
  const text = node.text;
  if (typeof text === 'string' || typeof text === 'number') out.push({ text: String(text), style });
  else if (Array.isArray(text)) {
    for (const part of text.flat(Infinity) as unknown[]) {
      if (typeof part === 'string') out.push({ text: part, style });
      else if (part && typeof part === 'object') runs(part as NodeObject, childStyle(style, part as NodeObject, sheet), sheet, out);
    }
  } else if (text && typeof text === 'object') runs(text as NodeObject, childStyle(style, text as NodeObject, sheet), sheet, out);
}

function tokens(node: NodeObject, style: TextStyle, sheet: StyleSheet, fonts: FontBook): Token[] {
  const out: Token[] = [];
  const parts: { text: string; style: TextStyle; pageRef?: string }[] = [];
  runs(node, style, sheet, parts);
  for (const run of parts) {
    if (run.pageRef) {
      const w = fonts.width(run.text, run.style);
      out.push({ text: run.text, style: run.style, width: w, bare: w, pageRef: run.pageRef });
      continue;
    }
    run.text.replace(/\t/g, ' ').split('\n').forEach((piece, i) => {
      // Breaks at spaces, and after a hyphen before a letter ("vog-kees-de-vries.pdf"), as Unicode's line
      // breaking rules allow (not before a digit: "-121" stays whole).
      const words = (piece.match(/[^ ]+ *| +/g) ?? ['']).flatMap((w) => (w.includes('-') ? w.split(/(?<=[^\s-]-)(?=[^\d\s-])/) : [w]));
      words.forEach((word, j) => {
        const bareText = word.replace(/ +$/, '');
        const bare = fonts.width(bareText, run.style);
        const width = bareText === word ? bare : bare + fonts.width(word.slice(bareText.length), run.style);
        out.push({ text: word, style: run.style, width, bare, hardBreak: i > 0 && j === 0 });
      });
    });
  }
  return out;
}

/** The widest word of a text leaf: what a table's '*' column needs to show it unbroken (as pdfmake sizes it). */
export function widestWord(node: NodeObject, style: TextStyle, sheet: StyleSheet, fonts: FontBook): number {
  let widest = 0;
  for (const t of tokens(node, style, sheet, fonts)) widest = Math.max(widest, t.bare);
  return widest;
}

/** A word wider than the line, cut into pieces that fit (file names and hashes have no spaces). */
function splitWord(token: Token, width: number, fonts: FontBook): Token[] {
  const pieces: Token[] = [];
  let current = '';
  for (const ch of token.text) {
    const next = current + ch;
    if (current !== '' && fonts.width(next.trimEnd(), token.style) > width) {
      pieces.push(measured(current, token.style, fonts));
      current = ch;
    } else current = next;
  }
  if (current) pieces.push(measured(current, token.style, fonts));
  if (pieces[0]) pieces[0].hardBreak = token.hardBreak;
  return pieces;
}

function measured(text: string, style: TextStyle, fonts: FontBook): Token {
  const bareText = text.replace(/ +$/, '');
  const bare = fonts.width(bareText, style);
  return { text, style, bare, width: bare + (bareText === text ? 0 : fonts.width(text.slice(bareText.length), style)) };
}

function breakLines(all: Token[], width: number, fonts: FontBook): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const token of all) {
    if (token.hardBreak) flush();
    const pieces = !token.pageRef && token.bare > width ? splitWord(token, width, fonts) : [token];
    for (const piece of pieces) {
      if (line.length > 0 && used + piece.bare > width + 0.01) flush();
      line.push(piece);
      used += piece.width;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The lines of a text leaf (or a pageReference) `width` wide at x = `left`, one band each. A leaf with `id`
 * puts its named destination on its first line.
 */
export function textBands(node: NodeObject, style: TextStyle, sheet: StyleSheet, fonts: FontBook, left: number, width: number): Band[] {
  const all = tokens(node, style, sheet, fonts);
  if (all.length === 1 && all[0]?.text === '' && !all[0].pageRef) return [];
  const bands: Band[] = [];
  for (const line of breakLines(all, width, fonts)) {
    let ascent = 0;
    let height = 0;
    for (const t of line.length ? line : [{ style } as Token]) {
      const m = fonts.metrics(t.style);
      ascent = Math.max(ascent, m.ascent);
      height = Math.max(height, (m.ascent + m.descent) * t.style.lineHeight);
    }
    // Trailing spaces of the last word do not count for alignment.
    const last = line[line.length - 1];
    const lineWidth = line.reduce((w, t) => w + t.width, 0) - (last ? last.width - last.bare : 0);
    const shift = style.alignment === 'right' ? width - lineWidth : style.alignment === 'center' ? (width - lineWidth) / 2 : 0;
    const ops: Op[] = [];
    let x = left + Math.max(0, shift);
    let pending: { text: string; style: TextStyle; x: number } | undefined;
    const emit = () => {
      if (pending && pending.text.trim() !== '') ops.push({ kind: 'text', x: pending.x, baseline: ascent, text: pending.text.trimEnd(), style: pending.style });
      pending = undefined;
    };
    for (const t of line) {
      if (t.pageRef) {
        emit();
        ops.push({ kind: 'pageRef', x, baseline: ascent, width: t.bare, top: 0, height, anchor: t.pageRef, style: t.style });
      } else if (pending && pending.style === t.style) pending.text += t.text;
      else {
        emit();
        pending = { text: t.text, style: t.style, x };
      }
      x += t.width;
    }
    emit();
    bands.push({ height, ops });
  }
  if (typeof node.id === 'string' && bands[0]) bands[0].ops.unshift({ kind: 'dest', id: node.id, x: left, y: 0 });
  return bands;
}
