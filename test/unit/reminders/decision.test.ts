import { describe, expect, it } from 'vitest';
import { amsterdamTime, decideReminder, reminderCheck, type ReminderSettings } from '../../../shared/reminders';
import { deadline } from '../calendar/helpers';

const on: ReminderSettings = { notificationsEnabled: true, reminderTime: '09:00' };
// 23-11-2026 is in winter time (UTC+1): 08:30Z is 09:30 in Amsterdam.
const at = (iso: string) => new Date(iso);
const due = [
  deadline({ date: '2026-11-01', documentId: 'v', personId: 'anna', personName: 'Anna de Vries' }),
  deadline({ date: '2026-12-07', documentId: 's', personId: 'bram', personName: 'Bram Bakker' }),
];
const notDue = [deadline({ date: '2027-06-01', documentId: 'later' })];

describe('reminderCheck', () => {
  it('at launch looks whatever the time of day, once per day', () => {
    expect(reminderCheck({ now: at('2026-11-23T05:00:00Z'), trigger: 'launch', settings: on })).toEqual({ due: true, day: '2026-11-23' });
    expect(reminderCheck({ now: at('2026-11-23T05:00:00Z'), trigger: 'launch', settings: { ...on, lastNotificationDate: '2026-11-23' } })).toEqual({
      due: false,
      reason: 'vandaag-al-getoond',
    });
    expect(reminderCheck({ now: at('2026-11-23T05:00:00Z'), trigger: 'launch', settings: { ...on, lastNotificationDate: '2026-11-22' } }).due).toBe(true);
  });

  it('while open waits for the reminder time in Europe/Amsterdam', () => {
    expect(reminderCheck({ now: at('2026-11-23T07:59:00Z'), trigger: 'timer', settings: on })).toEqual({ due: false, reason: 'nog-niet-tijd' });
    expect(reminderCheck({ now: at('2026-11-23T08:00:00Z'), trigger: 'timer', settings: on })).toEqual({ due: true, day: '2026-11-23' });
    // Summer time (UTC+2): 09:00 in Amsterdam is 07:00Z.
    expect(reminderCheck({ now: at('2026-07-01T06:59:00Z'), trigger: 'timer', settings: on }).due).toBe(false);
    expect(reminderCheck({ now: at('2026-07-01T07:00:00Z'), trigger: 'timer', settings: on }).due).toBe(true);
    expect(reminderCheck({ now: at('2026-11-23T16:59:00Z'), trigger: 'timer', settings: { ...on, reminderTime: '18:00' } }).due).toBe(false);
    expect(reminderCheck({ now: at('2026-11-23T17:00:00Z'), trigger: 'timer', settings: { ...on, reminderTime: '18:00' } }).due).toBe(true);
  });

  it('uses the Amsterdam calendar day, not UTC', () => {
    // 23:30Z on 23-11 is already 24-11 in Amsterdam.
    const late = at('2026-11-23T23:30:00Z');
    expect(reminderCheck({ now: late, trigger: 'timer', settings: { ...on, lastNotificationDate: '2026-11-23', reminderTime: '00:15' } })).toEqual({
      due: true,
      day: '2026-11-24',
    });
    expect(amsterdamTime(late)).toBe('00:30');
  });

  it('never when notifications are off', () => {
    const off = { ...on, notificationsEnabled: false };
    expect(reminderCheck({ now: at('2026-11-23T10:00:00Z'), trigger: 'launch', settings: off })).toEqual({ due: false, reason: 'uitgeschakeld' });
    expect(reminderCheck({ now: at('2026-11-23T10:00:00Z'), trigger: 'timer', settings: off })).toEqual({ due: false, reason: 'uitgeschakeld' });
  });

  it('falls back to 09:00 for a damaged reminder time instead of never reminding', () => {
    const bad = { ...on, reminderTime: '9 uur' };
    expect(reminderCheck({ now: at('2026-11-23T07:59:00Z'), trigger: 'timer', settings: bad }).due).toBe(false);
    expect(reminderCheck({ now: at('2026-11-23T08:00:00Z'), trigger: 'timer', settings: bad }).due).toBe(true);
  });
});

describe('decideReminder', () => {
  it('shows a summary when something is overdue or due within the horizon', () => {
    const decision = decideReminder({ now: at('2026-11-23T08:30:00Z'), trigger: 'launch', settings: on, deadlines: due });
    expect(decision).toEqual({
      show: true,
      day: '2026-11-23',
      summary: {
        title: 'Kwaliteitsmap: termijnen',
        body: '1 verlopen, 1 verloopt binnenkort: VOG Anna de Vries en VOG Bram Bakker',
        overdue: 1,
        soon: 1,
      },
    });
  });

  it('shows nothing when nothing is due (and the caller then records nothing)', () => {
    expect(decideReminder({ now: at('2026-11-23T08:30:00Z'), trigger: 'launch', settings: on, deadlines: notDue })).toEqual({
      show: false,
      reason: 'niets-te-melden',
    });
    expect(decideReminder({ now: at('2026-11-23T08:30:00Z'), trigger: 'launch', settings: on, deadlines: [] })).toEqual({
      show: false,
      reason: 'niets-te-melden',
    });
  });

  it('shows at most one summary a day: launch, a second launch, then the timer the same day', () => {
    let settings: ReminderSettings = { ...on };
    const shown: string[] = [];
    const step = (iso: string, trigger: 'launch' | 'timer') => {
      const d = decideReminder({ now: at(iso), trigger, settings, deadlines: due });
      if (d.show) {
        shown.push(`${d.day} ${trigger}`);
        settings = { ...settings, lastNotificationDate: d.day };
      }
      return d.show ? 'shown' : d.reason;
    };
    expect(step('2026-11-23T06:00:00Z', 'timer')).toBe('nog-niet-tijd');
    expect(step('2026-11-23T06:30:00Z', 'launch')).toBe('shown');
    expect(step('2026-11-23T07:00:00Z', 'launch')).toBe('vandaag-al-getoond');
    expect(step('2026-11-23T08:00:00Z', 'timer')).toBe('vandaag-al-getoond');
    expect(step('2026-11-24T07:59:00Z', 'timer')).toBe('nog-niet-tijd');
    expect(step('2026-11-24T08:00:00Z', 'timer')).toBe('shown');
    expect(step('2026-11-24T08:01:00Z', 'timer')).toBe('vandaag-al-getoond');
    expect(shown).toEqual(['2026-11-23 launch', '2026-11-24 timer']);
  });

  it('shows nothing when disabled, even with overdue items', () => {
    expect(decideReminder({ now: at('2026-11-23T08:30:00Z'), trigger: 'launch', settings: { ...on, notificationsEnabled: false }, deadlines: due })).toEqual({
      show: false,
      reason: 'uitgeschakeld',
    });
  });
});
