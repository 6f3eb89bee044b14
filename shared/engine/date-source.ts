/**
 * Where a document's last valid day comes from, in this order: the end date printed on the document and
 * entered by the user ("geldig tot en met"); else a period from a sourced rule (catalogue, kader or
 * requirement); else there is none. Every computed date carries its reason in plain Dutch, so the app, the
 * calendar export and the pack can say "berekend: BHV-certificaat 1 jaar geldig (NIBHV)".
 */
import { formatDateNl, validThroughAfterMonths } from '../dates';
import type { ValidityRule } from '../evidence';
import type { IsoDate } from '../model';
import type { DocumentInput } from './types';

/** ingevuld: the user entered the document's end date; berekend: issue date + a sourced period;
 *  advies: issue date + a suggested rhythm (no rule behind it); geen: the document has no last valid day. */
export type DateSourceKind = 'ingevuld' | 'berekend' | 'advies' | 'geen';

export interface DateSource {
  kind: DateSourceKind;
  /** One short Dutch line, e.g. "berekend: BHV-certificaat 1 jaar geldig (NIBHV)". */
  text: string;
  /** The rule's basis (source), when the date is computed. */
  basis?: string;
  /** The period in months, when the date is computed. */
  months?: number;
}

export type LastValidDay =
  | { ok: true; validThrough?: IsoDate; source: DateSource }
  | { ok: false; problem: string; source: DateSource };

const PERIOD_WORDS = (months: number): string =>
  months % 12 === 0 ? `${months / 12} jaar` : months === 1 ? '1 maand' : `${months} maanden`;

/** The fallback wording when a rule carries no basis (a kader override without a stated source). */
export function periodBasis(rule: ValidityRule): string {
  return rule.basis ?? (rule.months !== undefined ? `${PERIOD_WORDS(rule.months)} na de datum van afgifte` : '');
}

/**
 * The last valid day of one document under one rule. The entered end date always wins: a default period
 * never cuts a printed date short (an HKZ certificate to 31-12-2026 is valid to 31-12-2026, whatever the
 * 3-year default says), unless the rule says the document's own date is not used (`useValidUntil: false`).
 */
export function lastValidDay(doc: Pick<DocumentInput, 'issueDate' | 'validUntil'>, rule: ValidityRule): LastValidDay {
  const own = rule.useValidUntil !== false ? doc.validUntil : undefined;
  if (own) {
    return { ok: true, validThrough: own, source: { kind: 'ingevuld', text: `ingevuld: geldig tot en met ${formatDateNl(own)} (staat op het document)` } };
  }
  if (rule.months === undefined) {
    return { ok: true, source: { kind: 'geen', text: 'geen einddatum: er is geen einddatum ingevuld en er geldt geen termijn' } };
  }
  const basis = periodBasis(rule);
  const kind: DateSourceKind = rule.advice ? 'advies' : 'berekend';
  if (!doc.issueDate) {
    return { ok: false, problem: 'de datum van afgifte ontbreekt', source: { kind, text: `${kind}: ${basis}, maar de datum van afgifte ontbreekt`, basis, months: rule.months } };
  }
  const through = validThroughAfterMonths(doc.issueDate, rule.months);
  return { ok: true, validThrough: through, source: { kind, text: `${kind}: ${basis}`, basis, months: rule.months } };
}
