import type { OwnerDraft } from '../../../shared/organisation/owner';
import { ownerPerson, validateOwner } from '../../../shared/organisation/owner';
import { todayInAmsterdam } from '../../../shared/dates';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';
import { newId, nowIso } from './ids';
import { saveOrganisation, type OrganisationInput } from './organisation-store';

/**
 * The first intake: the organisation and, for a zzp'er, herself as a person, in one transaction
 * (both or neither). With an owner already entered she is not added a second time.
 */
export async function saveFirstIntake(db: KwaliteitsmapDb, org: OrganisationInput, owner?: OwnerDraft): Promise<void> {
  const problem = owner && Object.values(validateOwner(owner, todayInAmsterdam()))[0];
  if (problem) throw new UserError(problem);
  await db.transaction('rw', db.organisation, db.people, async () => {
    await saveOrganisation(db, org);
    if (!owner) return;
    const hasOwner = (await db.people.filter((p) => p.kind === 'eigenaar').count()) > 0;
    if (hasOwner) return;
    const now = nowIso();
    await db.people.add({ ...ownerPerson(owner), id: newId(), createdAt: now, updatedAt: now });
  });
}
