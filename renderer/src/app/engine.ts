import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { evaluate, type EngineOutput } from '../../../shared/engine';
import { customRequirementSchema, type CustomRequirement, type Kader } from '../../../shared/kaders';
import type { Assessment, EvidenceDocument, Opdrachtgever, Organisation, Person, UserKader } from '../../../shared/model';
import { todayInAmsterdam } from '../../../shared/dates';
import { getDb } from '../db/database';
import type { CustomRequirementRow } from '../db/schema';
import { useSettings } from './settings';
import { allKaders } from '../db/kader-store';

export interface VaultData {
  org: Organisation;
  people: Person[];
  documents: EvidenceDocument[];
  assessments: Assessment[];
  customRequirements: CustomRequirement[];
  /** Built-in kaders plus the user's own (the engine evaluates those in profile.kaderIds). */
  kaders: Kader[];
  userKaders: UserKader[];
  opdrachtgevers: Opdrachtgever[];
}

/** Stored custom requirements that still pass the kader schema; a damaged row is skipped, not fatal. */
export function toCustomRequirements(rows: CustomRequirementRow[]): CustomRequirement[] {
  return rows.flatMap((row) => {
    const parsed = customRequirementSchema.safeParse({ ...row.requirement, kaderId: row.kaderId, custom: true });
    return parsed.success ? [parsed.data] : [];
  });
}

/** Everything the engine reads, live from the database. */
export function useVaultData(): VaultData | undefined {
  const db = getDb();
  return useLiveQuery(async () => {
    const org = await db.organisation.get('org');
    if (!org) return undefined;
    const [people, documents, assessments, rows, userKaders, opdrachtgevers] = await Promise.all([
      db.people.toArray(),
      db.documents.toArray(),
      db.assessments.toArray(),
      db.customRequirements.toArray(),
      db.userKaders.toArray(),
      db.opdrachtgevers.orderBy('id').toArray(),
    ]);
    opdrachtgevers.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return { org, people, documents, assessments, customRequirements: toCustomRequirements(rows), kaders: allKaders(userKaders), userKaders, opdrachtgevers };
  }, [db]);
}

/** The engine's verdict on every requirement and person, recomputed when data or settings change. */
export function useEngine(peildatum?: string): { data: VaultData; output: EngineOutput } | undefined {
  const data = useVaultData();
  const { horizonDays } = useSettings();
  const day = peildatum ?? todayInAmsterdam();
  return useMemo(() => {
    if (!data) return undefined;
    const output = evaluate({
      peildatum: day,
      horizonDays,
      profile: data.org.profile,
      people: data.people,
      documents: data.documents,
      assessments: data.assessments,
      customRequirements: data.customRequirements,
      kaders: data.kaders,
    });
    return { data, output };
  }, [data, horizonDays, day]);
}
