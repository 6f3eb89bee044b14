import { STATUS_SEVERITY, type RequirementResult } from '../../../../shared/engine';

/** All results of one requirement (one per person, or one for the organisation). */
export interface RequirementRow {
  requirementId: string;
  sectionId: string;
  text: string;
  custom: boolean;
  results: RequirementResult[];
  /** The worst status across the results: the requirement is only in order when everyone is. */
  worst: RequirementResult;
}

export function groupByRequirement(results: readonly RequirementResult[]): RequirementRow[] {
  const rows = new Map<string, RequirementRow>();
  for (const r of results) {
    const row = rows.get(r.requirementId);
    if (!row) {
      rows.set(r.requirementId, { requirementId: r.requirementId, sectionId: r.sectionId, text: r.text, custom: r.custom, results: [r], worst: r });
      continue;
    }
    row.results.push(r);
    if (STATUS_SEVERITY[r.status] > STATUS_SEVERITY[row.worst.status]) row.worst = r;
  }
  return [...rows.values()];
}

/** In order, not applicable, or manually judged: nothing left to do. */
export function isSettled(row: RequirementRow): boolean {
  return row.results.every((r) => r.status === 'in-orde' || r.status === 'niet-van-toepassing' || r.status === 'handmatig-beoordeeld');
}

export function matchesQuery(row: RequirementRow, query: string, documentTitles: ReadonlyMap<string, string>): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  if (row.text.toLowerCase().includes(q) || row.requirementId.includes(q)) return true;
  return row.results.some(
    (r) => (r.personName ?? '').toLowerCase().includes(q) || r.documentIds.some((id) => (documentTitles.get(id) ?? '').toLowerCase().includes(q)),
  );
}
