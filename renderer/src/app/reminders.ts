/**
 * The reminder scheduler: one summary notification at launch and, while the app stays open, one at the
 * reminder time, but at most one per Europe/Amsterdam day (settings.lastNotificationDate). The decision
 * itself is pure (shared/reminders); this file only supplies the clock, the data and the host.
 */
import { evaluate, type Deadline } from '../../../shared/engine';
import { decideReminder, reminderCheck, type ReminderTrigger } from '../../../shared/reminders';
import { allKaders } from '../db/kader-store';
import { getDb } from '../db/database';
import { host } from '../host';
import { toCustomRequirements } from './engine';
import { getSettings, updateSettings } from './settings';

/** How often the open app looks at the clock; cheap, the engine only runs when a summary may be due. */
const TICK_MS = 60_000;

// Module state, not per scheduler: React's StrictMode starts, stops and restarts effects, and a second
// scheduler must not run a check while the first one's is still in flight.
let inFlight = false;
/** Day on which the timed check already looked at the deadlines (nothing was due, or it was shown). */
let timerCheckedDay: string | undefined;

/** Every deadline on `day`, computed from the database with the current horizon. */
async function loadDeadlines(day: string, horizonDays: number): Promise<Deadline[]> {
  const db = getDb();
  const org = await db.organisation.get('org');
  if (!org) return [];
  const [people, documents, assessments, rows, userKaders] = await Promise.all([
    db.people.toArray(),
    db.documents.toArray(),
    db.assessments.toArray(),
    db.customRequirements.toArray(),
    db.userKaders.toArray(),
  ]);
  return evaluate({
    peildatum: day,
    horizonDays,
    profile: org.profile,
    people,
    documents,
    assessments,
    customRequirements: toCustomRequirements(rows),
    kaders: allKaders(userKaders),
  }).deadlines;
}

/** One check; resolves true when a summary was shown. */
export async function runReminderCheck(trigger: ReminderTrigger, now: Date = new Date()): Promise<boolean> {
  if (inFlight) return false;
  const check = reminderCheck({ now, trigger, settings: getSettings() });
  if (!check.due) return false;
  if (trigger === 'timer' && timerCheckedDay === check.day) return false;
  inFlight = true;
  try {
    if (trigger === 'timer') timerCheckedDay = check.day;
    const deadlines = await loadDeadlines(check.day, getSettings().horizonDays);
    const decision = decideReminder({ now, trigger, settings: getSettings(), deadlines });
    if (!decision.show) return false;
    // Record the day first: a notification that fails to appear must not be retried every minute.
    await updateSettings({ lastNotificationDate: decision.day });
    await host.notify({ title: decision.summary.title, body: decision.summary.body, route: 'termijnen' });
    return true;
  } catch (e) {
    // A reminder is a convenience; a failure must never break the app.
    console.warn('Herinnering kon niet worden getoond', e instanceof Error ? e.name : typeof e); // no message: it may name people
    return false;
  } finally {
    inFlight = false;
  }
}

/** Starts the scheduler (a launch check now, then a check every minute); returns a stop function. */
export function startReminderScheduler(): () => void {
  void runReminderCheck('launch');
  const timer = setInterval(() => void runReminderCheck('timer'), TICK_MS);
  return () => clearInterval(timer);
}
