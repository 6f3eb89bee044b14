/** Why a restore was refused before anything was written; the current data stays as it was. */
import type { BackupErrorCode } from '../../../shared/backup';

export type RestoreErrorCode = BackupErrorCode | 'migration-failed' | 'write-failed' | 'verify-failed';

/** Said after a restore that failed before writing: nothing was restored, nothing changed. */
export const RESTORE_UNCHANGED = 'Er is niets teruggezet; je huidige gegevens zijn niet veranderd.';

export class RestoreRefusal extends Error {
  constructor(
    readonly code: RestoreErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}
