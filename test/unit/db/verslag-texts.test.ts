import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KwaliteitsmapDb } from '../../../renderer/src/db/database';
import { saveOrganisation, saveVerslagTexts } from '../../../renderer/src/db/organisation-store';
import { OrganisationRecord } from '../../../shared/backup/records';

let db: KwaliteitsmapDb;
beforeEach(async () => {
  db = new KwaliteitsmapDb(`verslag-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const profile = { kind: 'zzp' as const, staffCount: 1, services: [], clientGroups: ['wmo' as const], kaderIds: ['mg-wmo'] };

describe('kwaliteitsverslag texts', () => {
  it('are stored with the organisation, survive saving the intake and validate as a backup record', async () => {
    await expect(saveVerslagTexts(db, { introduction: 'x' })).rejects.toThrow(/organisatie/);
    await saveOrganisation(db, { name: 'Zorg BV', profile });
    const saved = await saveVerslagTexts(db, { introduction: 'Wij zijn klein.', themes: { 'mg-wmo:veiligheid': 'Zo doen wij het.', 'mg-wmo:personeel': '  ' }, listUnmet: true });
    // Empty theme texts are not kept.
    expect(saved).toEqual({ introduction: 'Wij zijn klein.', themes: { 'mg-wmo:veiligheid': 'Zo doen wij het.' }, listUnmet: true });
    // Saving the intake form (which knows nothing of the verslag) keeps them.
    await saveOrganisation(db, { name: 'Zorg BV', kvk: '12345678', profile });
    const org = await db.organisation.get('org');
    expect(org?.verslag).toEqual(saved);
    expect(org?.kvk).toBe('12345678');
    expect(OrganisationRecord.parse(org).verslag).toEqual(saved);
  });
});
