import type { RequirementResult } from '../../../../shared/engine';
import type { EvidenceDocument, Person } from '../../../../shared/model';

/** Dutch list: "Anna", "Anna en Bram", "Anna, Bram en Dirk". */
export function listNl(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * The "what to do" line of a requirement row. For a personal requirement the engine words the action
 * per person ("Upload de VOG … voor Dirk Visser."); when several people need the same, the line names
 * them all rather than one of them.
 */
export function rowAction(worst: RequirementResult, results: readonly RequirementResult[]): string {
  if (!worst.personName) return worst.action;
  const generic = (r: RequirementResult) => (r.personName ? r.action.split(r.personName).join('\u0000') : r.action);
  const same = results.filter((r) => r.personName && generic(r) === generic(worst)).map((r) => r.personName!);
  if (same.length <= 1) return worst.action;
  return generic(worst).split('\u0000').join(listNl(same));
}

/** How a document is named in a row's "Bewijs:" line: a personal document also says whose it is. */
export function evidenceName(doc: EvidenceDocument, people: readonly Person[]): string {
  const person = doc.personId ? people.find((p) => p.id === doc.personId) : undefined;
  return person && !doc.title.includes(person.name) ? `${doc.title} (${person.name})` : doc.title;
}
