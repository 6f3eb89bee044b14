/**
 * Builds an iCalendar (.ics) file of the deadlines with the `ics` library: one all-day event per
 * deadline, Dutch text, a display alarm some days before, and a UID derived from the dedupeKey so a
 * second import of a later export updates the events instead of duplicating them.
 */
import { createEvents, type DateArray, type DurationObject, type EventAttributes } from 'ics';
import { addDaysIso, formatDateNl } from '../dates';
import type { DeadlineKind } from '../evidence';
import type { DeadlineItem } from './deadline-list';
import { deadlineUid } from './uid';

export const CALENDAR_FILE_NAME = 'kwaliteitsmap-termijnen.ics';
export const CALENDAR_PRODUCT_ID = 'kwaliteitsmap/termijnen';
export const CALENDAR_NAME = 'Kwaliteitsmap termijnen';

/** What to do, per kind of deadline, as the last line of the event description. */
export const CALENDAR_ACTIONS: Readonly<Record<DeadlineKind, string>> = {
  verloopdatum: 'Vraag op tijd een nieuw exemplaar aan en voeg het toe in Kwaliteitsmap (Termijnen, "Nieuwe versie toevoegen").',
  herziening: 'Herzie het document en voeg de nieuwe versie toe in Kwaliteitsmap (Termijnen, "Nieuwe versie toevoegen").',
  scholing: 'Plan de herhaling of scholing en voeg het nieuwe certificaat toe in Kwaliteitsmap.',
  meting: 'Voer de nieuwe meting uit en voeg het verslag toe in Kwaliteitsmap.',
  evaluatie: 'Leg het opnieuw vast en voeg het bewijs toe in Kwaliteitsmap.',
  start: 'Zorg dat dit bewijs er is vóór de eerste werkdag en voeg het toe in Kwaliteitsmap.',
};

export interface CalendarExportOptions {
  /** Days before the date the alarm goes off (at least 1). */
  alarmDaysBefore: number;
  /** Local time of day of the alarm, 'HH:MM' (the app's reminder time); default '09:00'. */
  alarmTime?: string;
  /** The export moment, written as DTSTAMP so a calendar knows this copy is newer. */
  now: Date;
  /** Display names of the kaders, by id. */
  kaderNames?: Readonly<Record<string, string>>;
  /** Requirement texts by `${kaderId}:${requirementId}`. */
  requirementTexts?: Readonly<Record<string, string>>;
}

/**
 * The alarm trigger relative to the start of the all-day event (local midnight): N days before, at the
 * given time of day. Written with an explicit time part ("-P29DT15H"), because the `ics` library emits a
 * bare "P30DT" for whole days, which RFC 5545 does not allow.
 */
export function alarmTrigger(daysBefore: number, time = '09:00'): DurationObject {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`Ongeldige tijd: '${time}' (verwacht uu:mm)`);
  if (!Number.isInteger(daysBefore) || daysBefore < 1) throw new Error(`Ongeldig aantal dagen: ${daysBefore}`);
  const offset = daysBefore * 1440 - (Number(m[1]) * 60 + Number(m[2]));
  if (offset % 1440 === 0) return { before: true, days: offset / 1440 - 1, hours: 24 };
  const days = Math.floor(offset / 1440);
  const rest = offset - days * 1440;
  return { before: true, days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}

const toDateArray = (iso: string): DateArray => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

/** The Dutch description of one event. */
export function eventDescription(item: DeadlineItem, options: Pick<CalendarExportOptions, 'kaderNames' | 'requirementTexts'>): string {
  const d = item.deadline;
  // A computed date says so and why (issue 13): "Datum: 14-12-2026 (berekend: BHV-certificaat 1 jaar geldig (NIBHV))".
  const lines = [`${d.title}`, `Datum: ${formatDateNl(d.date)}${d.dateSource ? ` (${d.dateSource.text})` : ''}`];
  const kaders = item.kaderIds.map((id) => options.kaderNames?.[id] ?? id);
  if (kaders.length === 0) lines.push('Telt voor geen eis van je kwaliteitskaders; bewaakt omdat het document een einddatum heeft.');
  else lines.push(`${kaders.length === 1 ? 'Kwaliteitskader' : 'Kwaliteitskaders'}: ${kaders.join(', ')}`);
  const texts = [...new Set(item.requirementKeys.map((k) => options.requirementTexts?.[k]).filter((t): t is string => !!t))];
  for (const text of texts) lines.push(`Eis: ${text}`);
  lines.push(CALENDAR_ACTIONS[d.kind]);
  return lines.join('\n');
}

/** The events for the `ics` library; exported for inspection in tests. */
export function calendarEvents(items: readonly DeadlineItem[], options: CalendarExportOptions): EventAttributes[] {
  const trigger = alarmTrigger(options.alarmDaysBefore, options.alarmTime);
  return items.map((item) => {
    const d = item.deadline;
    const event: EventAttributes & { timestamp: number } = {
      uid: deadlineUid(item.key),
      title: d.title,
      description: eventDescription(item, options),
      start: toDateArray(d.date),
      // All-day events end (exclusively) on the next day.
      end: toDateArray(addDaysIso(d.date, 1)),
      categories: ['Kwaliteitsmap'],
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      timestamp: options.now.getTime(),
      // No alarm on something already overdue: calendars would pop up every past alarm on import.
      ...(d.overdue ? {} : { alarms: [{ action: 'display', description: d.title, trigger }] }),
    };
    return event;
  });
}

/** The .ics text (CRLF line endings). Throws when the `ics` library refuses the input. */
export function buildDeadlineCalendar(items: readonly DeadlineItem[], options: CalendarExportOptions): string {
  const { error, value } = createEvents(calendarEvents(items, options), { productId: CALENDAR_PRODUCT_ID, calName: CALENDAR_NAME, method: 'PUBLISH' });
  if (error || value === null) throw new Error(`Agenda-bestand kon niet worden gemaakt: ${error?.message ?? 'onbekende fout'}`);
  return value;
}
