/**
 * Content rows no document refers to (issue #14: an older restore could leave gigabytes of them, which no screen
 * showed, no delete removed and every backup carried). A document and its content are always written and
 * deleted in one transaction, so in any committed state an unreferenced row is garbage.
 */
import type { KwaliteitsmapDb } from './database';

/** Deletes every unreferenced content row in one transaction; returns how many were removed. */
export async function removeOrphanContents(db: KwaliteitsmapDb): Promise<number> {
  return db.transaction('rw', db.documents, db.contents, async () => {
    const documentIds = new Set((await db.documents.toCollection().primaryKeys()).map(String));
    const orphans = (await db.contents.toCollection().primaryKeys()).filter((id) => !documentIds.has(String(id)));
    if (orphans.length > 0) await db.contents.bulkDelete(orphans);
    return orphans.length;
  });
}
