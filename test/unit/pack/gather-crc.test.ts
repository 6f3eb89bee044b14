/**
 * gatherPackModel hands the pack the CRC-32 stored with each file, only where it was computed from the bytes
 * the document's SHA-256 names (DocumentContent.crc32).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { storeDocuments, type DocumentToStore } from '../../../renderer/src/db/document-store';
import { gatherPackModel } from '../../../renderer/src/features/pack/gather-pack-model';
import type { VaultData } from '../../../renderer/src/app/engine';
import { BUILTIN_KADERS } from '../../../shared/kaders';
import type { Organisation } from '../../../shared/model';
import { sha256Hex } from '../../../shared/files/sha256';
import { agencyInput, PEILDATUM } from '../engine/scenario';

let db: KwaliteitsmapDb;
beforeEach(async () => {
  db = new KwaliteitsmapDb(`gather-crc-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function vault(): Promise<VaultData> {
  const input = agencyInput();
  const items: DocumentToStore[] = await Promise.all(
    input.documents.map(async (d, i) => {
      const bytes = new TextEncoder().encode(`%PDF-1.4 document ${i}`);
      return {
        bytes,
        meta: {
          evidenceType: d.evidenceType,
          personId: d.personId,
          title: d.title ?? d.evidenceType,
          fileName: `${i}.pdf`,
          mimeType: 'application/pdf',
          fileKind: 'pdf' as const,
          mergeable: true,
          size: bytes.length,
          sha256: await sha256Hex(bytes),
          issueDate: d.issueDate,
          validUntil: d.validUntil,
          details: d.details ?? {},
          links: d.links ?? [],
        },
      };
    }),
  );
  const documents = await storeDocuments(db, items);
  const org = { name: 'Zorgbureau De Brug', profile: input.profile } as Organisation;
  return { org, people: [...input.people] as VaultData['people'], documents, assessments: [], customRequirements: [], kaders: [...BUILTIN_KADERS], userKaders: [], opdrachtgevers: [] };
}

describe('gatherPackModel and the stored CRC-32', () => {
  it('passes each file’s stored CRC-32, and not one stored for other bytes', async () => {
    const data = await vault();
    const options = { peildatum: PEILDATUM, horizonDays: 60, appVersion: 'test' };
    const model = await gatherPackModel(db, data, options);
    expect(model.attachments.length).toBeGreaterThan(3);
    for (const a of model.attachments) expect(a.crc32).toBe((await db.contents.get(a.documentId))!.crc32!.value);

    // A CRC-32 recorded for a different SHA-256 (bytes replaced since) is not handed on: the build computes it.
    const [first, second] = model.attachments;
    await db.contents.update(first!.documentId, { crc32: { sha256: 'ab'.repeat(32), value: 1 } });
    await db.contents.update(second!.documentId, { crc32: undefined });
    const again = await gatherPackModel(db, data, options);
    expect(again.attachments.find((a) => a.documentId === first!.documentId)!.crc32).toBeUndefined();
    expect(again.attachments.find((a) => a.documentId === second!.documentId)!.crc32).toBeUndefined();
    expect(again.attachments.filter((a) => a.crc32 !== undefined)).toHaveLength(model.attachments.length - 2);
  });
});
