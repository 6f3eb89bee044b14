/**
 * Making a kader the user can edit: a copy of an existing one under a new id, or an empty start.
 * Requirement ids must begin with `<kader id>.<section id>.`, so a copy renames them; assessments of
 * the original stay with the original (a copy is a different kader for a different opdrachtgever).
 */
import { todayInAmsterdam } from '../dates';
import type { Kader } from './schema';

/** Kaders are plain JSON, so a JSON round trip is a deep copy. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A kader id from a name: lower case, digits and hyphens ("Wmo gemeente Oss" → "wmo-gemeente-oss"). */
export function kaderIdFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || 'kader';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface CopyOptions {
  id: string;
  title: string;
  issuer: string;
  /** ISO date the copy was made (default: today in Amsterdam). */
  today?: string;
}

/** A copy of `source` under a new id; everything else (sections, requirements, periods) is kept. */
export function copyKader(source: Kader, options: CopyOptions): Kader {
  const prefix = `${source.id}.`;
  return {
    ...clone(source),
    id: options.id,
    title: options.title,
    shortTitle: options.title,
    issuer: options.issuer,
    version: '1',
    source: {
      document: `Aangepaste kopie van ${source.title} (versie ${source.version})`,
      date: options.today ?? todayInAmsterdam(),
      dateNote: 'Datum waarop de kopie in Kwaliteitsmap is gemaakt.',
    },
    requirements: source.requirements.map((r) => ({
      ...clone(r),
      id: r.id.startsWith(prefix) ? `${options.id}.${r.id.slice(prefix.length)}` : `${options.id}.${r.sectionId}.${r.id.replace(/[^a-z0-9-]+/g, '-')}`,
    })),
  };
}

/** The smallest valid kader: one section with one requirement the user then rewrites. */
export function emptyKader(options: CopyOptions): Kader {
  return {
    id: options.id,
    title: options.title,
    shortTitle: options.title,
    issuer: options.issuer,
    version: '1',
    source: { document: options.title, date: options.today ?? todayInAmsterdam(), dateNote: 'Datum waarop het kader in Kwaliteitsmap is begonnen.' },
    sections: [{ id: 'algemeen', title: 'Algemeen' }],
    requirements: [
      {
        id: `${options.id}.algemeen.eerste-eis`,
        sectionId: 'algemeen',
        text: 'Beschrijf hier de eerste eis van dit kader.',
        sourceRef: { section: 'Algemeen', bullet: '1' },
        scope: { level: 'organisatie' },
        evidence: [],
      },
    ],
  };
}
