import { describe, expect, it } from 'vitest';
import {
  alarmTrigger,
  buildDeadlineCalendar,
  CALENDAR_PRODUCT_ID,
  deadlineUid,
  dedupeDeadlines,
  fnv1a64,
  type CalendarExportOptions,
} from '../../../shared/calendar';
import { doc, profile, run } from '../engine/fixtures';
import { deadline, parseIcs, unescapeText, type IcsComponent } from './helpers';

const anna = { personId: 'anna', personName: 'Anna de Vries' };
const UID = /^[0-9a-f]{16}@kwaliteitsmap\.local$/;

const items = dedupeDeadlines([
  deadline({ date: '2026-12-31', documentId: 'vog-anna', ...anna }),
  deadline({ date: '2026-12-31', documentId: 'vog-anna', ...anna, kaderId: 'wlz-thuis', requirementId: 'wlz-thuis.vog' }),
  deadline({ date: '2026-10-01', documentId: 'bhv-old', ...anna, kind: 'scholing', title: 'Scholing vernieuwen: BHV-certificaat – Anna de Vries' }),
  deadline({ date: '2027-02-28', documentId: 'plan', kind: 'herziening', title: 'Herzien: Scholingsplan' }),
]);

const options = (over: Partial<CalendarExportOptions> = {}): CalendarExportOptions => ({
  alarmDaysBefore: 30,
  alarmTime: '09:00',
  now: new Date('2026-11-23T08:00:00Z'),
  kaderNames: { 'mg-wmo': 'Wmo Midden-Groningen', 'wlz-thuis': 'Wlz zorg thuis' },
  requirementTexts: { 'mg-wmo:mg-wmo.personeel.vog': 'Iedere medewerker heeft een VOG.' },
  ...over,
});

const events = (cal: IcsComponent) => cal.children.filter((c) => c.type === 'VEVENT');
const uidMap = (cal: IcsComponent) => new Map(events(cal).map((e) => [e.get('SUMMARY')!.value, e.get('UID')!.value]));

describe('buildDeadlineCalendar', () => {
  it('writes one all-day event per deduplicated deadline, with Dutch text', () => {
    const cal = parseIcs(buildDeadlineCalendar(items, options()));
    expect(cal.type).toBe('VCALENDAR');
    expect(cal.get('VERSION')!.value).toBe('2.0');
    expect(cal.get('PRODID')!.value).toBe(CALENDAR_PRODUCT_ID);
    const evs = events(cal);
    expect(evs).toHaveLength(3);

    const vog = evs.find((e) => e.get('SUMMARY')!.value === 'Verloopt: VOG – Anna de Vries')!;
    expect(vog.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' });
    // The end of an all-day event is exclusive: the next day, across a year boundary here.
    expect(vog.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270101' });
    expect(vog.get('DTSTAMP')!.value).toBe('20261123T080000Z');
    const description = unescapeText(vog.get('DESCRIPTION')!.value);
    expect(description).toContain('Datum: 31-12-2026');
    expect(description).toContain('Kwaliteitskaders: Wmo Midden-Groningen, Wlz zorg thuis');
    expect(description).toContain('Eis: Iedere medewerker heeft een VOG.');
    expect(description).toContain('Vraag op tijd een nieuw exemplaar aan');
    expect(vog.get('TRANSP')!.value).toBe('TRANSPARENT');

    const plan = evs.find((e) => e.get('SUMMARY')!.value === 'Herzien: Scholingsplan')!;
    expect(plan.get('DTEND')!.value).toBe('20270301');
  });

  it('gives every event a display alarm N days before at the reminder time, except overdue ones', () => {
    const cal = parseIcs(buildDeadlineCalendar(items, options()));
    for (const e of events(cal)) {
      const alarms = e.children.filter((c) => c.type === 'VALARM');
      if (e.get('DTSTART')!.value === '20261001') {
        expect(alarms).toHaveLength(0);
        continue;
      }
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.get('ACTION')!.value).toBe('DISPLAY');
      expect(alarms[0]!.get('TRIGGER')!.value).toBe('-P29DT15H');
      expect(alarms[0]!.get('DESCRIPTION')!.value).toBe(e.get('SUMMARY')!.value);
    }
    const in60 = parseIcs(buildDeadlineCalendar(items, options({ alarmDaysBefore: 60, alarmTime: '17:45' })));
    const triggers = events(in60).flatMap((e) => e.children.map((a) => a.get('TRIGGER')!.value));
    expect(triggers).toEqual(['-P59DT6H15M', '-P59DT6H15M']);
  });

  it('keeps UIDs stable across exports (other time, order, alarm), unique per deadline', () => {
    const first = parseIcs(buildDeadlineCalendar(items, options()));
    const second = parseIcs(
      buildDeadlineCalendar([...items].reverse(), options({ now: new Date('2027-01-05T12:00:00Z'), alarmDaysBefore: 90 })),
    );
    const a = uidMap(first);
    const b = uidMap(second);
    expect(a.size).toBe(3);
    expect(b).toEqual(a);
    expect(new Set(a.values()).size).toBe(3);
    for (const uid of a.values()) expect(uid).toMatch(UID);
    expect(a.get('Verloopt: VOG – Anna de Vries')).toBe(deadlineUid('doc:vog-anna:2026-12-31'));
    // The export moment does change: that is how a calendar knows the newer copy wins.
    expect(events(second)[0]!.get('DTSTAMP')!.value).toBe('20270105T120000Z');
  });

  it('exports real engine deadlines, one event for a document two kaders ask for', () => {
    const out = run({
      peildatum: '2026-11-23',
      profile: profile({ clientGroups: ['wmo', 'wlz'], kaderIds: ['mg-wmo', 'wlz-thuis'] }),
      documents: [doc({ id: 'plan', evidenceType: 'scholingsplan', issueDate: '2026-01-15' })],
    });
    const cal = parseIcs(buildDeadlineCalendar(dedupeDeadlines(out.deadlines), options()));
    const plan = events(cal).filter((e) => e.get('DTSTART')!.value === '20270114');
    expect(plan).toHaveLength(1);
    expect(plan[0]!.get('UID')!.value).toBe(deadlineUid('doc:plan:2027-01-14'));
  });

  it('writes a valid empty calendar when there is nothing to export', () => {
    const cal = parseIcs(buildDeadlineCalendar([], options()));
    expect(events(cal)).toEqual([]);
  });
});

describe('alarmTrigger', () => {
  it('is N days before the start of the day, at the given time, never a bare "P30DT"', () => {
    expect(alarmTrigger(30, '09:00')).toEqual({ before: true, days: 29, hours: 15, minutes: 0 });
    expect(alarmTrigger(1, '00:00')).toEqual({ before: true, days: 0, hours: 24 });
    expect(alarmTrigger(7, '23:30')).toEqual({ before: true, days: 6, hours: 0, minutes: 30 });
    expect(() => alarmTrigger(0, '09:00')).toThrow();
    expect(() => alarmTrigger(30, '9:00')).toThrow();
  });
});

describe('uids', () => {
  it('hashes with 64-bit FNV-1a (reference vectors) and depends only on the dedupeKey', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(deadlineUid('doc:x:2026-12-01')).toBe(deadlineUid('doc:x:2026-12-01'));
    expect(deadlineUid('doc:x:2026-12-01')).not.toBe(deadlineUid('doc:x:2026-12-02'));
    expect(deadlineUid('Anna – é')).toMatch(UID);
  });
});
