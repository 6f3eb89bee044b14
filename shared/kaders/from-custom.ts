/**
 * Custom requirements (before schema v5 they were stored apart, per kader) become user kaders:
 * for each kader that had some, one kader "Eigen eisen bij …" with id `<kader>-eigen`, holding them under
 * the sections they named. Requirement ids get the form the loader needs (`<kader>.<section>.<name>`),
 * so the migration also returns the id mapping for assessments and document links.
 */
import { safeLoadKader } from './load';
import type { Kader } from './schema';

export interface StoredCustomRequirement {
  id: string;
  kaderId: string;
  requirement: Record<string, unknown>;
  createdAt?: string;
}

export interface CustomMigration {
  kader: Kader;
  /** The kader the requirements were added to. */
  baseKaderId: string;
  /** Old requirement id → new one. */
  renamed: Map<string, string>;
  /** Row ids that were carried over (the others stay where they were). */
  rowIds: string[];
}

export function ownRequirementsKaderId(baseKaderId: string): string {
  return `${baseKaderId}-eigen`;
}

function nameFrom(oldId: string): string {
  const tail = oldId.split('.').pop() ?? oldId;
  return tail.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'eis';
}

/** One user kader per base kader; rows that do not make a valid requirement are left out (and left stored). */
export function customRequirementsToKaders(rows: readonly StoredCustomRequirement[], builtin: readonly Kader[], today: string): CustomMigration[] {
  const byKader = new Map<string, StoredCustomRequirement[]>();
  for (const row of rows) byKader.set(row.kaderId, [...(byKader.get(row.kaderId) ?? []), row]);
  const out: CustomMigration[] = [];
  for (const [baseKaderId, list] of byKader) {
    const base = builtin.find((k) => k.id === baseKaderId);
    const id = ownRequirementsKaderId(baseKaderId);
    const title = `Eigen eisen bij ${base?.shortTitle ?? base?.title ?? baseKaderId}`;
    const kader: Kader = {
      id,
      title,
      shortTitle: title,
      issuer: base?.issuer ?? 'Eigen eisen',
      version: '1',
      source: { document: 'Eigen eisen, toegevoegd in Kwaliteitsmap', date: today, dateNote: 'Datum waarop de eigen eisen in een eigen kader zijn gezet.' },
      sections: [],
      requirements: [],
    };
    const renamed = new Map<string, string>();
    const rowIds: string[] = [];
    const used = new Set<string>();
    for (const row of list) {
      const sectionId = typeof row.requirement.sectionId === 'string' && /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(row.requirement.sectionId) ? row.requirement.sectionId : 'eigen-eisen';
      let newId = `${id}.${sectionId}.${nameFrom(String(row.requirement.id ?? row.id))}`;
      for (let n = 2; used.has(newId); n++) newId = `${id}.${sectionId}.${nameFrom(String(row.requirement.id ?? row.id))}-${n}`;
      const candidate = { ...row.requirement, id: newId, sectionId };
      const sections = kader.sections.some((s) => s.id === sectionId)
        ? kader.sections
        : [...kader.sections, { id: sectionId, title: base?.sections.find((s) => s.id === sectionId)?.title ?? 'Eigen eisen' }];
      const trial = safeLoadKader({ ...kader, sections, requirements: [...kader.requirements, candidate] });
      if (!trial.ok) continue;
      kader.sections = trial.kader.sections;
      kader.requirements = trial.kader.requirements;
      used.add(newId);
      renamed.set(String(row.requirement.id ?? row.id), newId);
      rowIds.push(row.id);
    }
    if (kader.requirements.length > 0) out.push({ kader, baseKaderId, renamed, rowIds });
  }
  return out;
}
