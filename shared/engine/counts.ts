/** Counts of results per status: overall, per kader and per section. */
import { emptyCounts } from './status';
import type { RequirementResult, StatusSummary } from './types';

export function countStatuses(results: readonly RequirementResult[], kaderSections: Record<string, readonly string[]>): StatusSummary {
  const summary: StatusSummary = { total: emptyCounts(), perKader: {}, perSection: {} };
  for (const [kaderId, sectionIds] of Object.entries(kaderSections)) {
    summary.perKader[kaderId] = emptyCounts();
    const sections: Record<string, ReturnType<typeof emptyCounts>> = {};
    for (const s of sectionIds) sections[s] = emptyCounts();
    summary.perSection[kaderId] = sections;
  }
  for (const r of results) {
    summary.total[r.status]++;
    const perKader = (summary.perKader[r.kaderId] ??= emptyCounts());
    perKader[r.status]++;
    const sections = (summary.perSection[r.kaderId] ??= {});
    (sections[r.sectionId] ??= emptyCounts())[r.status]++;
  }
  return summary;
}
