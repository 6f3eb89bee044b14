import fs from 'node:fs/promises';
import path from 'node:path';
import { autoBackupFileName } from '../../shared/bridge/auto-backup';
import { isAutoBackupFileName, selectBackupsToPrune } from '../../shared/bridge/auto-backup-name';
import { writeFileAtomic } from './atomic-write';
import { HostRequestError } from './ipc-validate';

export interface WrittenAutoBackup {
  path: string;
  /** Names of the older automatic backups that were removed. */
  removed: string[];
  /** Names that should have been removed but could not be (logged, never fatal). */
  notRemoved: string[];
}

/**
 * Writes one automatic backup into `folder` (atomically: a failed write leaves no half file and
 * removes nothing), then removes all but the newest `keep` automatic backups there. Only regular
 * files whose name matches the automatic-backup pattern are ever removed: hand-made backups, other
 * files, folders and symbolic links in the folder are left alone.
 */
export async function writeAutoBackupFile(input: { folder: string; fileName: string; bytes: Uint8Array; keep: number; now?: Date }): Promise<WrittenAutoBackup> {
  const { folder, fileName, bytes, keep, now } = input;
  // The contract's schema already restricts the name; checked again here because this deletes files.
  if (!isAutoBackupFileName(fileName) || path.basename(fileName) !== fileName) {
    throw new HostRequestError('Ongeldige naam voor een automatische back-up.');
  }
  if (!path.isAbsolute(folder) || !(await fs.stat(folder).catch(() => null))?.isDirectory()) {
    throw new HostRequestError(
      `De map voor automatische back-ups is niet gevonden: ${folder}. Kies bij Instellingen een andere map, of sluit de schijf weer aan.`,
    );
  }
  const target = path.join(folder, fileName);
  if (path.dirname(target) !== path.resolve(folder)) throw new HostRequestError('Ongeldige naam voor een automatische back-up.');
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw new HostRequestError(
      `De automatische back-up kon niet worden opgeslagen in ${folder}. Controleer of je daar mag schrijven en of er genoeg ruimte is.`,
      { cause: error },
    );
  }

  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  // With `now` (main's clock), a backup dated more than a day ahead was not written by us at that time: it is
  // neither counted as kept nor removed (issue #14: a planted "9999" backup must not push genuine ones out).
  const latest = now ? autoBackupFileName(new Date(now.getTime() + 86_400_000)) : undefined;
  const candidates = entries
    .filter((e) => e.isFile() && isAutoBackupFileName(e.name) && (latest === undefined || e.name <= latest))
    .map((e) => e.name);
  const removed: string[] = [];
  const notRemoved: string[] = [];
  for (const name of selectBackupsToPrune(candidates, keep, fileName)) {
    try {
      await fs.rm(path.join(folder, name));
      removed.push(name);
    } catch {
      notRemoved.push(name);
    }
  }
  return { path: target, removed, notRemoved };
}
