/**
 * The deadline list as the user sees it: one item per document and date (even when several kaders ask
 * for it), a status per item, filters by person and kader, and grouping by month with overdue first.
 */
import { DEADLINE_KIND_LABELS } from '../engine/labels';
import type { Status } from '../engine/status';
import type { Deadline } from '../engine/types';
import type { IsoDate } from '../model';

export interface DeadlineItem {
  /** The engine's dedupeKey: the same for the same document and date across kaders. */
  key: string;
  /** The first deadline with this dedupeKey (date order); carries date, title, person and document. */
  deadline: Deadline;
  /** Every kader that asks for it, in first-seen order. */
  kaderIds: string[];
  /** Every requirement behind it, as `${kaderId}:${requirementId}`. */
  requirementKeys: string[];
  status: DeadlineStatus;
}

/** The statuses a single dated item can have (a subset of the engine's statuses, for StatusBadge). */
export type DeadlineStatus = Extract<Status, 'verlopen' | 'verloopt-binnenkort' | 'in-orde' | 'ontbreekt'>;

/** Filter value for deadlines that belong to the organisation rather than a person. */
export const ORGANISATION_FILTER = 'organisatie';

/**
 * Status of one date, independent of the rest of its requirement: past it is 'verlopen', within the
 * horizon 'verloopt-binnenkort', else 'in-orde'. A start-of-work item is evidence that is still missing.
 */
export function deadlineStatus(d: Pick<Deadline, 'kind' | 'overdue' | 'withinHorizon'>): DeadlineStatus {
  if (d.kind === 'start') return 'ontbreekt';
  if (d.overdue) return 'verlopen';
  return d.withinHorizon ? 'verloopt-binnenkort' : 'in-orde';
}

/** True when the item should be reported: overdue, or due within the horizon. */
export function isDue(d: Pick<Deadline, 'overdue' | 'withinHorizon'>): boolean {
  return d.overdue || d.withinHorizon;
}

/** Merges deadlines with the same dedupeKey (one document asked by two kaders), in date order. */
export function dedupeDeadlines(deadlines: readonly Deadline[]): DeadlineItem[] {
  const byKey = new Map<string, DeadlineItem>();
  for (const d of deadlines) {
    const existing = byKey.get(d.dedupeKey);
    // A document's own deadline (no requirement uses it) has no kader: it adds none.
    const kaderIds = d.kaderId ? [d.kaderId] : [];
    const reqKeys = d.kaderId ? [`${d.kaderId}:${d.requirementId}`] : [];
    if (existing) {
      for (const k of kaderIds) if (!existing.kaderIds.includes(k)) existing.kaderIds.push(k);
      for (const r of reqKeys) if (!existing.requirementKeys.includes(r)) existing.requirementKeys.push(r);
      continue;
    }
    byKey.set(d.dedupeKey, {
      key: d.dedupeKey,
      deadline: d,
      kaderIds,
      requirementKeys: reqKeys,
      status: deadlineStatus(d),
    });
  }
  return [...byKey.values()].sort(compareItems);
}

function compareItems(a: DeadlineItem, b: DeadlineItem): number {
  const da = a.deadline;
  const db = b.deadline;
  if (da.date !== db.date) return da.date < db.date ? -1 : 1;
  const byTitle = da.title.localeCompare(db.title, 'nl');
  if (byTitle !== 0) return byTitle;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface DeadlineFilter {
  /** A person id, ORGANISATION_FILTER for organisation-wide items, or undefined/'' for everything. */
  personId?: string;
  /** A kader id, or undefined/'' for every kader. */
  kaderId?: string;
}

export function filterDeadlineItems(items: readonly DeadlineItem[], filter: DeadlineFilter): DeadlineItem[] {
  return items.filter((item) => {
    if (filter.personId) {
      const owner = item.deadline.personId ?? ORGANISATION_FILTER;
      if (owner !== filter.personId) return false;
    }
    if (filter.kaderId && !item.kaderIds.includes(filter.kaderId)) return false;
    return true;
  });
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** '2026-12-07' → 'december 2026'. */
export function monthLabelNl(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  const name = MONTHS_NL[month - 1];
  if (!name) throw new Error(`Ongeldige datum: '${date}'`);
  return `${name} ${date.slice(0, 4)}`;
}

export interface DeadlineGroup {
  /** 'verlopen' or the month as 'YYYY-MM'. */
  key: string;
  /** 'Verlopen' or the Dutch month, e.g. 'december 2026'. */
  label: string;
  items: DeadlineItem[];
}

/** Overdue items first under "Verlopen" (oldest first), then one group per month in date order. */
export function groupDeadlineItems(items: readonly DeadlineItem[]): DeadlineGroup[] {
  const sorted = [...items].sort(compareItems);
  const groups: DeadlineGroup[] = [];
  const overdue = sorted.filter((i) => i.deadline.overdue);
  if (overdue.length) groups.push({ key: 'verlopen', label: 'Verlopen', items: overdue });
  const byMonth = new Map<string, DeadlineGroup>();
  for (const item of sorted) {
    if (item.deadline.overdue) continue;
    const month = item.deadline.date.slice(0, 7);
    let group = byMonth.get(month);
    if (!group) {
      group = { key: month, label: monthLabelNl(item.deadline.date), items: [] };
      byMonth.set(month, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** The title without its kind prefix: "Verloopt: VOG – Anna de Vries" → "VOG – Anna de Vries". */
export function deadlineSubject(d: Pick<Deadline, 'kind' | 'title'>): string {
  const prefix = `${DEADLINE_KIND_LABELS[d.kind]}: `;
  return d.title.startsWith(prefix) ? d.title.slice(prefix.length) : d.title;
}

/** "vandaag", "nog 1 dag", "nog 14 dagen", "1 dag geleden", "30 dagen geleden". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'vandaag';
  const n = Math.abs(daysLeft);
  const unit = n === 1 ? 'dag' : 'dagen';
  return daysLeft > 0 ? `nog ${n} ${unit}` : `${n} ${unit} geleden`;
}
