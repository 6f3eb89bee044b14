import type { Organisation } from '../../../shared/model';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

export type OrganisationInput = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveOrganisation(db: KwaliteitsmapDb, input: OrganisationInput): Promise<Organisation> {
  return db.transaction('rw', db.organisation, async () => {
    const existing = await db.organisation.get('org');
    const now = nowIso();
    const org: Organisation = { ...input, id: 'org', createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.organisation.put(org);
    return org;
  });
}
