import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { saveFirstIntake } from '../../../renderer/src/db/intake-store';
import { validateOwner } from '../../../shared/organisation/owner';
import type { OrganisationInput } from '../../../renderer/src/db/organisation-store';

let db: KwaliteitsmapDb;
beforeEach(async () => {
  db = new KwaliteitsmapDb(`intake-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const zzp: OrganisationInput = {
  name: 'Zorg door Sanne',
  contactPerson: 'Sanne Bakker',
  profile: { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] },
};

describe('first intake', () => {
  it("enters a zzp'er as a person of her own organisation: eigenaar, client contact, her start date", async () => {
    await saveFirstIntake(db, zzp, { name: '  Sanne Bakker ', startDate: '2024-03-01' });
    expect((await db.organisation.get('org'))?.name).toBe('Zorg door Sanne');
    const people = await db.people.toArray();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Sanne Bakker', kind: 'eigenaar', clientContact: true, startDate: '2024-03-01', roles: [] });
  });

  it('does not add her twice when an owner is already there (a restored backup, a second intake)', async () => {
    await saveFirstIntake(db, zzp, { name: 'Sanne Bakker', startDate: '2024-03-01' });
    await saveFirstIntake(db, zzp, { name: 'Sanne Bakker', startDate: '2024-03-01' });
    expect(await db.people.count()).toBe(1);
  });

  it('stores nothing, the organisation included, when her details are not valid', async () => {
    await expect(saveFirstIntake(db, zzp, { name: 'Sanne', startDate: 'geen datum' as '' })).rejects.toThrow('Vul de datum in waarop je als zorgverlener begon.');
    expect(await db.organisation.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('stores nothing when the person cannot be written (one transaction)', async () => {
    db.people.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveFirstIntake(db, zzp, { name: 'Sanne', startDate: '2024-03-01' })).rejects.toThrow();
    expect(await db.organisation.count()).toBe(0);
  });

  it('asks for her name and a start date that is not in the future', () => {
    expect(validateOwner({ name: ' ', startDate: '' }, '2026-12-01')).toEqual({
      ownerName: 'Vul je eigen naam in.',
      ownerStartDate: 'Vul de datum in waarop je als zorgverlener begon.',
    });
    expect(validateOwner({ name: 'Sanne', startDate: '2027-01-01' }, '2026-12-01').ownerStartDate).toBe('Deze datum ligt in de toekomst.');
    expect(validateOwner({ name: 'Sanne', startDate: '2026-12-01' }, '2026-12-01')).toEqual({});
  });
});
