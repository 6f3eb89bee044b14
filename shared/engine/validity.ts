/** How long one document is valid under the rule that applies (catalogue default, kader or requirement override). */
import { getEvidenceType, type ValidityRule } from '../evidence';
import type { EvidenceAccept, Kader, Requirement } from '../kaders/schema';
import { lastValidDay, type DateSource } from './date-source';
import type { DocumentInput } from './types';

const kaderName = (kader: Partial<Pick<Kader, 'shortTitle' | 'title'>>): string => kader.shortTitle ?? kader.title ?? 'het kader';
const periodWords = (months: number): string => (months % 12 === 0 ? `${months / 12} jaar` : `${months} maanden`);

/**
 * The rule for a type within one requirement. A more specific override replaces the rule as a whole:
 * accept.validity, then requirement.renewMonths, then kader.validity[type], then the catalogue. Rules from
 * a kader name that kader as their basis, so a computed date always says where its period comes from.
 */
export function resolveRule(
  type: string,
  accept: EvidenceAccept | undefined,
  req: Pick<Requirement, 'renewMonths'>,
  kader: Pick<Kader, 'validity'> & Partial<Pick<Kader, 'shortTitle' | 'title'>>,
): ValidityRule {
  const label = getEvidenceType(type)?.label ?? type;
  if (accept?.validity) {
    const months = accept.validity.months;
    return months === undefined ? accept.validity : { ...accept.validity, basis: `${label} ${periodWords(months)} geldig (${kaderName(kader)})` };
  }
  const fromKader = kader.validity?.[type];
  const base: ValidityRule = fromKader
    ? fromKader.months === undefined
      ? fromKader
      : { ...fromKader, basis: `${label} ${periodWords(fromKader.months)} geldig (${kaderName(kader)})` }
    : (getEvidenceType(type)?.validity ?? {});
  if (req.renewMonths !== undefined) {
    const every = req.renewMonths === 12 ? 'elk jaar' : `elke ${periodWords(req.renewMonths)}`;
    return { useValidUntil: base.useValidUntil, months: req.renewMonths, basis: `${every} vernieuwen volgens de eis (${kaderName(kader)})` };
  }
  return base;
}

export type DocValidity =
  /** validThrough undefined: no expiry. */
  | { ok: true; validThrough?: string; source?: DateSource }
  | { ok: false; problem: string; source?: DateSource };

/** Last valid day of a document: its own "geldig t/m" date when entered, else issue date + period (see date-source.ts). */
export function documentValidity(doc: DocumentInput, rule: ValidityRule): DocValidity {
  return lastValidDay(doc, rule);
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
