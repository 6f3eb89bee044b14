import type { Organisation, VerslagTexts } from '../../../shared/model';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

export type OrganisationInput = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveOrganisation(db: KwaliteitsmapDb, input: OrganisationInput): Promise<Organisation> {
  return db.transaction('rw', db.organisation, async () => {
    const existing = await db.organisation.get('org');
    const now = nowIso();
    // The verslag texts are written on the pack page; the intake form does not carry them.
    const keep = existing?.verslag && !('verslag' in input) ? { verslag: existing.verslag } : {};
    const org: Organisation = { ...keep, ...input, id: 'org', createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.organisation.put(org);
    return org;
  });
}

/** Stores the kwaliteitsverslag texts with the organisation and reads them back before saying it worked. */
export async function saveVerslagTexts(db: KwaliteitsmapDb, texts: VerslagTexts): Promise<VerslagTexts> {
  return db.transaction('rw', db.organisation, async () => {
    const existing = await db.organisation.get('org');
    if (!existing) throw new Error('Vul eerst de gegevens van je organisatie in.');
    const verslag: VerslagTexts = {
      ...(texts.introduction?.trim() ? { introduction: texts.introduction } : {}),
      themes: Object.fromEntries(Object.entries(texts.themes ?? {}).filter(([, t]) => t.trim() !== '')),
      listUnmet: texts.listUnmet ?? false,
    };
    await db.organisation.put({ ...existing, verslag, updatedAt: nowIso() });
    const back = await db.organisation.get('org');
    if (JSON.stringify(back?.verslag) !== JSON.stringify(verslag)) throw new Error('De tekst van het kwaliteitsverslag is niet goed opgeslagen. Probeer het opnieuw.');
    return verslag;
  });
}
