/** The pack's person choice in words: the cover's "Inhoud" row, the summary and the pack page. */
import type { PackRequirementEntry } from './model';
import type { PackSelection } from './select';

/** Names are given up to this many persons; beyond it only the count says who is in. */
const MAX_NAMES = 5;

/** "1 van de 3 medewerkers (Anouk de Vries)"; undefined without a person choice. */
export function personChoiceLabel(selection: Pick<PackSelection, 'persons'>): string | undefined {
  const persons = selection.persons;
  if (!persons) return undefined;
  const { chosen, total } = persons;
  const names = chosen.map((p) => p.name).filter((n) => n !== '');
  const named = names.length > 0 && names.length === chosen.length && names.length <= MAX_NAMES ? ` (${names.join(', ')})` : '';
  return chosen.length === 0 ? `geen van de ${total} medewerkers` : `${chosen.length} van de ${total} medewerkers${named}`;
}

/** One plain line for the summary: who is in, and that the counts still cover all staff. */
export function personChoiceLine(selection: Pick<PackSelection, 'persons' | 'personal'>): string | undefined {
  const label = personChoiceLabel(selection);
  if (!label || !selection.persons) return undefined;
  const counts = 'de tellingen en statussen gelden voor alle medewerkers.';
  if (selection.persons.chosen.length === 0) {
    return `Medewerkers in dit pakket: ${label}. Er staan geen persoonlijke documenten en geen personeelsmatrix in; ${counts}`;
  }
  const what = selection.personal ? 'Alleen hun persoonlijke documenten en hun rij in de personeelsmatrix staan erin' : 'Alleen hun rij in de personeelsmatrix staat erin';
  return `Medewerkers in dit pakket: ${label}. ${what}; ${counts}`;
}

/**
 * An entry as a pack for chosen persons shows it: the reason and remark keep the chosen persons' parts by name;
 * the others are counted, never named (AVG: a pack for one person does not tell the gemeente about her
 * colleagues). The status itself still covers all staff, as the summary says.
 */
export function entryForChosenPersons(entry: PackRequirementEntry, chosen: ReadonlySet<string>): PackRequirementEntry {
  const others = (entry.personLines ?? []).filter((l) => !chosen.has(l.personId));
  if (others.length === 0) return entry;
  const without = (text: string | undefined, parts: (string | undefined)[]): string | undefined => {
    let out = text ?? '';
    for (const part of parts) if (part) out = out.replace(part, '');
    out = out.replace(/\s+/g, ' ').trim();
    return out || undefined;
  };
  const notInOrder = others.filter((l) => l.reason).length;
  const count = notInOrder === 1 ? '1 andere medewerker' : `${notInOrder} andere medewerkers`;
  const reason = [without(entry.statusReason, others.map((l) => l.reason)), notInOrder > 0 ? `Bij ${count} (niet in dit pakket) is deze eis ook nog niet in orde.` : undefined]
    .filter(Boolean)
    .join(' ');
  const remark = without(entry.remark, others.map((l) => l.remark));
  const { statusReason: _reason, remark: _remark, ...rest } = entry;
  return {
    ...rest,
    ...(reason ? { statusReason: reason } : {}),
    ...(remark ? { remark } : {}),
    personLines: (entry.personLines ?? []).filter((l) => chosen.has(l.personId)),
  };
}
