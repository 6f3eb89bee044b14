import type { Transaction } from 'dexie';

/**
 * v2 → v3 (issue 13): documents gain a history of detail corrections. Every stored document starts with an
 * empty history; nothing else changes, so a v2 database or backup comes through as it was.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((doc: Record<string, unknown>) => {
      if (!Array.isArray(doc.detailsHistory)) doc.detailsHistory = [];
    });
}
