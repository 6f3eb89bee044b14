/**
 * Calendar-date helpers for ISO 'YYYY-MM-DD' strings (see shared/model/dates.ts).
 * Dates are handled as local calendar days, never as instants, so no time zone can shift a day.
 */
import { addDays, addMonths, isValid, subMonths } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from '../model/dates';

export const APP_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year; plain arithmetic because the engine calls it thousands of times. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** True for a real calendar day in 'YYYY-MM-DD' form (2023-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const mo = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses 'YYYY-MM-DD' to a local Date at midnight; throws on anything else. */
export function parseIsoDate(value: IsoDate): Date {
  const m = ISO_DATE.exec(value);
  if (!m || !isIsoDate(value)) throw new Error(`Ongeldige datum: '${value}' (verwacht jjjj-mm-dd)`);
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!isValid(date)) throw new Error(`Ongeldige datum: '${value}'`);
  return date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats the local calendar day of a Date as 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * 'YYYY-MM-DD' → 'dd-mm-jjjj', the Dutch notation used everywhere in the UI and PDFs. Never throws (issue #14:
 * one bad stored date must not blank the screen): anything else is shown as "ongeldige datum (…)".
 */
export function formatDateNl(value: IsoDate): string {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return `ongeldige datum (${String(value).slice(0, 40)})`;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** 'dd-mm-jjjj' (also d-m-jjjj) → 'YYYY-MM-DD', or undefined when it is not a real date. */
export function parseDateNl(value: string): IsoDate | undefined {
  const m = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : undefined;
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseIsoDate(value), days));
}

/** Adds months; date-fns clamps to the month's last day (31-01 + 1 month = 28-02). */
export function addMonthsIso(value: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(parseIsoDate(value), months));
}

/** Subtracts months with the same clamping (31-05 − 3 months = 28-02 or 29-02). */
export function subMonthsIso(value: IsoDate, months: number): IsoDate {
  return memoised(`s${value}${months}`, () => toIsoDate(subMonths(parseIsoDate(value), months)));
}

// Pure functions of (date, months) called for every document on every recompute: memoised.
const memo = new Map<string, IsoDate>();
function memoised(key: string, compute: () => IsoDate): IsoDate {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(key, (v = compute()));
  }
  return v;
}

/**
 * Last day on which something issued on `issued` and valid for `months` months is still valid.
 * It is the day before the anniversary; when the anniversary day does not exist in the target month
 * (29-02 in a common year, 31-01 + 1 month) the anniversary is the first day of the following month,
 * so the evidence stays valid to the end of the target month: 29-02-2024 + 12 months → t/m 28-02-2025.
 */
export function validThroughAfterMonths(issued: IsoDate, months: number): IsoDate {
  return memoised(`v${issued}${months}`, () => computeValidThrough(issued, months));
}

function computeValidThrough(issued: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(issued);
  const target = addMonths(start, months);
  // date-fns clamped the day: the anniversary does not exist, so valid through the target month's end.
  if (target.getDate() !== start.getDate()) return toIsoDate(target);
  return toIsoDate(addDays(target, -1));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // UTC day numbers: no DST hour can shift the count.
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

const dayNumbers = new Map<string, number>();
function utcDay(value: IsoDate): number {
  let day = dayNumbers.get(value);
  if (day === undefined) {
    if (!isIsoDate(value)) throw new Error(`Ongeldige datum: '${value}' (verwacht jjjj-mm-dd)`);
    day = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(value, day);
  }
  return day;
}

/** The smaller of two ISO dates; undefined counts as "no limit". */
export function minIsoDate(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

/** The larger of two ISO dates; undefined counts as "no limit" (and therefore wins). */
export function maxIsoDateOpen(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a > b ? a : b;
}

/** Today's calendar day in Europe/Amsterdam, for callers that need a default peildatum. */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  const local = new TZDate(now.getTime(), APP_TIME_ZONE);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
