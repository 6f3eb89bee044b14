/** Small Dutch text helpers for the generators. */
import type { AnswerReader, Answers, AuthoringContext, Block, DocSection } from './types';

/** "a", "a en b", "a, b en c". */
export function joinNl(items: readonly string[]): string {
  const xs = items.filter((s) => s.trim() !== '');
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;
}

export function reader(answers: Answers): AnswerReader {
  return {
    text(id, fallback = '') {
      const v = answers[id];
      const s = Array.isArray(v) ? v.join(', ') : (v ?? '');
      return s.trim() || fallback;
    },
    list(id) {
      const v = answers[id];
      if (Array.isArray(v)) return v.filter((s) => s.trim() !== '');
      return typeof v === 'string' && v.trim() ? [v.trim()] : [];
    },
    has(id, value) {
      const v = answers[id];
      return Array.isArray(v) ? v.includes(value) : v === value;
    },
  };
}

/** The zzp'er's own text or the agency's, where the two truly differ. */
export function bySize(ctx: AuthoringContext, solo: string, team: string): string {
  return ctx.solo ? solo : team;
}

/** Names of the people holding a role, e.g. the BHV'ers. */
export function holders(ctx: AuthoringContext, role: string): string[] {
  return ctx.people.filter((p) => p.roles.includes(role)).map((p) => p.name);
}

/** Who is responsible by default: the contact person, else the organisation itself. */
export function defaultOwner(ctx: AuthoringContext): string {
  return ctx.contactPerson?.trim() || ctx.orgName;
}

export const p = (text: string): Block => ({ type: 'p', text });
export const ul = (items: string[]): Block => ({ type: 'list', items: items.filter((i) => i.trim() !== '') });
export const ol = (items: string[]): Block => ({ type: 'list', ordered: true, items });
export const note = (text: string): Block => ({ type: 'note', text });
export const h2 = (heading: string, ...blocks: Block[]): DocSection => ({ heading, level: 2, blocks });
export const h1 = (heading: string, ...blocks: Block[]): DocSection => ({ heading, level: 1, blocks });

/** Ends a sentence fragment the user typed with a full stop, once. */
export function sentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
