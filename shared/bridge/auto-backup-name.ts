/**
 * Names of automatic backups. No dependencies: the bridge contract (and so the preload bundle) uses
 * the pattern to validate writeAutoBackup requests.
 *
 * Automatic backups have their own name, distinct from "Back-up maken"'s `kwaliteitsmap-backup-…`,
 * so pruning can never touch a backup the user saved by hand (or any other file in the folder).
 * The time stamp is fixed-width, so sorting the names sorts the backups by age.
 */
export const AUTO_BACKUP_NAME_PATTERN = /^kwaliteitsmap-auto-backup-\d{4}-\d{2}-\d{2}-\d{6}\.kwaliteitsmap$/;

export function isAutoBackupFileName(name: string): boolean {
  return AUTO_BACKUP_NAME_PATTERN.test(name);
}

/**
 * The file names to delete so that only the newest `keep` (at least 1) automatic backups remain.
 * Names that are not automatic backups are never returned, whatever else is in the folder. `protect`
 * (the backup just written) is always kept and counts as one of the `keep`, even when the clock was
 * set back and older-looking names sort after it.
 */
export function selectBackupsToPrune(names: readonly string[], keep: number, protect?: string): string[] {
  const limit = Math.max(1, Math.floor(Number.isFinite(keep) ? keep : 1));
  const backups = [...new Set(names.filter(isAutoBackupFileName))].sort().reverse();
  const kept = protect !== undefined && backups.includes(protect) ? 1 : 0;
  return backups.filter((n) => n !== protect).slice(Math.max(0, limit - kept));
}
