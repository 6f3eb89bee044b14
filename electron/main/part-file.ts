import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** `.<name>.<12 hex>.part`: the only shape of file streamed saves create, and the only one start-up may remove. */
const PART_FILE_NAME = /^\..+\.[0-9a-f]{12}\.part$/s;

/**
 * A fresh part file beside `target`: hidden (on macOS and Linux) and unique, in the same folder so the final
 * rename cannot cross file systems.
 */
export function partPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
}

/** True only for an absolute, normalised path whose name has the part-file shape. */
export function isPartFilePath(candidate: string): boolean {
  return path.isAbsolute(candidate) && path.resolve(candidate) === candidate && PART_FILE_NAME.test(path.basename(candidate));
}
