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
  if (error instanceof UserError || (error instanceof Error && error.name === 'UserError')) return error.message;
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'QuotaExceededError') {
    return 'Er is niet genoeg opslagruimte op deze computer. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.';
  }
  return fallback;
}
