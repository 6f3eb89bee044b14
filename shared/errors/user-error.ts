/** An error whose message is Dutch and fit to show the user as it is. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'user-error',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The Dutch text to show for any thrown value; internal errors get a generic sentence. */
export function userMessage(error: unknown, fallback = 'Er ging iets mis. Je gegevens zijn niet veranderd.'): string {
  // Errors that crossed a worker boundary keep their name but not their class.
  // BackupError (shared/backup/format.ts) also carries a Dutch message meant for the user.
  if (error instanceof UserError || (error instanceof Error && (error.name === 'UserError' || error.name === 'BackupError'))) return error.message;
  if (isQuotaError(error)) {
    return 'Er is niet genoeg opslagruimte op deze computer. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.';
  }
  return fallback;
}

/**
 * True when the storage was full, however the error arrived: IndexedDB's QuotaExceededError usually comes
 * wrapped (Dexie: AbortError/BulkError with `inner` or `failures`; elsewhere `cause`), sometimes only named in
 * the message (issue #14).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof e.message === 'string' && /QuotaExceeded|quota (has been )?exceeded/i.test(e.message)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return [e.inner, e.cause, ...failures.slice(0, 10)].some((inner) => inner !== error && isQuotaError(inner, depth + 1));
}
