import type { Deadline, RequirementResult } from '../../../../shared/engine';

const ORDER = { verlopen: 0, 'verloopt-binnenkort': 1, ontbreekt: 2 } as const;

/** What needs attention now: expired, then expiring within the horizon, then missing; soonest first. */
export function attentionItems(results: readonly RequirementResult[]): RequirementResult[] {
  return results
    .filter((r): r is RequirementResult & { status: keyof typeof ORDER } => r.status in ORDER)
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
        a.text.localeCompare(b.text, 'nl') ||
        (a.personName ?? '').localeCompare(b.personName ?? '', 'nl'),
    );
}

/** The next N dates still ahead, one per document and date even when several kaders ask for it. */
export function nextDeadlines(deadlines: readonly Deadline[], count = 5): Deadline[] {
  const seen = new Set<string>();
  return deadlines
    .filter((d) => !d.overdue)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'nl'))
    .filter((d) => !seen.has(d.dedupeKey) && seen.add(d.dedupeKey))
    .slice(0, count);
}
