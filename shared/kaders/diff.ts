/**
 * What changes when one version of a kader replaces another: requirements added, removed and changed
 * (by id, so everything tied to an unchanged id — assessments, toelichtingen, n.v.t. reasons, document
 * links — simply stays), plus section and period changes. Shown to the user before an update is applied.
 */
import type { Kader, Requirement } from './schema';

export interface RequirementChange {
  id: string;
  text: string;
  /** Dutch names of the fields that differ, e.g. ["tekst", "bewijs"]. */
  fields: string[];
}

export interface KaderDiff {
  added: Requirement[];
  removed: Requirement[];
  changed: RequirementChange[];
  unchanged: number;
  /** Dutch lines for changes outside the requirements (title, sections, periods). */
  other: string[];
}

const FIELD_LABELS: Record<keyof Requirement, string> = {
  id: 'id',
  sectionId: 'onderdeel',
  text: 'tekst',
  sourceRef: 'bronverwijzing',
  scope: 'voor wie',
  evidence: 'bewijs',
  renewMonths: 'termijn',
  appliesWhen: 'wanneer van toepassing',
  startOfWork: 'startdatumregel',
  credential: 'kolom personeelsmatrix',
  hint: 'toelichting',
};

/** Order-independent JSON of plain data, so key order in a file never counts as a change. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function diffKaders(before: Kader, after: Kader): KaderDiff {
  const old = new Map(before.requirements.map((r) => [r.id, r]));
  const next = new Map(after.requirements.map((r) => [r.id, r]));
  const added = after.requirements.filter((r) => !old.has(r.id));
  const removed = before.requirements.filter((r) => !next.has(r.id));
  const changed: RequirementChange[] = [];
  let unchanged = 0;
  for (const r of after.requirements) {
    const prev = old.get(r.id);
    if (!prev) continue;
    const keys = new Set([...Object.keys(prev), ...Object.keys(r)] as (keyof Requirement)[]);
    const fields = [...keys].filter((k) => canonicalJson(prev[k]) !== canonicalJson(r[k])).map((k) => FIELD_LABELS[k] ?? k);
    if (fields.length > 0) changed.push({ id: r.id, text: r.text, fields });
    else unchanged++;
  }
  const other: string[] = [];
  if (before.title !== after.title) other.push(`Titel: ‘${before.title}’ wordt ‘${after.title}’.`);
  const oldSections = new Map(before.sections.map((s) => [s.id, s.title]));
  for (const s of after.sections) {
    const was = oldSections.get(s.id);
    if (was === undefined) other.push(`Nieuw onderdeel: ${s.title}.`);
    else if (was !== s.title) other.push(`Onderdeel ‘${was}’ heet nu ‘${s.title}’.`);
  }
  for (const s of before.sections) if (!after.sections.some((x) => x.id === s.id)) other.push(`Onderdeel vervalt: ${s.title}.`);
  if (canonicalJson(before.validity ?? {}) !== canonicalJson(after.validity ?? {})) other.push('De geldigheidstermijnen van het kader zijn veranderd.');
  return { added, removed, changed, unchanged, other };
}

export function isEmptyDiff(diff: KaderDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.other.length === 0;
}
