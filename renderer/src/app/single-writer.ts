/**
 * One writer at a time across tabs (issue #14): without it, tab B could say a document was "opgeslagen en
 * gecontroleerd" while a restore in tab A then replaced everything. The first tab holds an exclusive Web Lock
 * for as long as it is open; another tab of the same profile shows a Dutch notice instead of the app, and takes
 * over by itself once the first is closed (or when the user clicks "Opnieuw proberen"). The lock is released by the browser when the tab closes or crashes.
 * https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API
 */
import { useCallback, useEffect, useState } from 'react';

const LOCK_NAME = 'kwaliteitsmap-schrijver';

/** 'pending' while asking, 'held' when this tab is the writer, 'elsewhere' when another tab is. */
export type WriterState = 'pending' | 'held' | 'elsewhere';

let held = false;

function tryAcquire(): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // Without Web Locks (very old browsers) there is nothing to coordinate with; Electron has them.
  if (!locks) return Promise.resolve(true);
  if (held) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks
      .request(LOCK_NAME, { mode: 'exclusive', ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        held = true;
        resolve(true);
        // Held until the tab goes away.
        return new Promise<void>(() => undefined);
      })
      .catch(() => resolve(true));
  });
}

let waiting = false;

/** Queues for the lock; `onGranted` runs when the other tab has closed (the browser releases its lock). */
function waitForLock(onGranted: () => void): void {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks || waiting || held) return;
  waiting = true;
  void locks
    .request(LOCK_NAME, { mode: 'exclusive' }, () => {
      held = true;
      waiting = false;
      onGranted();
      return new Promise<void>(() => undefined);
    })
    .catch(() => {
      waiting = false;
    });
}

export function useSingleWriter(): { state: WriterState; retry: () => void } {
  const [state, setState] = useState<WriterState>('pending');
  const retry = useCallback(() => {
    void tryAcquire().then((ok) => {
      setState(ok ? 'held' : 'elsewhere');
      // Takes over by itself as soon as the other tab is closed.
      if (!ok) waitForLock(() => setState('held'));
    });
  }, []);
  useEffect(retry, [retry]);
  return { state, retry };
}
