import fs from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  /** Base name, e.g. 'main' gives main.log, main.1.log, ... */
  name: string;
  /** Rotate when the current file would grow past this many bytes. */
  maxBytes: number;
  /** Number of files kept in total, the current one included. */
  keep: number;
}

/**
 * A small size-capped log. Synchronous on purpose: it is written from crash handlers, where an
 * async write may never finish. Never throws: a log that cannot be written must not take the app
 * down with it. Callers pass lines that are already scrubbed (see log-scrub.ts).
 */
export class RotatingLog {
  constructor(private readonly options: RotatingLogOptions) {}

  file(index = 0): string {
    const { dir, name } = this.options;
    return path.join(dir, index === 0 ? `${name}.log` : `${name}.${index}.log`);
  }

  write(level: 'error' | 'warn' | 'info', text: string, now: Date = new Date()): void {
    try {
      const line = `${now.toISOString()} ${level.toUpperCase()} ${text.replace(/\r?\n/g, '\n  ')}\n`;
      fs.mkdirSync(this.options.dir, { recursive: true });
      let size = 0;
      try {
        size = fs.statSync(this.file()).size;
      } catch {
        size = 0;
      }
      if (size > 0 && size + Buffer.byteLength(line) > this.options.maxBytes) this.rotate();
      fs.appendFileSync(this.file(), line.slice(0, this.options.maxBytes), { encoding: 'utf8', mode: 0o600 });
    } catch {
      // Nothing sensible to do: logging is best effort.
    }
  }

  private rotate(): void {
    const keep = Math.max(1, this.options.keep);
    fs.rmSync(this.file(keep - 1), { force: true });
    for (let i = keep - 2; i >= 0; i--) {
      if (fs.existsSync(this.file(i))) fs.renameSync(this.file(i), this.file(i + 1));
    }
  }
}
