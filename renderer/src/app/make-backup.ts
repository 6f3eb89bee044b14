import { host } from '../host';
import type { Progress } from '../workers/rpc';
import { vault } from '../workers/vault-client';

/** The file type of a backup in the host's save and open dialogs. */
export const BACKUP_FILTERS = [{ name: 'Kwaliteitsmap-back-up', extensions: ['kwaliteitsmap'] }];

/**
 * Makes a backup through the host's save dialog; the work runs in the vault worker. A service, not part of
 * the settings page: the error screen (ErrorBoundary) offers it too.
 */
export async function makeBackup(onProgress?: (p: Progress) => void): Promise<{ saved: boolean; warnings: string[] }> {
  const info = await host.appInfo();
  const { bytes, fileName, warnings } = await vault()('backup', { appVersion: info.version }, onProgress ? { onProgress } : {});
  const { saved } = await host.saveFile({ suggestedName: fileName, filters: BACKUP_FILTERS, bytes, folderKey: 'backup' });
  return { saved, warnings };
}
