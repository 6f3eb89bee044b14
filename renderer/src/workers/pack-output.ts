/**
 * The pack's output file in the origin private file system (OPFS): the worker writes the PDF there as it is
 * made, through a synchronous access handle (dedicated workers only; no copy, no promise per write), and hands
 * the UI a disk-backed File to save. So a 200 MB pack is never held in memory, by the worker or the UI
 * (docs/pack.md). The ZIP is not written here: it is a Blob made of this file and the stored originals
 * (zip-container.ts), so the file must stay until the UI has saved it. Where the browser has no OPFS the pack
 * is built in memory as before.
 *
 * One folder. A worker names its files with its own prefix and removes them when a new pack job starts (the UI
 * drops the previous result then) and when the page is left; files older than an hour go when a worker starts.
 */
import type { PackSink } from '../../../shared/pack/sink';

const FOLDER = 'bewijspakket-uitvoer';

/** The parts of the File System Access API used here (not all TypeScript DOM libs have them). */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
interface FileHandle {
  getFile(): Promise<File>;
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
}
interface DirectoryHandle {
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}

export interface OutputFile {
  sink: PackSink;
  /** Flushes, closes and returns the file (disk-backed) for the UI. */
  close(): Promise<File>;
  /** Closes and removes it (cancelled or failed). */
  discard(): Promise<void>;
}

async function folder(): Promise<DirectoryHandle | undefined> {
  const storage = (globalThis as unknown as { navigator?: { storage?: { getDirectory?: () => Promise<DirectoryHandle> } } }).navigator?.storage;
  if (!storage?.getDirectory) return undefined;
  try {
    return await (await storage.getDirectory()).getDirectoryHandle(FOLDER, { create: true });
  } catch {
    return undefined;
  }
}

/**
 * Removes output files: those whose name starts with `prefix` (this worker's earlier packs), or, with
 * `olderThanMs`, any file not written to for that long (left by a closed tab, a reload or a crash). Another
 * tab's fresh pack is left alone. A file still open for writing cannot be removed and stays.
 */
export async function clearOutputFiles(which: { prefix: string } | { olderThanMs: number }): Promise<void> {
  const dir = await folder();
  if (!dir) return;
  const names: string[] = [];
  for await (const name of dir.keys()) names.push(name);
  const now = Date.now();
  await Promise.all(
    names.map(async (name) => {
      try {
        if ('prefix' in which ? name.startsWith(which.prefix) : now - (await (await dir.getFileHandle(name)).getFile()).lastModified > which.olderThanMs) {
          await dir.removeEntry(name);
        }
      } catch {
        // Open, or gone meanwhile: nothing to do.
      }
    }),
  );
}

/** A new output file, or undefined where this browser has no OPFS with synchronous access (then: memory). */
export async function openOutputFile(name: string): Promise<OutputFile | undefined> {
  const dir = await folder();
  if (!dir) return undefined;
  let handle: FileHandle;
  let access: SyncAccessHandle;
  try {
    handle = await dir.getFileHandle(name, { create: true });
    if (typeof handle.createSyncAccessHandle !== 'function') return undefined;
    access = await handle.createSyncAccessHandle();
    access.truncate(0);
  } catch {
    return undefined;
  }
  let at = 0;
  let open = true;
  const shut = (): void => {
    if (!open) return;
    open = false;
    access.close();
  };
  return {
    sink: {
      write(parts) {
        for (const part of parts) {
          if (part.length === 0) continue;
          const written = access.write(part, { at });
          if (written !== part.length) throw new Error('Er is niet genoeg ruimte op de schijf om het bewijspakket te schrijven.');
          at += written;
        }
      },
      // The sync access handle has copied each part into the file when write returns.
      copies: true,
    },
    async close() {
      access.flush();
      shut();
      return handle.getFile();
    },
    async discard() {
      shut();
      await dir.removeEntry(name).catch(() => undefined);
    },
  };
}
