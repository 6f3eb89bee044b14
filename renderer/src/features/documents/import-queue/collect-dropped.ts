import type { OpenedFile } from '../../../../../shared/bridge';
import { readOpenedFile } from '../../../host/browser-host';

/** Files a folder holds that are never documents (system files). */
const IGNORED = /^(\.|thumbs\.db$|desktop\.ini$)/i;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOf(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    if (!IGNORED.test(entry.name)) out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries per call: read until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await filesOf(child, out);
  }
}

/** Every file dropped, with the contents of dropped folders (and their subfolders), in order. */
export async function collectDropped(data: DataTransfer): Promise<OpenedFile[]> {
  const entries = Array.from(data.items)
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry());
  const files: File[] = [];
  if (entries.every((e) => e !== null)) for (const e of entries) await filesOf(e!, files);
  else files.push(...Array.from(data.files));
  return Promise.all(files.map(readOpenedFile));
}

/** Files chosen with a folder picker (<input webkitdirectory>), without system files. */
export function collectPicked(list: FileList): Promise<OpenedFile[]> {
  return Promise.all(Array.from(list).filter((f) => !IGNORED.test(f.name)).map(readOpenedFile));
}
