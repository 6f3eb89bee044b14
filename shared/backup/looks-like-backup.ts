/**
 * A cheap structural check that bytes are a `.kwaliteitsmap` backup (issue #14): Electron main runs it before it
 * writes an automatic backup (and prunes older ones), so a compromised renderer cannot replace genuine backups
 * with junk. It reads the zip directory, the manifest and data.json's format marker; it does not hash documents.
 */
import { strFromU8 } from 'fflate';
import { readZipDirectory, readZipEntry } from '../files/zip-directory';
import { BACKUP_FORMAT, DATA_ENTRY, MANIFEST_ENTRY, ManifestSchema, MAX_ZIP_ENTRIES } from './format';
import { MAX_DATA_JSON_BYTES, MAX_MANIFEST_BYTES } from './limits';

export function looksLikeBackup(bytes: Uint8Array): boolean {
  try {
    const entries = new Map(readZipDirectory(bytes, MAX_ZIP_ENTRIES).map((e) => [e.name, e]));
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    const dataEntry = entries.get(DATA_ENTRY);
    if (!manifestEntry || !dataEntry || dataEntry.size > MAX_DATA_JSON_BYTES) return false;
    const manifest = ManifestSchema.safeParse(JSON.parse(strFromU8(readZipEntry(bytes, manifestEntry, MAX_MANIFEST_BYTES))));
    if (!manifest.success || manifest.data.format !== BACKUP_FORMAT) return false;
    if (entries.size !== manifest.data.entries.length + 1) return false;
    if (!manifest.data.entries.every((item) => entries.get(item.name)?.size === item.size)) return false;
    const data = JSON.parse(strFromU8(readZipEntry(bytes, dataEntry, MAX_DATA_JSON_BYTES))) as { format?: unknown };
    return data?.format === BACKUP_FORMAT;
  } catch {
    return false;
  }
}
