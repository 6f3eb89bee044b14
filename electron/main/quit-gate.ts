/**
 * The quit handshake for the automatic backup. On the window's first `close`, when a backup is due,
 * main holds the close, asks the renderer to make the backup (the data lives in its IndexedDB), and
 * closes for real when the renderer says it is done, when the renderer is gone, or after a timeout:
 * quitting must never hang on a backup.
 *
 * Pure state machine: the window, the clock and the settings come in as functions (unit-tested in
 * test/unit/electron/quit-gate.test.ts). One gate per window.
 */

/** Longest a quit waits for the backup; a backup is one zip of IndexedDB, normally seconds. */
export const QUIT_BACKUP_TIMEOUT_MS = 2 * 60_000;

export type QuitGateState = 'open' | 'waiting' | 'released';
export type QuitReleaseReason = 'ready' | 'timeout' | 'renderer-gone';

export interface QuitGateDeps {
  /** Is an automatic backup due (enabled, folder chosen, not yet today)? */
  isDue(): boolean;
  /** Asks the renderer to make the backup; false when it cannot be asked (page gone or still loading). */
  requestBackup(): boolean;
  /** Closes (or quits) for real; the close that follows passes the gate. */
  finish(): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** `message` is a constant text; a caught error comes separately, so it can be scrubbed. */
  log(message: string, error?: unknown): void;
  timeoutMs?: number;
}

export class QuitGate {
  private current: QuitGateState = 'open';
  private timer: unknown;

  constructor(private readonly deps: QuitGateDeps) {}

  get state(): QuitGateState {
    return this.current;
  }

  /** For the window's `close` event: true means the close must be prevented (a backup is running). */
  onClose(): boolean {
    if (this.current === 'released') return false;
    if (this.current === 'waiting') return true;
    let due = false;
    try {
      due = this.deps.isDue();
    } catch (error) {
      this.deps.log('auto-backup due check failed', error);
    }
    if (!due || !this.safeRequest()) {
      this.current = 'released';
      return false;
    }
    this.current = 'waiting';
    this.deps.log('auto-backup requested on close');
    this.timer = this.deps.setTimer(() => this.release('timeout'), this.deps.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS);
    return true;
  }

  /** The renderer finished (or gave up on) the backup. */
  onQuitReady(): void {
    if (this.current === 'waiting') this.release('ready');
  }

  /** The renderer crashed or was killed. True when the gate was waiting and has now closed the window. */
  onRendererGone(): boolean {
    if (this.current !== 'waiting') return false;
    this.release('renderer-gone');
    return true;
  }

  private safeRequest(): boolean {
    try {
      return this.deps.requestBackup();
    } catch (error) {
      this.deps.log('auto-backup request failed', error);
      return false;
    }
  }

  private release(reason: QuitReleaseReason): void {
    if (this.current !== 'waiting') return;
    this.current = 'released';
    this.deps.clearTimer(this.timer);
    this.deps.log(`auto-backup quit released: ${reason}`);
    this.deps.finish();
  }
}
