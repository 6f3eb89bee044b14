import type { RequirementResult, Status } from '../../../../shared/engine';
import { CREDENTIAL_LABELS, evidenceLabelWithArticle, getEvidenceType } from '../../../../shared/evidence';
import { formatDateNl } from '../../../../shared/dates';

/**
 * "Begin hier": the overview's to-do, short and in the order a provider should act.
 *  1. blokkeert: a VOG missing for someone with client contact (the engine only asks it of people in
 *     scope; kader 003 asks a fitting VOG of everyone who works with clients, see /work/shared/DOMAIN.md
 *     "VOG at start of work"), and anything already expired;
 *  2. verloopt: what expires within the horizon, soonest first;
 *  3. ontbreekt: missing personal proofs, one item per person and credential, then missing organisation
 *     documents, one item per kind of document, so ten "voeg de werkwijze toe" rows that one document
 *     can cover are one item.
 * Tiers 1 and 2 are never cut short; only tier 3 may be.
 */
export type TodoTier = 'blokkeert' | 'verloopt' | 'ontbreekt';

export interface TodoItem {
  key: string;
  tier: TodoTier;
  status: Status;
  title: string;
  /** What to do, in one line. */
  action: string;
  /** The requirement(s) this item stands for; several when one document can cover them all. */
  results: RequirementResult[];
  personId?: string;
  nextDeadline?: string;
}

const TIER_ORDER: Record<TodoTier, number> = { blokkeert: 0, verloopt: 1, ontbreekt: 2 };

function isBlocker(r: RequirementResult): boolean {
  if (r.status === 'verlopen') return true;
  return r.status === 'ontbreekt' && r.credential === 'vog' && !!r.personId;
}

function tierOf(r: RequirementResult): TodoTier | undefined {
  if (isBlocker(r)) return 'blokkeert';
  if (r.status === 'verloopt-binnenkort') return 'verloopt';
  if (r.status === 'ontbreekt') return 'ontbreekt';
  return undefined;
}

/** Evidence type a missing organisation requirement asks for first; '' for a self-assessment. */
function askedType(r: RequirementResult): string {
  return r.groups[0]?.evidenceType ?? '';
}

function groupKey(r: RequirementResult, tier: TodoTier): string {
  if (r.personId) return `${tier}:person:${r.personId}:${r.credential ?? r.requirementId}`;
  if (tier !== 'ontbreekt') return `${tier}:${r.key}`;
  return `${tier}:org:${askedType(r)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describe(group: RequirementResult[], tier: TodoTier): Pick<TodoItem, 'title' | 'action'> {
  const first = group[0]!;
  const who = first.personName ? ` voor ${first.personName}` : '';
  if (first.personId) {
    const label = (first.credential && CREDENTIAL_LABELS[first.credential]) || first.text;
    const state = first.status === 'verlopen' ? 'verlopen' : first.status === 'verloopt-binnenkort' ? 'verloopt binnenkort' : 'ontbreekt';
    return { title: `${label}${who} ${state}`, action: first.action };
  }
  if (tier !== 'ontbreekt' || group.length === 1) {
    const when = first.nextDeadline && tier !== 'ontbreekt' ? ` (${first.status === 'verlopen' ? 'sinds' : 'op'} ${formatDateNl(first.nextDeadline)})` : '';
    return { title: `${first.text}${when}`, action: first.action };
  }
  const type = askedType(first);
  if (!type) return { title: `Beoordeel zelf ${group.length} eisen`, action: 'Lees per eis wat er gevraagd wordt en leg vast hoe je eraan voldoet.' };
  const label = getEvidenceType(type) ? evidenceLabelWithArticle(type) : type;
  return {
    title: `${capitalise(label)} voor ${group.length} eisen`,
    action: `Eén document kan deze eisen samen dekken. Voeg ${label} toe en koppel het aan de eisen die het beschrijft.`,
  };
}

export function todoItems(results: readonly RequirementResult[]): TodoItem[] {
  const groups = new Map<string, { tier: TodoTier; results: RequirementResult[] }>();
  for (const r of results) {
    const tier = tierOf(r);
    if (!tier) continue;
    const key = groupKey(r, tier);
    const g = groups.get(key) ?? { tier, results: [] };
    g.results.push(r);
    groups.set(key, g);
  }
  const items: TodoItem[] = [...groups.entries()].map(([key, g]) => {
    const first = g.results[0]!;
    const deadlines = g.results.map((r) => r.nextDeadline).filter((d): d is string => !!d).sort();
    return {
      key,
      tier: g.tier,
      status: first.status,
      ...describe(g.results, g.tier),
      results: g.results,
      ...(first.personId ? { personId: first.personId } : {}),
      ...(deadlines[0] ? { nextDeadline: deadlines[0] } : {}),
    };
  });
  return items.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      (a.tier === 'ontbreekt' ? Number(!a.personId) - Number(!b.personId) || b.results.length - a.results.length : 0) ||
      (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
      a.title.localeCompare(b.title, 'nl'),
  );
}

/** Tier 3 may be cut to `shown` items; blockers and what expires soon never are. */
export function visibleTodo(items: readonly TodoItem[], shown: number): { visible: TodoItem[]; hidden: number } {
  const urgent = items.filter((i) => i.tier !== 'ontbreekt');
  const rest = items.filter((i) => i.tier === 'ontbreekt');
  const room = Math.max(shown - urgent.length, Math.min(3, rest.length));
  return { visible: [...urgent, ...rest.slice(0, room)], hidden: Math.max(0, rest.length - room) };
}
