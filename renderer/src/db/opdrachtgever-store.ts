import type { Opdrachtgever } from '../../../shared/model';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';
import { newId, nowIso } from './ids';
import { activateKaders } from './kader-store';

export type OpdrachtgeverInput = Omit<Opdrachtgever, 'id' | 'createdAt' | 'updatedAt'>;

/** Adds or updates an opdrachtgever; its kaders are switched on in the profile in the same transaction. */
export async function saveOpdrachtgever(db: KwaliteitsmapDb, input: OpdrachtgeverInput, id?: string): Promise<Opdrachtgever> {
  return db.transaction('rw', db.opdrachtgevers, db.organisation, async () => {
    const existing = id ? await db.opdrachtgevers.get(id) : undefined;
    if (id && !existing) throw new UserError('Deze opdrachtgever bestaat niet meer.', 'opdrachtgever-missing');
    const now = nowIso();
    const row: Opdrachtgever = { ...input, id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? now, updatedAt: now };
    for (const key of ['contractStart', 'contractEnd', 'contact'] as const) if (!row[key]) delete row[key];
    await db.opdrachtgevers.put(row);
    await activateKaders(db, row.kaderIds);
    const back = await db.opdrachtgevers.get(row.id);
    if (!back || JSON.stringify(back) !== JSON.stringify(row)) throw new UserError('De opdrachtgever kon niet goed worden opgeslagen. Probeer het opnieuw.', 'opdrachtgever-verify');
    return row;
  });
}

export async function deleteOpdrachtgever(db: KwaliteitsmapDb, id: string): Promise<void> {
  await db.opdrachtgevers.delete(id);
}
