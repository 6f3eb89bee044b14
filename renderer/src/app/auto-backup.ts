/**
 * Automatic backup, at most once a day (issue 6 §1). The decision is pure (shared/bridge/auto-backup);
 * this file supplies the data, the host and a small status the UI shows while it runs.
 *
 * - Desktop: on quit. Main holds the window's close and sends onBeforeQuit; the backup is made in the
 *   vault worker, written by main into the chosen folder (keeping the newest N), then quitReady()
 *   lets main close. Main closes anyway after a timeout or when the renderer is gone.
 * - Browser: a page cannot run async work while it closes (beforeunload only allows a synchronous
 *   prompt), so the daily backup is offered as a download at start-up instead: when the app opens on
 *   a database that has something in it and the last automatic backup is from an earlier day.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { autoBackupFileName, isAutoBackupDue } from '../../../shared/bridge';
import { todayInAmsterdam } from '../../../shared/dates';
import { userMessage } from '../../../shared/errors/user-error';
import { getDb } from '../db/database';
import { host } from '../host';
import { vault } from '../workers/vault-client';
import { updateSettings } from './settings';

export type AutoBackupStatus =
  | { phase: 'idle' }
  | { phase: 'ask'; trigger: 'startup' }
  | { phase: 'running'; trigger: 'quit' | 'startup' }
  | { phase: 'done'; trigger: 'quit' | 'startup'; fileName: string }
  | { phase: 'failed'; trigger: 'quit' | 'startup'; message: string };

let status: AutoBackupStatus = { phase: 'idle' };
const listeners = new Set<() => void>();
function setStatus(next: AutoBackupStatus): void {
  status = next;
  listeners.forEach((l) => l());
}

export function useAutoBackupStatus(): AutoBackupStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

export function dismissAutoBackupStatus(): void {
  if (status.phase !== 'running') setStatus({ phase: 'idle' });
}

/** How long a failed quit backup's message stays up before the window closes anyway. */
const QUIT_FAILURE_NOTICE_MS = 10_000;

async function hasData(): Promise<boolean> {
  return (await getDb().organisation.count()) > 0;
}

/** Builds the backup in the vault worker and hands it to the host; records the day on success. */
async function makeAutoBackup(): Promise<{ saved: boolean; fileName: string }> {
  const info = await host.appInfo();
  const { bytes } = await vault()('backup', { appVersion: info.version });
  const fileName = autoBackupFileName(new Date());
  const { saved } = await host.writeAutoBackup({ fileName, bytes });
  // The hosts record the day themselves; this also updates the settings the UI shows.
  if (saved) await updateSettings({ lastAutoBackupDate: todayInAmsterdam() });
  return { saved, fileName };
}

// Module state, not per component: StrictMode runs effects twice, and only one backup may run.
let quitting = false;
let quitSkipped: (() => void) | undefined;

/** The desktop's quit backup; always ends with quitReady(), whatever happened. */
async function runQuitBackup(): Promise<void> {
  if (quitting) return;
  quitting = true;
  try {
    if (!(await hasData())) return;
    setStatus({ phase: 'running', trigger: 'quit' });
    const { saved, fileName } = await makeAutoBackup();
    setStatus(saved ? { phase: 'done', trigger: 'quit', fileName } : { phase: 'idle' });
  } catch (e) {
    console.warn('Automatische back-up is mislukt', e instanceof Error ? e.name : typeof e); // no message: it may name documents
    setStatus({ phase: 'failed', trigger: 'quit', message: userMessage(e, 'De automatische back-up is niet gelukt.') });
    // Leave the message up for a moment (the user can close straight away): the next quit tries again.
    await new Promise<void>((resolve) => {
      quitSkipped = resolve;
      setTimeout(resolve, QUIT_FAILURE_NOTICE_MS);
    });
  } finally {
    quitSkipped = undefined;
    await host.quitReady().catch(() => undefined);
  }
}

/** "Overslaan en afsluiten" while the quit backup runs or after it failed: main closes at once. */
export function skipQuitBackup(): void {
  quitSkipped?.();
  void host.quitReady().catch(() => undefined);
}

let startupCheck: Promise<void> | undefined;

/**
 * The browser's daily backup at start-up, at most once a day. A Web Lock keeps two tabs opened at
 * the same moment from both downloading; inside it the settings are read again.
 */
export function runStartupBackup(now: () => Date = () => new Date()): Promise<void> {
  startupCheck ??= (async () => {
    try {
      const info = await host.appInfo();
      if (info.host !== 'browser') return;
      const due = async () => isAutoBackupDue({ settings: await host.getSettings(), now: now(), needsFolder: false }).due && (await hasData());
      if (!(await due())) return;
      // Asked once: the download holds every document unencrypted, so the first one needs a yes.
      if (!(await host.getSettings()).autoBackupAnswered) return setStatus({ phase: 'ask', trigger: 'startup' });
      const work = async () => {
        if (!(await due())) return;
        setStatus({ phase: 'running', trigger: 'startup' });
        const { saved, fileName } = await makeAutoBackup();
        setStatus(saved ? { phase: 'done', trigger: 'startup', fileName } : { phase: 'idle' });
      };
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      if (locks) await locks.request('kwaliteitsmap-auto-backup', { ifAvailable: true }, (lock) => (lock ? work() : undefined));
      else await work();
    } catch (e) {
      // A backup is a safety net: its failure is shown, never breaks the app; the next start tries again.
      console.warn('Automatische back-up is mislukt', e instanceof Error ? e.name : typeof e); // no message: it may name documents
      setStatus({ phase: 'failed', trigger: 'startup', message: userMessage(e, 'De automatische back-up is niet gelukt.') });
    }
  })();
  return startupCheck;
}

/** The answer to "elke dag een back-up downloaden?": stored, and a yes makes today's backup now. */
export async function answerStartupBackup(yes: boolean): Promise<void> {
  try {
    await updateSettings({ autoBackupAnswered: true, autoBackupEnabled: yes });
    if (!yes) return setStatus({ phase: 'idle' });
    setStatus({ phase: 'running', trigger: 'startup' });
    const { saved, fileName } = await makeAutoBackup();
    setStatus(saved ? { phase: 'done', trigger: 'startup', fileName } : { phase: 'idle' });
  } catch (e) {
    console.warn('Automatische back-up is mislukt', e instanceof Error ? e.name : typeof e);
    setStatus({ phase: 'failed', trigger: 'startup', message: userMessage(e, 'De automatische back-up is niet gelukt.') });
  }
}

/**
 * Mounted once in App. `orgAtStart`: whether the organisation existed when the app opened (undefined
 * while loading); the start-up backup is skipped on a first run, whose database is still empty.
 */
export function useAutoBackup(orgAtStart: boolean | undefined, settingsReady: boolean): void {
  useEffect(
    () =>
      host.onBeforeQuit(() => {
        void runQuitBackup();
      }),
    [],
  );
  useEffect(() => {
    if (orgAtStart === undefined || !settingsReady || decidedAtStart) return;
    decidedAtStart = true;
    if (orgAtStart) void runStartupBackup();
  }, [orgAtStart, settingsReady]);
}
/** The start-up check looks at the database once, as it was when the app opened. */
let decidedAtStart = false;
