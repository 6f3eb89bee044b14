import type { Settings, SettingsPatch } from '../../shared/bridge/settings';

/**
 * The automatic backup writes (and prunes) in settings.autoBackupFolder without asking. So the
 * renderer, which main treats as untrusted, may not point it anywhere it likes: a new folder must be
 * one the user picked in main's own folder dialog (chooseFolder). Clearing it is always allowed.
 * Returns a Dutch message when the patch must be refused.
 */
export function refuseFolderChange(current: Settings, patch: SettingsPatch, chosenFolders: ReadonlySet<string>): string | undefined {
  const next = patch.autoBackupFolder;
  if (next === undefined || next === '' || next === current.autoBackupFolder || chosenFolders.has(next)) return undefined;
  return 'Kies de map voor automatische back-ups met de knop „Map kiezen…”.';
}
