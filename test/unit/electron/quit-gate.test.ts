import { describe, expect, it } from 'vitest';
import { QUIT_BACKUP_TIMEOUT_MS, QuitGate, type QuitGateDeps } from '../../../electron/main/quit-gate';

/** A gate on a hand-driven clock, recording what it asked the window to do. */
function setup(options: { due?: boolean | (() => boolean); canRequest?: boolean | (() => boolean); timeoutMs?: number } = {}) {
  const events: string[] = [];
  const timers = new Map<number, { fn: () => void; at: number }>();
  let now = 0;
  let next = 1;
  const due = options.due ?? true;
  const canRequest = options.canRequest ?? true;
  const deps: QuitGateDeps = {
    isDue: () => (typeof due === 'function' ? due() : due),
    requestBackup: () => {
      const ok = typeof canRequest === 'function' ? canRequest() : canRequest;
      if (ok) events.push('request');
      return ok;
    },
    finish: () => events.push('finish'),
    setTimer: (fn, ms) => {
      const id = next++;
      timers.set(id, { fn, at: now + ms });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
    log: () => undefined,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at <= now) {
        timers.delete(id);
        t.fn();
      }
    }
  };
  return { gate: new QuitGate(deps), events, timers, advance };
}

describe('QuitGate', () => {
  it('holds the first close while a backup is due, asks once, and closes when the renderer is ready', () => {
    const { gate, events, timers } = setup();
    expect(gate.onClose()).toBe(true);
    expect(gate.state).toBe('waiting');
    // Clicking the close button again while the backup runs neither closes nor asks again.
    expect(gate.onClose()).toBe(true);
    expect(events).toEqual(['request']);
    gate.onQuitReady();
    expect(events).toEqual(['request', 'finish']);
    expect(timers.size).toBe(0);
    // The close that finish() causes passes.
    expect(gate.onClose()).toBe(false);
    gate.onQuitReady();
    expect(events).toEqual(['request', 'finish']);
  });

  it('lets the close through at once when no backup is due', () => {
    const { gate, events } = setup({ due: false });
    expect(gate.onClose()).toBe(false);
    expect(gate.state).toBe('released');
    expect(events).toEqual([]);
  });

  it('lets the close through when the renderer cannot be asked, or the due check throws', () => {
    const cannot = setup({ canRequest: false });
    expect(cannot.gate.onClose()).toBe(false);
    expect(cannot.events).toEqual([]);
    const throws = setup({
      due: () => {
        throw new Error('store kapot');
      },
    });
    expect(throws.gate.onClose()).toBe(false);
    const requestThrows = setup({
      canRequest: () => {
        throw new Error('webContents destroyed');
      },
    });
    expect(requestThrows.gate.onClose()).toBe(false);
  });

  it('never hangs: closes anyway after the timeout (2 minutes by default)', () => {
    expect(QUIT_BACKUP_TIMEOUT_MS).toBe(120_000);
    const { gate, events, advance } = setup();
    gate.onClose();
    advance(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(events).toEqual(['request']);
    advance(1);
    expect(events).toEqual(['request', 'finish']);
    expect(gate.state).toBe('released');
    // A late quitReady after the timeout does nothing more.
    gate.onQuitReady();
    expect(events).toEqual(['request', 'finish']);
  });

  it('honours a custom timeout', () => {
    const { gate, events, advance } = setup({ timeoutMs: 500 });
    gate.onClose();
    advance(500);
    expect(events).toEqual(['request', 'finish']);
  });

  it('closes anyway when the renderer crashes during the backup, and says it handled it', () => {
    const { gate, events, timers } = setup();
    expect(gate.onRendererGone()).toBe(false);
    gate.onClose();
    expect(gate.onRendererGone()).toBe(true);
    expect(events).toEqual(['request', 'finish']);
    expect(timers.size).toBe(0);
    expect(gate.onRendererGone()).toBe(false);
  });

  it('ignores quitReady when nothing is waiting (a renderer cannot close the window by itself)', () => {
    const { gate, events } = setup();
    gate.onQuitReady();
    expect(events).toEqual([]);
    expect(gate.state).toBe('open');
    expect(gate.onClose()).toBe(true);
  });
});
