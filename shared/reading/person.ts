import { normalizeText } from './normalize';
import type { PersonName, ProposedField } from './types';

/** Dutch surname prefixes ("tussenvoegsels"): "Sanne de Vries" has surname "vries" with prefix "de". */
const PREFIXES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'in', "'t", 'v.d.', 'vd', 'la', 'le', 'du', 'op', 'uit']);

interface NameParts {
  first: string;
  initial: string;
  prefix: string;
  surname: string;
}

function parts(name: string): NameParts | undefined {
  const words = normalizeText(name).split(' ').filter(Boolean);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  let i = 1;
  while (i < words.length - 1 && PREFIXES.has(words[i]!)) i++;
  return { first, initial: first[0]!, prefix: words.slice(1, i).join(' '), surname: words.slice(i).join(' ') };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?:^|[^a-z])${escape(s)}(?![a-z])`);

/**
 * How strongly the text names this person: 0.95 the full name, 0.9 initial(s) with surname or
 * "surname, first name" (forms and VOGs print it that way), 0.55 the surname alone (not enough on its own).
 */
export function nameScore(text: string, name: string): number {
  const p = parts(name);
  if (!p) return word(normalizeText(name)).test(text) && name.trim().length > 3 ? 0.7 : 0;
  const full = [p.first, p.prefix, p.surname].filter(Boolean).join(' ');
  if (word(full).test(text)) return 0.95;
  const pre = p.prefix ? `${escape(p.prefix)} ` : '';
  const initials = String.raw`(?:[a-z]\. ?){0,3}`;
  const patterns = [
    // S. de Vries, S.M. de Vries
    new RegExp(String.raw`(?:^|[^a-z])${escape(p.initial)}\. ?${initials}${pre}${escape(p.surname)}(?![a-z])`),
    // Vries, Sanne (de) / De Vries, S.
    new RegExp(String.raw`(?:^|[^a-z])${pre}${escape(p.surname)},? (?:${escape(p.first)}|${escape(p.initial)}\.)`),
    new RegExp(String.raw`(?:^|[^a-z])${escape(p.surname)},? (?:${escape(p.first)}|${escape(p.initial)}\.)[a-z .]{0,30}?${pre.trim() ? escape(p.prefix) : ''}`),
  ];
  if (patterns.some((re) => re.test(text))) return 0.9;
  // A form with separate lines: "Achternaam: Vries ... Voornamen: Sanne Maria"
  if (word(p.surname).test(text) && word(p.first).test(text)) return 0.8;
  if (word(`${p.prefix ? p.prefix + ' ' : ''}${p.surname}`).test(text)) return 0.55;
  return 0;
}

/**
 * The person a document belongs to: the one named most clearly. Two people named equally clearly, or
 * a name only half there, gives no proposal (with a note when it matters).
 */
export function matchPerson(
  text: string,
  fileName: string,
  people: readonly PersonName[],
): { field?: ProposedField<string>; note?: string } {
  const scored = people
    .map((p) => {
      const inText = nameScore(text, p.name);
      const inFile = nameScore(fileName, p.name);
      return { p, score: Math.max(inText, inFile), where: inText >= inFile ? 'tekst' : 'bestandsnaam' };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < 0.6) return {};
  if (next && next.score >= best.score - 0.05) {
    return { note: `In het document staan meerdere namen (${best.p.name}, ${next.p.name}). Kies zelf van wie het is.` };
  }
  return { field: { value: best.p.id, confidence: best.score, source: best.where === 'tekst' ? 'naam in de tekst' : 'naam in de bestandsnaam' } };
}
