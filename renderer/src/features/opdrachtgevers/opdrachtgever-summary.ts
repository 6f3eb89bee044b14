import type { EngineOutput, RequirementResult, Status } from '../../../../shared/engine';
import { daysBetween, formatDateNl } from '../../../../shared/dates';
import type { Opdrachtgever } from '../../../../shared/model';
import { attentionItems } from '../overview/attention';

export interface OpdrachtgeverSummary {
  /** The opdrachtgever's kaders the engine evaluated (active in the profile and existing). */
  kaderIds: string[];
  /** Kaders it names that no longer exist. */
  missingKaderIds: string[];
  counts: Record<Status, number>;
  attention: RequirementResult[];
  /** Dutch line about the contract period, with the reason it needs attention, if any. */
  contract?: { text: string; warn: boolean };
}

const EMPTY: Record<Status, number> = { 'in-orde': 0, 'verloopt-binnenkort': 0, verlopen: 0, ontbreekt: 0, 'niet-van-toepassing': 0, 'handmatig-beoordeeld': 0 };

/** What the engine's verdict means for one opdrachtgever: only the results of its own kaders. */
export function summariseOpdrachtgever(o: Opdrachtgever, output: EngineOutput, knownKaderIds: ReadonlySet<string>): OpdrachtgeverSummary {
  const evaluated = new Set(output.kaders.map((k) => k.id));
  const kaderIds = o.kaderIds.filter((id) => evaluated.has(id));
  const results = output.results.filter((r) => kaderIds.includes(r.kaderId));
  const counts = { ...EMPTY };
  for (const r of results) counts[r.status]++;
  return {
    kaderIds,
    missingKaderIds: o.kaderIds.filter((id) => !knownKaderIds.has(id)),
    counts,
    attention: attentionItems(results),
    contract: contractLine(o, output.peildatum, output.horizonDays),
  };
}

function contractLine(o: Opdrachtgever, today: string, horizonDays: number): OpdrachtgeverSummary['contract'] {
  const from = o.contractStart ? `Vanaf ${formatDateNl(o.contractStart)}` : '';
  if (o.contractEnd) {
    const left = daysBetween(today, o.contractEnd);
    if (left < 0) return { text: `${from ? `${from}; ` : ''}afgelopen op ${formatDateNl(o.contractEnd)}.`, warn: true };
    const text = `${from ? `${from} t` : 'T'}ot en met ${formatDateNl(o.contractEnd)}`;
    return left <= horizonDays ? { text: `${text}: loopt over ${left} dagen af.`, warn: true } : { text: `${text}.`, warn: false };
  }
  if (o.contractStart && o.contractStart > today) return { text: `Begint op ${formatDateNl(o.contractStart)}.`, warn: false };
  return from ? { text: `${from}, zonder einddatum.`, warn: false } : undefined;
}
