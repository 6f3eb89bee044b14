/**
 * The user's data lives in IndexedDB inside the window's session. An in-memory session
 * (a partition without the 'persist:' prefix, or session.fromPartition('x')) would silently drop
 * everything on quit, so the window must use the default, persistent session. Issue 9.
 */
export interface SessionChoice {
  partition?: string | undefined;
  /** Set when a Session object is passed explicitly; we never do. */
  session?: unknown;
}

export function usesPersistentDefaultSession(prefs: SessionChoice): boolean {
  if (prefs.session !== undefined) return false;
  return prefs.partition === undefined;
}

/** For a partition name: '' / undefined (default session) and 'persist:*' are on disk; others are in memory. */
export function isPersistentPartition(partition: string | undefined): boolean {
  return partition === undefined || partition === '' || partition.startsWith('persist:');
}
