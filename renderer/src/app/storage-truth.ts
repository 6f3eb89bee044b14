import { useEffect, useState } from 'react';
import { host } from '../host';
import { requestPersistentStorage } from './storage-persistence';

/**
 * What is actually the case for the data's safety, so the app says no more and no less:
 * - desktop: the app's own profile; nothing to warn about;
 * - persistent: the browser promised not to evict it;
 * - private-window: a quota so small it is almost certainly a private window, which the browser wipes
 *   when it closes. Only some browsers give that away: Chromium reports the same quota in an
 *   incognito window as in a normal one (measured: 10 GiB in both), so there it is 'not-guaranteed',
 *   whose text names the private window as the case to avoid;
 * - not-guaranteed: a normal window whose browser has not (yet) promised persistence: the data stays,
 *   but may be evicted when the disk is nearly full (the "best effort" bucket of the Storage standard,
 *   https://storage.spec.whatwg.org/#buckets);
 * - unknown: the browser cannot tell.
 */
export type StorageTruth = 'desktop' | 'persistent' | 'private-window' | 'not-guaranteed' | 'unknown';

/** Below this quota the origin is almost certainly in a private window (normal windows get many GB). */
const PRIVATE_QUOTA_BYTES = 400 * 1024 * 1024;

let cached: Promise<StorageTruth> | undefined;

export function storageTruth(): Promise<StorageTruth> {
  cached ??= (async (): Promise<StorageTruth> => {
    if ((await host.appInfo()).host === 'electron') return 'desktop';
    const persistence = await requestPersistentStorage();
    if (persistence === 'persistent') return 'persistent';
    try {
      const { quota } = await navigator.storage.estimate();
      if (quota !== undefined && quota < PRIVATE_QUOTA_BYTES) return 'private-window';
    } catch {
      // No estimate: fall through to what persist() said.
    }
    return persistence === 'not-persistent' ? 'not-guaranteed' : 'unknown';
  })();
  return cached;
}

export function useStorageTruth(): StorageTruth | undefined {
  const [truth, setTruth] = useState<StorageTruth>();
  useEffect(() => {
    let live = true;
    void storageTruth().then((t) => live && setTruth(t));
    return () => {
      live = false;
    };
  }, []);
  return truth;
}
