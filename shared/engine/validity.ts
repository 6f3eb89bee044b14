/** How long one document is valid under the rule that applies (catalogue default, kader or requirement override). */
import { getEvidenceType, type ValidityRule } from '../evidence';
import { validThroughAfterMonths } from '../dates';
import type { EvidenceAccept, Kader, Requirement } from '../kaders/schema';
import type { DocumentInput } from './types';

/**
 * The rule for a type within one requirement. A more specific override replaces the rule as a whole:
 * accept.validity, then requirement.renewMonths, then kader.validity[type], then the catalogue.
 */
export function resolveRule(
  type: string,
  accept: EvidenceAccept | undefined,
  req: Pick<Requirement, 'renewMonths'>,
  kader: Pick<Kader, 'validity'>,
): ValidityRule {
  if (accept?.validity) return accept.validity;
  const base = kader.validity?.[type] ?? getEvidenceType(type)?.validity ?? {};
  if (req.renewMonths !== undefined) return { ...base, months: req.renewMonths };
  return base;
}

export type DocValidity =
  /** validThrough undefined: no expiry. */
  | { ok: true; validThrough?: string }
  | { ok: false; problem: string };

/** Last valid day of a document: the earlier of its own "geldig t/m" date and issue date + period. */
export function documentValidity(doc: DocumentInput, rule: ValidityRule): DocValidity {
  const useValidUntil = rule.useValidUntil !== false;
  const own = useValidUntil ? doc.validUntil : undefined;
  if (rule.months === undefined) return { ok: true, validThrough: own };
  if (!doc.issueDate) {
    if (own) return { ok: true, validThrough: own };
    return { ok: false, problem: 'de datum van afgifte ontbreekt' };
  }
  const byPeriod = validThroughAfterMonths(doc.issueDate, rule.months);
  return { ok: true, validThrough: own !== undefined && own < byPeriod ? own : byPeriod };
}

/** True when the document's detail fields match every `where` filter (any listed value; arrays: any element). */
export function matchesWhere(doc: DocumentInput, where: EvidenceAccept['where']): boolean {
  if (!where) return true;
  for (const [key, allowed] of Object.entries(where)) {
    const value = doc.details?.[key];
    if (value === undefined) return false;
    if (Array.isArray(value)) {
      if (!value.some((v) => allowed.includes(String(v)))) return false;
    } else if (!allowed.includes(String(value))) return false;
  }
  return true;
}
