/** The Dutch text of the daily summary notification. */
import { dedupeDeadlines, deadlineSubject, type DeadlineItem } from '../calendar/deadline-list';
import type { Deadline } from '../engine/types';

export const REMINDER_TITLE = 'Kwaliteitsmap: termijnen';

export interface ReminderSummary {
  title: string;
  body: string;
  overdue: number;
  soon: number;
}

/** How many items are named in the body before "en N meer". */
export const NAMED_ITEMS = 3;

/** "VOG Anna de Vries": the subject followed by the person, without the kind or the dash. */
export function reminderItemLabel(d: Pick<Deadline, 'kind' | 'title' | 'personName'>): string {
  const subject = deadlineSubject(d);
  const suffix = d.personName ? ` – ${d.personName}` : '';
  if (suffix && subject.endsWith(suffix)) return `${subject.slice(0, -suffix.length)} ${d.personName}`;
  return subject;
}

/**
 * "3 verlopen, 2 verlopen binnenkort: VOG Anna de Vries, BHV-certificaat Bram Bakker, Meldcode Anna de Vries en 2 meer".
 * Undefined when nothing is overdue or due within the horizon. Each document counts once, however
 * many kaders ask for it.
 */
export function summarizeDeadlines(deadlines: readonly Deadline[], named = NAMED_ITEMS): ReminderSummary | undefined {
  const items = dedupeDeadlines(deadlines);
  const overdue = items.filter((i) => i.deadline.overdue);
  const soon = items.filter((i) => !i.deadline.overdue && i.deadline.withinHorizon);
  if (overdue.length === 0 && soon.length === 0) return undefined;
  const counts: string[] = [];
  if (overdue.length) counts.push(`${overdue.length} verlopen`);
  if (soon.length) counts.push(`${soon.length} ${soon.length === 1 ? 'verloopt' : 'verlopen'} binnenkort`);
  // Overdue first (oldest first), then what comes soonest.
  const ordered: DeadlineItem[] = [...overdue, ...soon];
  const names = ordered.slice(0, named).map((i) => reminderItemLabel(i.deadline));
  const rest = ordered.length - names.length;
  const list = rest > 0 ? `${names.join(', ')} en ${rest} meer` : joinAnd(names);
  return { title: REMINDER_TITLE, body: `${counts.join(', ')}: ${list}`, overdue: overdue.length, soon: soon.length };
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
