import type { Transaction } from 'dexie';

/**
 * v1 → v2: documents gain revisions (versionGroup/supersedes) and explicit requirement links.
 * Every existing document starts its own version group and has no links yet.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((doc: Record<string, unknown>) => {
      if (typeof doc.versionGroup !== 'string') doc.versionGroup = doc.id;
      if (!Array.isArray(doc.links)) doc.links = [];
      if (typeof doc.details !== 'object' || doc.details === null) doc.details = {};
    });
  await tx
    .table('people')
    .toCollection()
    .modify((p: Record<string, unknown>) => {
      if (!Array.isArray(p.roles)) p.roles = [];
      if (typeof p.functionTitle !== 'string') p.functionTitle = '';
    });
}
