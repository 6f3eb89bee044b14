export type PersistenceState = 'persistent' | 'not-persistent' | 'unknown';

let requested: Promise<PersistenceState> | undefined;

/** Asks once per start for persistent storage, so the browser does not evict the data under pressure. */
export function requestPersistentStorage(): Promise<PersistenceState> {
  requested ??= (async () => {
    if (!navigator.storage?.persist) return 'unknown';
    try {
      if (await navigator.storage.persisted()) return 'persistent';
      return (await navigator.storage.persist()) ? 'persistent' : 'not-persistent';
    } catch {
      return 'unknown';
    }
  })();
  return requested;
}
