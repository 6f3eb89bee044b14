/**
 * Which requirements a generated document proves, and how it is stored so the engine counts it for exactly those:
 * by its evidence type and werkwijze subjects where a requirement accepts them, by an explicit link only where the
 * requirement has a single evidence group. A link counts for every group (docs/engine.md), so linking a
 * two-part requirement (procedure + proof of practice) would let text stand in for practice; that is never done.
 */
import { BUILTIN_KADERS, type Kader, type Requirement } from '../kaders';
import type { DetailValue } from '../model';
import { matchesWhere } from '../engine/validity';
import { chaptersFor, DOCUMENT_KINDS, type DocumentKind } from './documents';
import type { AuthoringContext } from './types';

/** Marks a stored document as written with the questionnaire of this kind. */
export const GENERATED_DETAIL = 'opgesteldMetVragen';

export interface EvidencePlan {
  evidenceType: string;
  details: Record<string, DetailValue>;
  /** Requirement ids to link explicitly (single-group requirements whose accepts do not name this type). */
  links: string[];
  /** Every requirement id whose procedure part the document proves. */
  proves: string[];
  /** Proved requirements that neither type nor link can reach (must stay empty; a test checks). */
  unreachable: string[];
}

const requirementIndex = new WeakMap<readonly Kader[], Map<string, Requirement>>();

function findRequirement(id: string, kaders: readonly Kader[]): Requirement | undefined {
  let index = requirementIndex.get(kaders);
  if (!index) requirementIndex.set(kaders, (index = new Map(kaders.flatMap((k) => k.requirements.map((r) => [r.id, r] as const)))));
  return index.get(id);
}

// Plans depend only on the kind, the context object and the kaders; the checklist asks for them on every card.
const planMemo = new WeakMap<AuthoringContext, Map<string, EvidencePlan>>();

export function evidencePlan(kind: DocumentKind, ctx: AuthoringContext, kaders: readonly Kader[] = BUILTIN_KADERS): EvidencePlan {
  if (kaders !== BUILTIN_KADERS) return computePlan(kind, ctx, kaders);
  let byKind = planMemo.get(ctx);
  if (!byKind) planMemo.set(ctx, (byKind = new Map()));
  let plan = byKind.get(kind.id);
  if (!plan) byKind.set(kind.id, (plan = computePlan(kind, ctx, kaders)));
  return plan;
}

function computePlan(kind: DocumentKind, ctx: AuthoringContext, kaders: readonly Kader[]): EvidencePlan {
  const chapters = chaptersFor(kind, ctx);
  const single = chapters.length === 1 ? chapters[0] : undefined;
  const evidenceType = single ? single.evidenceType : 'werkwijze';
  const subjects = [...new Set(chapters.flatMap((c) => c.subjects ?? []))];
  const details: Record<string, DetailValue> = { [GENERATED_DETAIL]: kind.id };
  if (evidenceType === 'werkwijze') details.subject = subjects;
  const proves = [...new Set(chapters.flatMap((c) => c.proves))].filter((id) => findRequirement(id, kaders));
  const links: string[] = [];
  const unreachable: string[] = [];
  const doc = { evidenceType, details };
  for (const id of proves) {
    const req = findRequirement(id, kaders)!;
    const byType = req.evidence.some((g) => g.anyOf.some((acc) => acc.type === evidenceType && matchesWhere(doc as never, acc.where)));
    if (byType) continue;
    if (req.evidence.length === 1) links.push(id);
    else unreachable.push(id);
  }
  return { evidenceType, details, links, proves, unreachable };
}

export interface RequirementState {
  requirementId: string;
  status: string;
  /** Per evidence group, as the engine reports it (optional for callers that only know the status). */
  groups?: readonly { status: string }[];
}

/**
 * Whether adopting this document would change a missing requirement: for a two-part requirement only while the
 * part this text proves (the groups its type matches, or the single linked group) is still missing.
 */
export function wouldHelp(plan: EvidencePlan, state: RequirementState, kaders: readonly Kader[] = BUILTIN_KADERS): boolean {
  if (state.status !== 'ontbreekt') return false;
  const req = findRequirement(state.requirementId, kaders);
  if (!req || !state.groups || req.evidence.length <= 1) return true;
  return req.evidence.some((g, i) => state.groups![i]?.status === 'ontbreekt' && groupMatches(plan, g));
}

function groupMatches(plan: EvidencePlan, group: Requirement['evidence'][number]): boolean {
  const doc = { evidenceType: plan.evidenceType, details: plan.details };
  return group.anyOf.some((acc) => acc.type === plan.evidenceType && matchesWhere(doc as never, acc.where));
}

/** Whether adopting would make the requirement complete (no other group, e.g. proof of practice, still missing). */
export function wouldComplete(plan: EvidencePlan, state: RequirementState, kaders: readonly Kader[] = BUILTIN_KADERS): boolean {
  if (!wouldHelp(plan, state, kaders)) return false;
  const req = findRequirement(state.requirementId, kaders);
  if (!req || req.evidence.length <= 1) return true;
  return req.evidence.every((g, i) => groupMatches(plan, g) || state.groups?.[i]?.status === 'in-orde' || state.groups?.[i]?.status === 'verloopt-binnenkort');
}

export interface KindCoverage {
  kind: DocumentKind;
  /** Applicable requirements (per the engine results) whose procedure part this document proves. */
  covers: string[];
  /** Of those, the ones that are "ontbreekt" now and that this document would help (its part still missing). */
  missing: string[];
  /** Of the missing ones, those the document alone would bring in order (the rest still needs proof of practice). */
  completes: string[];
}

/** Per document kind that applies to the intake: which applicable requirements it covers, and which are missing now. */
export function coverageByKind(ctx: AuthoringContext, results: readonly RequirementState[], kaders: readonly Kader[] = BUILTIN_KADERS): KindCoverage[] {
  const applicable = new Map<string, RequirementState>();
  for (const r of results) if (r.status !== 'niet-van-toepassing') applicable.set(r.requirementId, r);
  return DOCUMENT_KINDS.filter((k) => chaptersFor(k, ctx).length > 0).map((kind) => {
    const plan = evidencePlan(kind, ctx, kaders);
    const covers = plan.proves.filter((id) => applicable.has(id));
    const missing = covers.filter((id) => wouldHelp(plan, applicable.get(id)!, kaders));
    return { kind, covers, missing, completes: missing.filter((id) => wouldComplete(plan, applicable.get(id)!, kaders)) };
  });
}

/** Document kinds that can prove a requirement (its own document first, the handboek after). */
export function kindsForRequirement(requirementId: string, ctx: AuthoringContext): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => chaptersFor(k, ctx).some((c) => c.proves.includes(requirementId))).sort((a, b) => a.chapters.length - b.chapters.length);
}
