import type { Person } from '../../../shared/model';
import type { KwaliteitsmapDb } from './database';
import { newId, nowIso } from './ids';

export type PersonInput = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

export async function addPerson(db: KwaliteitsmapDb, input: PersonInput): Promise<Person> {
  const now = nowIso();
  const person: Person = { ...input, id: newId(), createdAt: now, updatedAt: now };
  await db.people.add(person);
  return person;
}

export async function updatePerson(db: KwaliteitsmapDb, id: string, input: PersonInput): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const existing = await db.people.get(id);
    if (!existing) throw new Error('person not found');
    const person: Person = { ...existing, ...input, id, updatedAt: nowIso() };
    await db.people.put(person);
    return person;
  });
}

/** What erasing a person removes: shown to the user before they confirm. */
export async function erasurePreview(db: KwaliteitsmapDb, id: string) {
  const documents = await db.documents.where('personId').equals(id).toArray();
  return { documents };
}

/** AVG erasure: the person and every revision of their documents, in one transaction. */
export async function erasePerson(db: KwaliteitsmapDb, id: string): Promise<number> {
  return db.transaction('rw', db.people, db.documents, db.contents, async () => {
    const ids = await db.documents.where('personId').equals(id).primaryKeys();
    await db.contents.bulkDelete(ids);
    await db.documents.bulkDelete(ids);
    await db.people.delete(id);
    return ids.length;
  });
}
