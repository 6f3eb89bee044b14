import { randomBytes } from 'node:crypto';
import fs, { type FileHandle } from 'node:fs/promises';
import { HostRequestError } from './ipc-validate';
import { partPathFor } from './part-file';
import type { SaveJournal } from './save-journal';

/** Shown for every disk problem (full disk, folder gone, no rights): the user can act on it. */
export const SAVE_FAILED = 'Het bestand kon niet worden opgeslagen. Kies een andere map of controleer of er genoeg ruimte is.';
export const SAVE_UNKNOWN = 'Dit opslaan is niet (meer) bezig. Probeer het opnieuw.';
export const SAVE_TOO_LONG = 'Er kwam meer dan aangekondigd; het bestand is niet opgeslagen. Probeer het opnieuw.';
export const SAVE_INCOMPLETE = 'Het bestand is niet volledig aangekomen en is niet opgeslagen. Probeer het opnieuw.';
export const SAVE_TOO_MANY = 'Er wordt al te veel tegelijk opgeslagen. Wacht tot dat klaar is en probeer het opnieuw.';

/** A page may have only a few saves open at once: each holds an open file. */
const MAX_OPEN_PER_OWNER = 4;

interface Session {
  readonly token: string;
  /** The webContents that began it; no other may write to or finish it. */
  readonly owner: number;
  readonly target: string;
  readonly partPath: string;
  readonly handle: FileHandle;
  readonly size: number;
  readonly folderKey: string | undefined;
  written: number;
  /** Calls on one save run one after another, even when the page does not wait for each. */
  queue: Promise<unknown>;
}

export interface StreamedSaveDeps {
  /** Logs a scrubbed error (main passes logging.ts's logError). */
  log(context: string, error: unknown): void;
  /** Records each part file before it is created, until it is renamed or removed (save-journal.ts). */
  journal?: Pick<SaveJournal, 'add' | 'remove'>;
}

export interface FinishedSave {
  path: string;
  folderKey: string | undefined;
}

/**
 * A large file saved in parts (HostApi beginSave / writeSaveChunk / finishSave): the parts go into a part file
 * next to the chosen path, which is fsynced and renamed over it only when every announced byte came. Whatever
 * goes wrong, or when the page cancels, closes or reloads, the part file is removed and the chosen path is
 * untouched. Errors thrown are HostRequestErrors with a Dutch message; the log gets no paths (log-scrub.ts).
 * With a journal, a part file left by a killed process is removed at the next start.
 */
export class StreamedSaves {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly deps: StreamedSaveDeps) {}

  /** Opens the part file for `target` (an absolute path the user chose in the save dialog); returns the token. */
  async begin(owner: number, request: { target: string; size: number; folderKey?: string | undefined }): Promise<string> {
    const open = [...this.sessions.values()].filter((s) => s.owner === owner).length;
    if (open >= MAX_OPEN_PER_OWNER) throw new HostRequestError(SAVE_TOO_MANY);
    const token = randomBytes(16).toString('hex');
    const partPath = partPathFor(request.target);
    // Recorded first: a process killed right after the open still has its part file listed.
    await this.deps.journal?.add(partPath);
    let handle: FileHandle;
    try {
      handle = await fs.open(partPath, 'wx', 0o644);
    } catch (error) {
      this.deps.log('streamed save open', error);
      await this.deps.journal?.remove(partPath);
      throw new HostRequestError(SAVE_FAILED);
    }
    this.sessions.set(token, {
      token,
      owner,
      target: request.target,
      partPath,
      handle,
      size: request.size,
      folderKey: request.folderKey,
      written: 0,
      queue: Promise.resolve(),
    });
    return token;
  }

  /** Appends `bytes`. Past the announced size the save is dropped (its part file removed) and refused. */
  async write(owner: number, token: string, bytes: Uint8Array): Promise<void> {
    const session = this.sessionOf(owner, token);
    await this.serially(session, async () => {
      if (session.written + bytes.byteLength > session.size) {
        await this.drop(session);
        throw new HostRequestError(SAVE_TOO_LONG);
      }
      try {
        let offset = 0;
        while (offset < bytes.byteLength) {
          // Explicit positions: a short write continues where it stopped.
          const { bytesWritten } = await session.handle.write(bytes, offset, bytes.byteLength - offset, session.written + offset);
          if (bytesWritten <= 0) throw new Error('write made no progress');
          offset += bytesWritten;
        }
      } catch (error) {
        this.deps.log('streamed save write', error);
        await this.drop(session);
        throw new HostRequestError(SAVE_FAILED);
      }
      session.written += bytes.byteLength;
    });
  }

  /**
   * commit: checks the byte count, fsyncs and renames the part file over the target. Not commit: removes the
   * part file. Resolves undefined when not committed. The token is finished either way.
   */
  async finish(owner: number, token: string, commit: boolean): Promise<FinishedSave | undefined> {
    const session = this.sessionOf(owner, token);
    return await this.serially(session, async () => {
      if (!commit) {
        await this.drop(session);
        return undefined;
      }
      if (session.written !== session.size) {
        await this.drop(session);
        throw new HostRequestError(SAVE_INCOMPLETE);
      }
      this.sessions.delete(session.token);
      try {
        try {
          await session.handle.sync();
        } finally {
          await session.handle.close();
        }
        await fs.rename(session.partPath, session.target);
      } catch (error) {
        this.deps.log('streamed save finish', error);
        await this.removePart(session.partPath);
        throw new HostRequestError(SAVE_FAILED);
      }
      await this.deps.journal?.remove(session.partPath);
      return { path: session.target, folderKey: session.folderKey };
    });
  }

  /** The page that owns these saves closed, reloaded or crashed: remove their part files. */
  async discardOwner(owner: number): Promise<void> {
    const mine = [...this.sessions.values()].filter((s) => s.owner === owner);
    await Promise.all(mine.map((session) => this.serially(session, () => this.drop(session)).catch(() => undefined)));
  }

  /** How many saves are open (for tests and diagnostics). */
  get openCount(): number {
    return this.sessions.size;
  }

  private sessionOf(owner: number, token: string): Session {
    const session = this.sessions.get(token);
    // Another page's token is treated as unknown: it learns nothing about the save.
    if (!session || session.owner !== owner) throw new HostRequestError(SAVE_UNKNOWN);
    return session;
  }

  private serially<T>(session: Session, op: () => Promise<T>): Promise<T> {
    const run = session.queue.then(() => {
      // An earlier call in the queue may have finished or dropped this save.
      if (this.sessions.get(session.token) !== session) throw new HostRequestError(SAVE_UNKNOWN);
      return op();
    });
    session.queue = run.catch(() => undefined);
    return run;
  }

  private async drop(session: Session): Promise<void> {
    this.sessions.delete(session.token);
    await session.handle.close().catch(() => undefined);
    await this.removePart(session.partPath);
  }

  /** Removes a part file; one that could not be removed stays in the journal, for the next start to retry. */
  private async removePart(partPath: string): Promise<void> {
    const gone = await fs.rm(partPath, { force: true }).then(
      () => true,
      () => false,
    );
    if (gone) await this.deps.journal?.remove(partPath);
  }
}
