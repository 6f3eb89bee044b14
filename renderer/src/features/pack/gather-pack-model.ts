import { evaluate } from '../../../../shared/engine';
import { BUILTIN_KADERS } from '../../../../shared/kaders';
import { packModelFromEngine } from '../../../../shared/pack/from-engine';
import type { PackModel } from '../../../../shared/pack/model';
import type { KwaliteitsmapDb } from '../../db/database';
import type { VaultData } from '../../app/engine';

/**
 * Everything the pack needs on a peildatum: the engine's verdict on that date and the bytes of
 * exactly the revisions that prove it then (not simply the newest ones).
 */
export async function gatherPackModel(
  db: KwaliteitsmapDb,
  data: VaultData,
  options: { peildatum: string; horizonDays: number; appVersion: string; withFiles?: boolean },
): Promise<PackModel> {
  const output = evaluate({
    peildatum: options.peildatum,
    horizonDays: options.horizonDays,
    profile: data.org.profile,
    people: data.people,
    documents: data.documents,
    assessments: data.assessments,
    customRequirements: data.customRequirements,
  });
  const cited = [...new Set(output.results.flatMap((r) => r.documentIds))];
  const files = new Map<string, Uint8Array>();
  if (options.withFiles === false) {
    // A preview of what goes in (the page's choices): which files exist, not their bytes.
    const present = await db.contents.where(':id').anyOf(cited).primaryKeys();
    for (const id of present) files.set(String(id), new Uint8Array(0));
  } else {
    const contents = await db.contents.bulkGet(cited);
    for (const content of contents) if (content) files.set(content.id, new Uint8Array(await content.data.arrayBuffer()));
  }
  return packModelFromEngine({
    output,
    kaders: BUILTIN_KADERS,
    organisation: data.org,
    documents: data.documents,
    files,
    assessments: data.assessments,
    profile: data.org.profile,
    generatedAt: new Date().toISOString(),
    appVersion: options.appVersion,
  });
}
