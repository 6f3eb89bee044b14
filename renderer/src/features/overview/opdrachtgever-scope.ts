import type { Deadline, EngineOutput, RequirementResult } from '../../../../shared/engine';
import type { Opdrachtgever } from '../../../../shared/model';

export interface OverviewScope {
  results: RequirementResult[];
  kaders: EngineOutput['kaders'];
  deadlines: Deadline[];
}

/**
 * The overview for one opdrachtgever: only the results and deadlines of its own kaders (issue #16: an agency
 * working for two gemeenten sees what each asks). Deadlines of documents no requirement watches belong to her,
 * not to a kader, so they stay in every view. Without an opdrachtgever: everything.
 */
export function overviewScope(output: EngineOutput, opdrachtgever: Opdrachtgever | undefined): OverviewScope {
  if (!opdrachtgever) return { results: output.results, kaders: output.kaders, deadlines: output.deadlines };
  const own = new Set(opdrachtgever.kaderIds);
  return {
    results: output.results.filter((r) => own.has(r.kaderId)),
    kaders: output.kaders.filter((k) => own.has(k.id)),
    deadlines: output.deadlines.filter((d) => d.kaderId === '' || own.has(d.kaderId)),
  };
}
