import { useLiveQuery } from 'dexie-react-hooks';
import { BUILTIN_KADERS, type Kader } from '../../../shared/kaders';
import { getDb } from '../db/database';
import { allKaders } from '../db/kader-store';

/** The built-in kaders a user can choose in the intake (the live list, with her own kaders: useKaderChoices). */
export const KADER_CHOICES = BUILTIN_KADERS.map((k) => ({ id: k.id, title: k.shortTitle ?? k.title, issuer: k.issuer }));

export function kaderById(id: string): Kader | undefined {
  return BUILTIN_KADERS.find((k) => k.id === id);
}

/** Built-in and user kaders, live from the database (the built-in ones while it loads). */
export function useAllKaders(): Kader[] {
  const db = getDb();
  return useLiveQuery(async () => allKaders(await db.userKaders.toArray()), [db]) ?? [...BUILTIN_KADERS];
}

/** Every kader as a choice for the intake and the opdrachtgever form. */
export function useKaderChoices(): { id: string; title: string; issuer: string }[] {
  return useAllKaders().map((k) => ({ id: k.id, title: k.shortTitle ?? k.title, issuer: k.issuer }));
}
