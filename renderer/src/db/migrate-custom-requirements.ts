import type { Transaction } from 'dexie';
import { BUILTIN_KADERS, customRequirementsToKaders, type StoredCustomRequirement } from '../../../shared/kaders';
import type { Assessment, EvidenceDocument, Organisation, UserKader } from '../../../shared/model';
import { todayInAmsterdam } from '../../../shared/dates';

/**
 * v2 → v5: custom requirements become part of the kader model. Each kader with custom requirements
 * gets a user kader "Eigen eisen bij …" (active wherever its base kader was), and the assessments and
 * document links of those requirements follow their new ids. A row that is not a valid requirement stays
 * in `customRequirements`, where the app still reads it, so nothing is lost.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows = (await tx.table('customRequirements').toArray()) as StoredCustomRequirement[];
  if (rows.length === 0) return;
  const now = new Date().toISOString();
  const migrations = customRequirementsToKaders(rows, BUILTIN_KADERS, todayInAmsterdam());
  if (migrations.length === 0) return;
  const renamedByKader = new Map(migrations.map((m) => [m.baseKaderId, m]));
  const allRenamed = new Map(migrations.flatMap((m) => [...m.renamed]));

  for (const m of migrations) {
    const row: UserKader = { id: m.kader.id, kader: m.kader, origin: 'eigen-eisen', basedOn: m.baseKaderId, history: [], createdAt: now, updatedAt: now };
    await tx.table('userKaders').put(row);
    await tx.table('customRequirements').bulkDelete(m.rowIds);
  }

  const assessments = (await tx.table('assessments').toArray()) as Assessment[];
  for (const a of assessments) {
    const m = renamedByKader.get(a.kaderId);
    const newId = m?.renamed.get(a.requirementId);
    if (!m || !newId) continue;
    await tx.table('assessments').delete([a.kaderId, a.requirementId]);
    await tx.table('assessments').put({ ...a, kaderId: m.kader.id, requirementId: newId });
  }

  await tx
    .table('documents')
    .toCollection()
    .modify((doc: EvidenceDocument) => {
      if (Array.isArray(doc.links) && doc.links.some((l) => allRenamed.has(l))) doc.links = doc.links.map((l) => allRenamed.get(l) ?? l);
    });

  await tx
    .table('organisation')
    .toCollection()
    .modify((org: Organisation) => {
      const ids = org.profile?.kaderIds;
      if (!Array.isArray(ids)) return;
      for (const m of migrations) if (ids.includes(m.baseKaderId) && !ids.includes(m.kader.id)) ids.push(m.kader.id);
    });
}
