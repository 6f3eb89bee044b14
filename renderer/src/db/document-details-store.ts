/**
 * Correcting a stored document's details without re-uploading the file: type, person, title, dates and the
 * per-type fields. Every change is appended to the document's history in the same transaction, and the
 * record is read back before the change counts as saved.
 */
import { getEvidenceType } from '../../../shared/evidence';
import { diffDocumentFields, type DetailChange, type EditableDocumentFields } from '../../../shared/model';
import { validateDocumentDates } from '../../../shared/files';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

/** Applies the edited fields; returns the changes recorded (empty when nothing differed). */
export async function updateDocumentDetails(db: KwaliteitsmapDb, id: string, edited: EditableDocumentFields): Promise<DetailChange[]> {
  const type = getEvidenceType(edited.evidenceType);
  if (!type) throw new UserError('Kies de soort bewijs.', 'invalid-type');
  if (type.personal && !edited.personId) throw new UserError('Kies bij wie dit document hoort.', 'person-required');
  const problems = validateDocumentDates({ issueDate: edited.issueDate ?? '', validUntil: edited.validUntil ?? '' });
  if (problems[0]) throw new UserError(problems[0].message, 'invalid-dates');
  // Only fields the (new) type knows are kept, so a type change leaves no stray details behind.
  const known = new Set(type.fields.map((f) => f.key));
  const details = Object.fromEntries(Object.entries(edited.details).filter(([k, v]) => known.has(k) && v !== '' && !(Array.isArray(v) && v.length === 0)));
  const next: EditableDocumentFields = {
    evidenceType: type.key,
    title: edited.title.trim() || type.label,
    details,
    ...(type.personal && edited.personId ? { personId: edited.personId } : {}),
    ...(edited.issueDate && type.issueDate.use !== 'hidden' ? { issueDate: edited.issueDate } : {}),
    ...(edited.validUntil && type.validUntil.use !== 'hidden' ? { validUntil: edited.validUntil } : {}),
  };
  return db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(id);
    if (!doc) throw new UserError('Dit document bestaat niet meer.', 'not-found');
    const changes = diffDocumentFields(doc, next, nowIso());
    if (changes.length === 0) return [];
    const { personId: _p, issueDate: _i, validUntil: _v, ...rest } = doc;
    void _p;
    void _i;
    void _v;
    const updated = { ...rest, ...next, detailsHistory: [...(doc.detailsHistory ?? []), ...changes] };
    await db.documents.put(updated);
    const back = await db.documents.get(id);
    if (!back || JSON.stringify(back) !== JSON.stringify(updated)) {
      throw new UserError('De wijziging kon niet foutloos worden opgeslagen. Er is niets veranderd.', 'verify-failed');
    }
    return changes;
  });
}
