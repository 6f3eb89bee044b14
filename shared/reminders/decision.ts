/**
 * When to show the daily summary notification: at every launch and once a day while the app is open
 * (at the reminder time), but never more than once per calendar day in Europe/Amsterdam, never when
 * notifications are off, and never when nothing is due.
 */
import { TZDate } from '@date-fns/tz';
import { APP_TIME_ZONE, todayInAmsterdam } from '../dates';
import type { Deadline } from '../engine/types';
import type { IsoDate } from '../model';
import { summarizeDeadlines, type ReminderSummary } from './summary';

export interface ReminderSettings {
  notificationsEnabled: boolean;
  /** 'HH:MM' in Europe/Amsterdam. */
  reminderTime: string;
  /** Day ('YYYY-MM-DD') the last summary was shown. */
  lastNotificationDate?: string | undefined;
}

/** 'launch': the app just started (any time of day); 'timer': the daily check while the app is open. */
export type ReminderTrigger = 'launch' | 'timer';

export type ReminderSkipReason = 'uitgeschakeld' | 'vandaag-al-getoond' | 'nog-niet-tijd' | 'niets-te-melden';

export type ReminderCheck = { due: true; day: IsoDate } | { due: false; reason: Exclude<ReminderSkipReason, 'niets-te-melden'> };

export type ReminderDecision = { show: true; day: IsoDate; summary: ReminderSummary } | { show: false; reason: ReminderSkipReason };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The wall-clock time in Europe/Amsterdam as 'HH:MM'. */
export function amsterdamTime(now: Date): string {
  const local = new TZDate(now.getTime(), APP_TIME_ZONE);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

/**
 * Whether it is time to look at the deadlines at all; cheap, so the scheduler can ask every minute and
 * only runs the engine when this says yes.
 */
export function reminderCheck(input: { now: Date; trigger: ReminderTrigger; settings: ReminderSettings }): ReminderCheck {
  const { now, trigger, settings } = input;
  if (!settings.notificationsEnabled) return { due: false, reason: 'uitgeschakeld' };
  const day = todayInAmsterdam(now);
  // Equality, not >=: a clock that was once set ahead must not silence reminders until that date.
  if (settings.lastNotificationDate === day) return { due: false, reason: 'vandaag-al-getoond' };
  if (trigger === 'timer') {
    // An invalid stored time falls back to the default rather than silencing reminders for good.
    const time = TIME.test(settings.reminderTime) ? settings.reminderTime : '09:00';
    if (amsterdamTime(now) < time) return { due: false, reason: 'nog-niet-tijd' };
  }
  return { due: true, day };
}

/** The full decision: time to check, and something to report. */
export function decideReminder(input: {
  now: Date;
  trigger: ReminderTrigger;
  settings: ReminderSettings;
  deadlines: readonly Deadline[];
}): ReminderDecision {
  const check = reminderCheck(input);
  if (!check.due) return { show: false, reason: check.reason };
  const summary = summarizeDeadlines(input.deadlines);
  if (!summary) return { show: false, reason: 'niets-te-melden' };
  return { show: true, day: check.day, summary };
}
