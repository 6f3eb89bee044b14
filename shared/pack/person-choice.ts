/** The pack's person choice in words: the cover's "Inhoud" row, the summary and the pack page. */
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
