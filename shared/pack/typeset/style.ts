/** pdfmake's style rules as the pack uses them: named styles, then the node's own properties, inherited by children. */
import type { TextStyle } from './types';

export type NodeObject = { [key: string]: unknown };
export type StyleSheet = Record<string, NodeObject>;

const INHERITED = ['fontSize', 'bold', 'italics', 'color', 'lineHeight', 'characterSpacing', 'alignment'] as const;

/** The named styles of a node (`style: 'td'` or `style: ['td', 'small']`), in order. */
function namedStyles(node: NodeObject, sheet: StyleSheet): NodeObject[] {
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  return names.flatMap((n) => (typeof n === 'string' && sheet[n] ? [sheet[n] as NodeObject] : []));
}

/** A property of the node itself, else of its named styles (margin, fillColor: not inherited). */
export function ownProp(node: NodeObject, key: string, sheet: StyleSheet): unknown {
  if (node[key] !== undefined) return node[key];
  let value: unknown;
  for (const s of namedStyles(node, sheet)) if (s[key] !== undefined) value = s[key];
  return value;
}

/** The text style a node's content gets: the parent's, overridden by the node's named styles, then its own properties. */
export function childStyle(parent: TextStyle, node: NodeObject, sheet: StyleSheet): TextStyle {
  const named = namedStyles(node, sheet);
  let out: TextStyle | undefined;
  for (const source of [...named, node]) {
    for (const key of INHERITED) {
      const value = source[key];
      if (value === undefined || value === null) continue;
      out ??= { ...parent };
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out ?? parent;
}

/** [left, top, right, bottom] from pdfmake's margin forms (a number, [horizontal, vertical] or four numbers). */
export function margins(value: unknown): [number, number, number, number] {
  if (typeof value === 'number') return [value, value, value, value];
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1], value[0], value[1]] as [number, number, number, number];
  if (Array.isArray(value) && value.length === 4) return value as [number, number, number, number];
  return [0, 0, 0, 0];
}

export const DEFAULT_STYLE: TextStyle = {
  fontSize: 12,
  bold: false,
  italics: false,
  color: '#000000',
  lineHeight: 1,
  characterSpacing: 0,
  alignment: 'left',
};
