import { useId } from 'react';
import type { EvidenceType } from '../../../../shared/evidence';
import type { EvidenceDocument, Person } from '../../../../shared/model';
import { getDb } from '../../db/database';
import { updateDocumentDetails } from '../../db/document-details-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormActions } from '../../components/FormActions';
import { DocumentFields } from './DocumentFields';
import { PersonField } from './PersonField';
import { useDocumentForm } from './use-document-form';

/**
 * Corrects a stored document's details (type, person, title, dates, per-type fields) without a new upload.
 * Each change lands in the document's history; the status everywhere recomputes from the live database.
 */
export function DocumentEditForm({ doc, people, onDone }: { doc: EvidenceDocument; people: Person[]; onDone: (message?: string) => void }) {
  const idPrefix = `edit-${useId().replace(/:/g, '')}`;
  const { values, change, setDetail, owner, error, busy, submit } = useDocumentForm(
    () => ({
      typeKey: doc.evidenceType,
      personId: doc.personId ?? '',
      title: doc.title,
      issueDate: doc.issueDate ?? '',
      validUntil: doc.validUntil ?? '',
      details: { ...doc.details },
    }),
    people,
  );

  async function save(type: EvidenceType) {
    const { personId, issueDate, validUntil } = values;
    const changes = await updateDocumentDetails(getDb(), doc.id, {
      evidenceType: type.key,
      title: values.title,
      details: values.details,
      ...(type.personal ? { personId } : {}),
      ...(issueDate ? { issueDate } : {}),
      ...(validUntil ? { validUntil } : {}),
    });
    onDone(changes.length === 0 ? 'Er was niets gewijzigd.' : `${changes.length} ${changes.length === 1 ? 'wijziging' : 'wijzigingen'} opgeslagen.`);
  }

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e, save)} noValidate aria-label="Gegevens van het document aanpassen">
      <p className="span help">Pas de gegevens aan zonder het bestand opnieuw toe te voegen. Elke wijziging komt in de geschiedenis hieronder.</p>
      <DocumentFields
        idPrefix={idPrefix}
        values={values}
        onChange={change}
        onDetail={setDetail}
        typeRequired
        owner={owner}
        person={<PersonField id={`${idPrefix}-person`} people={people} value={values.personId} onChange={(personId) => change({ personId })} />}
      />
      <ErrorMessage message={error} />
      <FormActions submitLabel="Wijzigingen opslaan" onCancel={() => onDone()} busy={busy} />
    </form>
  );
}
