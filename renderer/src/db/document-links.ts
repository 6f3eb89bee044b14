import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';

/** Replaces a document's explicit requirement links in one write, and reads them back before saying it worked. */
export async function setDocumentLinks(db: KwaliteitsmapDb, documentId: string, links: readonly string[]): Promise<void> {
  const wanted = [...new Set(links)].sort();
  await db.transaction('rw', db.documents, async () => {
    const updated = await db.documents.update(documentId, { links: wanted });
    if (!updated) throw new UserError('Dit document bestaat niet meer.', 'not-found');
  });
  const back = await db.documents.get(documentId);
  if (!back || JSON.stringify([...back.links].sort()) !== JSON.stringify(wanted))
    throw new UserError('De koppelingen zijn niet goed opgeslagen. Probeer het opnieuw.', 'links-not-saved');
}
