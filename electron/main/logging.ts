import path from 'node:path';
import { app, dialog } from 'electron';
import { scrubError, scrubText } from './log-scrub';
import { RotatingLog } from './rotating-log';

let log: RotatingLog | null = null;

function getLog(): RotatingLog {
  log ??= new RotatingLog({ dir: path.join(app.getPath('userData'), 'logs'), name: 'main', maxBytes: 512 * 1024, keep: 3 });
  return log;
}

/** Logs an error of our own code, scrubbed of anything personal (see log-scrub.ts). */
export function logError(context: string, error: unknown): void {
  getLog().write('error', `${scrubText(context)}: ${scrubError(error, app.getAppPath())}`);
}

/** Logs a fixed event text; callers pass only constant strings and enum values. */
export function logEvent(level: 'info' | 'warn', text: string): void {
  getLog().write(level, scrubText(text));
}

export function installProcessErrorLogging(): void {
  let dialogShown = false;
  let logged = 0;
  process.on('uncaughtException', (error) => {
    // A closed stdout (app started from a terminal that went away) is no reason to bother anyone.
    if ((error as { code?: unknown }).code === 'EPIPE') return;
    // The log rotates, but a loop of errors should not churn through it.
    if (logged++ < 200) logError('uncaughtException', error);
    if (dialogShown) return;
    dialogShown = true;
    dialog.showErrorBox(
      'Kwaliteitsmap',
      'Er ging iets mis in Kwaliteitsmap. Je gegevens zijn bewaard. Start de app opnieuw als iets niet meer werkt.',
    );
  });
  process.on('unhandledRejection', (reason) => {
    if (logged++ < 200) logError('unhandledRejection', reason);
  });
}
