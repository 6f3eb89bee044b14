/**
 * The pack's output files in the origin private file system (OPFS): the worker writes the PDF and the ZIP there
 * as they are made, through a synchronous access handle (dedicated workers only; no copy, no promise per write),
 * and hands the UI a disk-backed File to save. So a 200 MB pack is never held in memory, by the worker or the
 * UI (docs/pack.md). Where the browser has no OPFS the pack is built in memory as before.
 *
 * One folder, emptied when a new pack job starts: the UI drops the previous result when it starts a new build.
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

/** Removes every earlier output file (a previous pack, or one left by a crash). */
export async function clearOutputFiles(): Promise<void> {
  const dir = await folder();
  if (!dir) return;
  const names: string[] = [];
  for await (const name of dir.keys()) names.push(name);
  await Promise.all(names.map((name) => dir.removeEntry(name).catch(() => undefined)));
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
