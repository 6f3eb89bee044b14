import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` (one buffer, or consecutive parts) to `target` through a temporary file in the same
 * folder and a rename, so a failed or interrupted write never leaves a half file under the chosen name
 * (and never damages an existing file of that name).
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      if (Array.isArray(bytes)) {
        // writev takes many buffers per call; batches stay well under the system's IOV_MAX.
        for (let i = 0; i < bytes.length; i += 512) await handle.writev(bytes.slice(i, i + 512));
      } else {
        await handle.writeFile(bytes as Uint8Array);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
