import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { isPartFilePath } from './part-file';

/** The record's name in userData. */
export const SAVE_JOURNAL_FILE = 'open-saves.json';

/** Larger than this is not a record we wrote: it is not read (persist keeps every record it writes below it). */
const MAX_RECORD_BYTES = 256 * 1024;
/** More entries than this are not a record we wrote; persist never lists more. */
const MAX_PARTS = 256;

const SaveJournalSchema = z.object({
  version: z.literal(1),
  /** Part files of saves that were open when the record was written, and leftovers not yet removed. */
  parts: z.array(z.string().min(1).max(4096)).max(MAX_PARTS),
});

export interface SaveJournalDeps {
  /** Absolute path of the record (main passes userData/open-saves.json). */
  file: string;
  /** Logs a scrubbed error (main passes logging.ts's logError). */
  log(context: string, error: unknown): void;
}

/**
 * The part files of streamed saves in progress, kept on disk so that a main process that was killed (or lost
 * power) mid-save does not leave a hidden `.part` behind for good: the next start removes every part file the
 * record still lists, then clears it. The record is rewritten atomically on every change; calls run one after
 * another in the order made, so a save begun right after start waits for the clean-up. Nothing here throws:
 * a record that cannot be written only means a part file might outlive a crash.
 */
export class SaveJournal {
  private readonly open = new Set<string>();
  /** Leftovers a clean-up could not remove (locked, no permission): kept listed and tried again next start. */
  private readonly stale = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SaveJournalDeps) {}

  /**
   * Removes the part files a previous run left listed (only paths with the part-file shape, only regular
   * files; never a symlink or folder), then clears the record, except for the ones it could not remove: those
   * stay listed for the next start. A damaged record is ignored and cleared.
   * Resolves how many files were removed.
   */
  cleanUpLeftovers(): Promise<number> {
    return this.serially(async () => {
      const listed = await this.readRecord();
      let removed = 0;
      for (const part of listed) {
        if (!isPartFilePath(part) || this.open.has(part)) continue;
        const stat = await fs.lstat(part).catch(() => null);
        if (!stat?.isFile()) continue;
        try {
          await fs.rm(part);
          removed++;
        } catch (error) {
          // Gone meanwhile is fine; anything else stays listed, so it is not forgotten after one failed try.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.stale.add(part);
          this.deps.log('save journal remove leftover', error);
        }
      }
      await this.persist();
      return removed;
    }, 0);
  }

  /** Records `partPath` before its file is created. */
  add(partPath: string): Promise<void> {
    return this.serially(async () => {
      this.open.add(partPath);
      await this.persist();
    }, undefined);
  }

  /** Forgets `partPath` once its file was renamed into place or removed. */
  remove(partPath: string): Promise<void> {
    return this.serially(async () => {
      if (!this.open.delete(partPath)) return;
      await this.persist();
    }, undefined);
  }

  private async readRecord(): Promise<string[]> {
    try {
      const stat = await fs.stat(this.deps.file).catch(() => null);
      if (!stat) return [];
      if (!stat.isFile() || stat.size > MAX_RECORD_BYTES) throw new Error('save journal is not a small file');
      return SaveJournalSchema.parse(JSON.parse(await fs.readFile(this.deps.file, 'utf8'))).parts;
    } catch (error) {
      // Damaged (a half-written disk, edited by hand): nothing in it can be trusted, so nothing is removed.
      this.deps.log('save journal read', error);
      return [];
    }
  }

  /**
   * The record as it stands: absent when no save is open and no leftover is waiting. Open saves come first; it
   * never lists more than the reader accepts (a record it would refuse would make the next start remove none),
   * so past the limits the last entries are left out and that is logged.
   */
  private async persist(): Promise<void> {
    try {
      const parts = [...this.open, ...[...this.stale].filter((p) => !this.open.has(p))];
      if (parts.length === 0) {
        await fs.rm(this.deps.file, { force: true });
        return;
      }
      let bytes = encodeRecord(parts.slice(0, MAX_PARTS));
      for (let n = Math.min(parts.length, MAX_PARTS) - 1; bytes.length > MAX_RECORD_BYTES && n > 0; n--) bytes = encodeRecord(parts.slice(0, n));
      if (parts.length > MAX_PARTS || bytes.length > MAX_RECORD_BYTES) this.deps.log('save journal full', new Error(`${parts.length} part files open or left`));
      await fs.mkdir(path.dirname(this.deps.file), { recursive: true });
      await writeFileAtomic(this.deps.file, bytes);
    } catch (error) {
      this.deps.log('save journal write', error);
    }
  }

  private serially<T>(op: () => Promise<T>, fallback: T): Promise<T> {
    const run = this.queue.then(op).catch((error: unknown) => {
      this.deps.log('save journal', error);
      return fallback;
    });
    this.queue = run;
    return run;
  }
}

function encodeRecord(parts: string[]): Uint8Array {
  const record: z.infer<typeof SaveJournalSchema> = { version: 1, parts };
  return new TextEncoder().encode(JSON.stringify(record));
}
