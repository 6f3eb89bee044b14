/**
 * Automatic backup, at most once a day (issue 6 §1): the pure decisions both hosts share.
 * - Desktop: on quit, into the folder the user picked, keeping the newest `keepBackups` files.
 * - Browser: a page cannot do async work while it closes, so the backup is offered as a download
 *   at start-up instead (see renderer/src/app/auto-backup.ts).
 */
import { TZDate } from '@date-fns/tz';
import { APP_TIME_ZONE, todayInAmsterdam } from '../dates';
import type { Settings } from './settings';

export { AUTO_BACKUP_NAME_PATTERN, isAutoBackupFileName, selectBackupsToPrune } from './auto-backup-name';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `kwaliteitsmap-auto-backup-YYYY-MM-DD-HHMMSS.kwaliteitsmap`, in Europe/Amsterdam time. */
export function autoBackupFileName(now: Date = new Date()): string {
  const t = new TZDate(now.getTime(), APP_TIME_ZONE);
  const day = `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const time = `${pad(t.getHours())}${pad(t.getMinutes())}${pad(t.getSeconds())}`;
  return `kwaliteitsmap-auto-backup-${day}-${time}.kwaliteitsmap`;
}

export type AutoBackupSettings = Pick<Settings, 'autoBackupEnabled' | 'autoBackupFolder' | 'lastAutoBackupDate'>;

export interface AutoBackupDue {
  due: boolean;
  /** Today in Europe/Amsterdam: the value to record as lastAutoBackupDate once the backup is written. */
  day: string;
}

/**
 * Is an automatic backup due now? Only when it is switched on, (on the desktop) a folder was chosen,
 * and the last one was not made today in Europe/Amsterdam. A recorded day that is not today (also
 * one in the future, after the clock was wrong) makes it due: the backup then records today again.
 */
export function isAutoBackupDue(input: { settings: AutoBackupSettings; now: Date; needsFolder: boolean }): AutoBackupDue {
  const { settings, now, needsFolder } = input;
  const day = todayInAmsterdam(now);
  if (!settings.autoBackupEnabled) return { due: false, day };
  if (needsFolder && !settings.autoBackupFolder?.trim()) return { due: false, day };
  return { due: settings.lastAutoBackupDate !== day, day };
}
