import type {
  PackAttachment,
  PackInclude,
  PackModel,
  PackOptions,
  PackRequirementEntry,
  PackSection,
  PackStaffMatrix,
  PackStatus,
} from './model';

/** Statuses a reader has to act on. */
export function needsAttention(status: PackStatus): boolean {
  return status === 'expiring' || status === 'partial' || status === 'not-met';
}

/** The model after the user's choices (kaders, include) are applied; attachments in pack order. */
export interface PackSelection {
  model: PackModel;
  include: PackInclude;
  kaders: PackModel['kaders'];
  sections: PackSection[];
  staffMatrix?: PackStaffMatrix;
  /** Attachments that belong in the pack, ordered by the first requirement that cites them. */
  attachments: PackAttachment[];
  /** Personal documents left out with include = 'no-personal' (counted on the cover). */
  omittedPersonal: number;
}

export const INCLUDE_LABELS: Record<PackInclude, string> = {
  all: 'Alles',
  attention: 'Alleen wat aandacht nodig heeft',
  'no-personal': 'Zonder persoonlijke documenten van medewerkers',
};

export function selectForPack(model: PackModel, options: PackOptions = {}): PackSelection {
  const include = options.include ?? 'all';
  const kaderFilter = options.kaderIds && options.kaderIds.length > 0 ? new Set(options.kaderIds) : undefined;
  const kaders = kaderFilter ? model.kaders.filter((k) => kaderFilter.has(k.id)) : model.kaders;

  const omittedPersonalIds = new Set<string>();
  const sections: PackSection[] = [];
  for (const section of model.sections) {
    if (kaderFilter && !kaderFilter.has(section.kaderId)) continue;
    const entries: PackRequirementEntry[] = [];
    for (const entry of section.entries) {
      if (include === 'attention' && !needsAttention(entry.status)) continue;
      if (include === 'no-personal') {
        const kept = entry.documents.filter((d) => !d.personal);
        for (const d of entry.documents) if (d.personal) omittedPersonalIds.add(d.documentId);
        entries.push({ ...entry, documents: kept });
      } else {
        entries.push(entry);
      }
    }
    if (entries.length > 0) sections.push({ ...section, entries });
  }

  let staffMatrix = model.staffMatrix;
  if (staffMatrix && include === 'attention') {
    const rows = staffMatrix.rows.filter((r) => r.cells.some((c) => needsAttention(c.status)));
    staffMatrix = rows.length > 0 ? { columns: staffMatrix.columns, rows } : undefined;
  }
  if (staffMatrix && staffMatrix.rows.length === 0) staffMatrix = undefined;

  // Order attachments by the first entry citing them; keep only requirement ids that are in the pack.
  const order = new Map<string, number>();
  let position = 0;
  for (const s of sections) for (const e of s.entries) order.set(e.id, position++);
  const attachments: PackAttachment[] = [];
  for (const a of model.attachments) {
    if (include === 'no-personal' && a.personal) {
      omittedPersonalIds.add(a.documentId);
      continue;
    }
    const requirementIds = a.requirementIds.filter((id) => order.has(id));
    if (requirementIds.length === 0) continue;
    requirementIds.sort((x, y) => (order.get(x) as number) - (order.get(y) as number));
    const unchanged = requirementIds.every((id, i) => id === a.requirementIds[i]) && requirementIds.length === a.requirementIds.length;
    attachments.push(unchanged ? a : { ...a, requirementIds });
  }
  attachments.sort(
    (a, b) => (order.get(a.requirementIds[0] as string) as number) - (order.get(b.requirementIds[0] as string) as number),
  );
  return { model, include, kaders, sections, staffMatrix, attachments, omittedPersonal: omittedPersonalIds.size };
}
