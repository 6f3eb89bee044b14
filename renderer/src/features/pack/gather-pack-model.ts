import { evaluate } from '../../../../shared/engine';
import { packModelFromEngine } from '../../../../shared/pack/from-engine';
import type { PackModel } from '../../../../shared/pack/model';
import type { KwaliteitsmapDb } from '../../db/database';
import type { VaultData } from '../../app/engine';

/**
 * Everything the pack needs on a peildatum: the engine's verdict on that date and the stored files of
 * exactly the revisions that prove it then (not simply the newest ones).
 */
export async function gatherPackModel(
  db: KwaliteitsmapDb,
  data: VaultData,
  options: { peildatum: string; horizonDays: number; appVersion: string; opdrachtgevers?: string[]; withFiles?: boolean },
): Promise<PackModel> {
  const output = evaluate({
    peildatum: options.peildatum,
    horizonDays: options.horizonDays,
    profile: data.org.profile,
    people: data.people,
    documents: data.documents,
    assessments: data.assessments,
    customRequirements: data.customRequirements,
    kaders: data.kaders,
  });
  const cited = [...new Set(output.results.flatMap((r) => r.documentIds))];
  const files = new Map<string, Uint8Array | Blob>();
  const fileCrc32s = new Map<string, number>();
  if (options.withFiles === false) {
    // A preview of what goes in (the page's choices): which files exist, not their bytes.
    const present = await db.contents.where(':id').anyOf(cited).primaryKeys();
    for (const id of present) files.set(String(id), new Uint8Array(0));
  } else {
    // The stored Blobs themselves: the worker reads one file at a time (a Blob crosses to it without its bytes).
    const contents = await db.contents.bulkGet(cited);
    const sha256s = new Map(data.documents.map((d) => [d.id, d.sha256]));
    for (const content of contents) {
      if (!content) continue;
      files.set(content.id, content.data);
      // Only a CRC-32 computed from the bytes this document's SHA-256 names (the build checks those bytes).
      if (content.crc32 && content.crc32.sha256 === sha256s.get(content.id)) fileCrc32s.set(content.id, content.crc32.value);
    }
  }
  const model = packModelFromEngine({
    output,
    kaders: data.kaders,
    organisation: data.org,
    documents: data.documents,
    files,
    fileCrc32s,
    assessments: data.assessments,
    profile: data.org.profile,
    generatedAt: new Date().toISOString(),
    appVersion: options.appVersion,
  });
  return options.opdrachtgevers?.length ? { ...model, opdrachtgevers: options.opdrachtgevers } : model;
}
