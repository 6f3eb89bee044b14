/** Evaluates one evidence group of one requirement for one subject (a person or the organisation). */
import { getEvidenceType } from '../evidence';
import { daysBetween, formatDateNl } from '../dates';
import type { EvidenceAccept, EvidenceGroup, Kader, Requirement } from '../kaders/schema';
import type { IsoDate } from '../model';
import type { EvidenceIndex } from './evidence-index';
import { evidencePhrase, whereLabels } from './describe';
import { capitalize } from './labels';
import type { EvidenceStatus } from './status';
import type { DocumentInput, GroupResult } from './types';
import { documentValidity, matchesWhere, resolveRule, type DocValidity } from './validity';

export interface RunContext {
  peildatum: IsoDate;
  horizonDays: number;
  index: EvidenceIndex;
  /** Validity per document and rule, shared by every requirement in the run. */
  validityMemo: Map<string, DocValidity>;
}

export interface GroupEvaluation {
  result: GroupResult;
  /** Accept belonging to the result's evidence type (for wording). */
  accept: EvidenceAccept | undefined;
  /** The best valid document, or the most recently expired one. */
  document?: DocumentInput;
  problems: string[];
  /** Every document that is evidence for this group (valid or not), with its last valid day here. */
  candidates: { doc: DocumentInput; validity: DocValidity }[];
  /** Documents of an accepted type whose details do not match (explained lazily with mismatchProblem). */
  mismatches: { doc: DocumentInput; accept: EvidenceAccept }[];
}

function validityOf(doc: DocumentInput, accept: EvidenceAccept | undefined, req: Requirement, kader: Kader, ctx: RunContext): DocValidity {
  const rule = resolveRule(doc.evidenceType, accept, req, kader);
  const key = `${doc.id}\u0000${rule.months ?? ''}\u0000${rule.useValidUntil === false ? 0 : 1}\u0000${rule.basis ?? ''}`;
  let v = ctx.validityMemo.get(key);
  if (!v) ctx.validityMemo.set(key, (v = documentValidity(doc, rule)));
  return v;
}

/**
 * Why a document of an accepted type does not fit this group. It never says the document "telt niet mee":
 * a training certificate on another subject simply belongs to another requirement, and a missing detail
 * is something to fill in, not a verdict on the paper.
 */
export function mismatchProblem(doc: DocumentInput, accept: EvidenceAccept): string {
  const type = getEvidenceType(doc.evidenceType);
  const dated = doc.issueDate ? ` van ${formatDateNl(doc.issueDate)}` : '';
  const subject = `${capitalize(evidencePhrase(doc.evidenceType))}${dated}`;
  const wanted = whereLabels(accept).join(' of ');
  for (const key of Object.keys(accept.where ?? {})) {
    const field = type?.fields.find((f) => f.key === key);
    const label = field?.label.toLowerCase() ?? key;
    const value = doc.details?.[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      return `Bij ${evidencePhrase(doc.evidenceType)}${dated} is geen ${label} ingevuld; deze eis vraagt ${wanted}. Vul het in bij de gegevens van het document.`;
    }
    if (!matchesWhere(doc, { [key]: accept.where![key]! })) {
      const shown = (Array.isArray(value) ? value : [value]).map((v) => field?.options?.find((o) => o.value === String(v))?.label ?? String(v));
      return `${subject} heeft ${label} “${shown.join(', ')}”; deze eis vraagt ${wanted}.`;
    }
  }
  return `${subject} past niet bij deze eis (vereist: ${wanted}).`;
}

export function evaluateGroup(
  group: EvidenceGroup,
  req: Requirement,
  kader: Kader,
  subject: string,
  ctx: RunContext,
): GroupEvaluation {
  const candidates: { doc: DocumentInput; accept: EvidenceAccept | undefined }[] = [];
  const seen = new Set<string>();
  const mismatches: { doc: DocumentInput; accept: EvidenceAccept }[] = [];
  for (const accept of group.anyOf) {
    for (const doc of ctx.index.current(subject, accept.type)) {
      if (seen.has(doc.id)) continue;
      if (matchesWhere(doc, accept.where)) {
        seen.add(doc.id);
        candidates.push({ doc, accept });
      } else mismatches.push({ doc, accept });
    }
  }
  // An explicit link by the user counts whatever the type or details.
  for (const doc of ctx.index.linked(req.id, subject)) {
    if (seen.has(doc.id)) continue;
    seen.add(doc.id);
    candidates.push({ doc, accept: group.anyOf.find((a) => a.type === doc.evidenceType) });
  }

  const valid: { doc: DocumentInput; accept: EvidenceAccept | undefined; through?: IsoDate }[] = [];
  let expired: { doc: DocumentInput; accept: EvidenceAccept | undefined; through: IsoDate } | undefined;
  const problems: string[] = [];
  const validities: GroupEvaluation['candidates'] = [];
  const mismatchList = mismatches.filter((m) => !seen.has(m.doc.id));
  for (const c of candidates) {
    const v = validityOf(c.doc, c.accept, req, kader, ctx);
    validities.push({ doc: c.doc, validity: v });
    if (!v.ok) {
      problems.push(`${capitalize(evidencePhrase(c.doc.evidenceType))} “${c.doc.title ?? c.doc.id}” telt niet mee: ${v.problem}.`);
    } else if (v.validThrough === undefined || v.validThrough >= ctx.peildatum) {
      valid.push({ doc: c.doc, accept: c.accept, through: v.validThrough });
    } else if (!expired || v.validThrough > expired.through) {
      expired = { doc: c.doc, accept: c.accept, through: v.validThrough };
    }
  }
  // Longest valid first; no expiry beats any date.
  valid.sort((a, b) => (a.through === b.through ? 0 : a.through === undefined ? -1 : b.through === undefined ? 1 : a.through > b.through ? -1 : 1));

  const firstAccept = group.anyOf[0]!;
  const best = valid[0];
  if (best) {
    const soon = best.through !== undefined && daysBetween(ctx.peildatum, best.through) <= ctx.horizonDays;
    const status: EvidenceStatus = soon ? 'verloopt-binnenkort' : 'in-orde';
    return {
      result: { label: group.label, status, documentIds: valid.map((v) => v.doc.id), validThrough: best.through, evidenceType: best.doc.evidenceType },
      accept: best.accept ?? firstAccept,
      document: best.doc,
      problems: [],
      candidates: validities,
      mismatches: mismatchList,
    };
  }
  for (const m of mismatchList) problems.push(mismatchProblem(m.doc, m.accept));
  if (expired) {
    return {
      result: { label: group.label, status: 'verlopen', documentIds: [], validThrough: expired.through, evidenceType: expired.doc.evidenceType },
      accept: expired.accept ?? firstAccept,
      document: expired.doc,
      problems,
      candidates: validities,
      mismatches: mismatchList,
    };
  }
  return {
    result: { label: group.label, status: 'ontbreekt', documentIds: [], evidenceType: firstAccept.type },
    accept: firstAccept,
    problems: [...new Set(problems)],
    candidates: validities,
    mismatches: mismatchList,
  };
}
