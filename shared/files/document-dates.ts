import { getDaysInMonth } from 'date-fns';
import type { IsoDate } from '../model';
import { formatDateNl, isIsoDate, todayInAmsterdam } from '../dates';
/** Earlier dates are almost certainly typos (a VOG or diploma from before 1950 is not current evidence). */
export const EARLIEST_DATE: IsoDate = '1950-01-01';
/** Later dates are almost certainly typos (2205 for 2025). */
export const LATEST_DATE: IsoDate = '2100-12-31';

export type DateField = 'issueDate' | 'validUntil';
export type DateProblemCode = 'invalid' | 'impossible' | 'future' | 'too-early' | 'too-late' | 'issue-after-expiry';

export interface DateProblem {
  field: DateField;
  code: DateProblemCode;
  /** Dutch, fit to show next to the field. */
  message: string;
}

export interface DocumentDatesInput {
  issueDate?: string | undefined;
  validUntil?: string | undefined;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FIELD_LABEL: Record<DateField, string> = { issueDate: 'De afgiftedatum', validUntil: 'De einddatum' };

function impossibleMessage(label: string, y: number, m: number, d: number): string {
  const shown = `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
  if (m < 1 || m > 12) return `${label} ${shown} bestaat niet: er is geen maand ${m}.`;
  const days = getDaysInMonth(new Date(y, m - 1, 1));
  return `${label} ${shown} bestaat niet: ${MONTHS[m - 1]} ${y} heeft ${days} dagen.`;
}

/**
 * Parses what a user typed: 'dd-mm-jjjj' (also with / or .), 'd-m-jjjj', or ISO 'jjjj-mm-dd'.
 * Returns the ISO date or a Dutch message.
 */
export function parseDateInput(text: string, label = 'De datum'): { ok: true; date: IsoDate } | { ok: false; message: string } {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return { ok: false, message: `${label} is geen geldige datum. Schrijf hem als dd-mm-jjjj, bijvoorbeeld 05-03-2025.` };
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { ok: false, message: impossibleMessage(label, y, m, d) };
  return { ok: true, date: iso };
}

function checkOne(field: DateField, value: string, problems: DateProblem[]): boolean {
  const label = FIELD_LABEL[field];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) {
    problems.push({ field, code: 'invalid', message: `${label} is geen geldige datum. Schrijf hem als dd-mm-jjjj, bijvoorbeeld 05-03-2025.` });
    return false;
  }
  if (!isIsoDate(value)) {
    problems.push({ field, code: 'impossible', message: impossibleMessage(label, Number(m[1]), Number(m[2]), Number(m[3])) });
    return false;
  }
  if (value < EARLIEST_DATE) {
    problems.push({
      field,
      code: 'too-early',
      message: `${label} ${formatDateNl(value)} ligt vóór ${formatDateNl(EARLIEST_DATE)}. Dat klopt vrijwel zeker niet; controleer het jaartal.`,
    });
    return false;
  }
  if (value > LATEST_DATE) {
    problems.push({
      field,
      code: 'too-late',
      message: `${label} ${formatDateNl(value)} ligt na ${formatDateNl(LATEST_DATE)}. Dat klopt vrijwel zeker niet; controleer het jaartal.`,
    });
    return false;
  }
  return true;
}

/**
 * Checks the dates of a document's details. An expiry date in the past is NOT a problem here:
 * expired documents are stored and shown as expired. Empty strings count as "not filled in".
 */
export function validateDocumentDates(input: DocumentDatesInput, options: { today?: IsoDate } = {}): DateProblem[] {
  const today = options.today ?? todayInAmsterdam();
  const problems: DateProblem[] = [];
  const issue = typeof input.issueDate === 'string' && input.issueDate.trim() !== '' ? input.issueDate.trim() : undefined;
  const until = typeof input.validUntil === 'string' && input.validUntil.trim() !== '' ? input.validUntil.trim() : undefined;
  const issueOk = issue !== undefined && checkOne('issueDate', issue, problems);
  const untilOk = until !== undefined && checkOne('validUntil', until, problems);
  if (issueOk && issue! > today) {
    problems.push({
      field: 'issueDate',
      code: 'future',
      message: `De afgiftedatum ${formatDateNl(issue!)} ligt in de toekomst (vandaag is ${formatDateNl(today)}). Vul de datum in waarop het document is afgegeven.`,
    });
  }
  if (issueOk && untilOk && issue! > until!) {
    problems.push({
      field: 'validUntil',
      code: 'issue-after-expiry',
      message: `De einddatum ${formatDateNl(until!)} ligt vóór de afgiftedatum ${formatDateNl(issue!)}. Controleer beide datums.`,
    });
  }
  return problems;
}
