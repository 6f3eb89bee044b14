import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { evaluate, type EngineOutput } from '../../../shared/engine';
import { customRequirementSchema, type CustomRequirement } from '../../../shared/kaders';
import type { Assessment, EvidenceDocument, Organisation, Person } from '../../../shared/model';
import { todayInAmsterdam } from '../../../shared/dates';
import { getDb } from '../db/database';
import type { CustomRequirementRow } from '../db/schema';
import { useSettings } from './settings';

export interface VaultData {
  org: Organisation;
  people: Person[];
  documents: EvidenceDocument[];
  assessments: Assessment[];
  customRequirements: CustomRequirement[];
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
    const [people, documents, assessments, rows] = await Promise.all([
      db.people.toArray(),
      db.documents.toArray(),
      db.assessments.toArray(),
      db.customRequirements.toArray(),
    ]);
    return { org, people, documents, assessments, customRequirements: toCustomRequirements(rows) };
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
    });
    return { data, output };
  }, [data, horizonDays, day]);
}
