import { useId, useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES, firstMissingField, getEvidenceType, isFieldRequired } from '../../../../shared/evidence';
import type { DetailValue, EvidenceDocument, Person } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { updateDocumentDetails } from '../../db/document-details-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { sentenceCase } from '../../lib/text';
import { DetailFieldInput } from './DetailFieldInput';

/**
 * Corrects a stored document's details (type, person, title, dates, per-type fields) without a new upload.
 * Each change lands in the document's history; the status everywhere recomputes from the live database.
 */
export function DocumentEditForm({ doc, people, onDone }: { doc: EvidenceDocument; people: Person[]; onDone: (message?: string) => void }) {
  const idPrefix = `edit-${useId().replace(/:/g, '')}`;
  const [typeKey, setTypeKey] = useState(doc.evidenceType);
  const [personId, setPersonId] = useState(doc.personId ?? '');
  const [title, setTitle] = useState(doc.title);
  const [issueDate, setIssueDate] = useState(doc.issueDate ?? '');
  const [validUntil, setValidUntil] = useState(doc.validUntil ?? '');
  const [details, setDetails] = useState<Record<string, DetailValue>>({ ...doc.details });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const type = getEvidenceType(typeKey);
  const owner = type?.personal ? people.find((p) => p.id === personId) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!type) return setError('Kies de soort bewijs.');
    if (type.personal && !personId) return setError('Kies bij wie dit document hoort.');
    if (type.issueDate.use === 'required' && !issueDate) return setError(`Vul "${type.issueDate.label}" in.`);
    const missing = firstMissingField(type.fields, details, owner);
    if (missing) return setError(`Vul "${missing.label}" in.`);
    setBusy(true);
    try {
      const changes = await updateDocumentDetails(getDb(), doc.id, {
        evidenceType: type.key,
        title,
        details,
        ...(type.personal ? { personId } : {}),
        ...(issueDate ? { issueDate } : {}),
        ...(validUntil ? { validUntil } : {}),
      });
      onDone(changes.length === 0 ? 'Er was niets gewijzigd.' : `${changes.length} ${changes.length === 1 ? 'wijziging' : 'wijzigingen'} opgeslagen.`);
    } catch (e) {
      setError(userMessage(e));
      setBusy(false);
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Gegevens van het document aanpassen">
      <p className="span help">Pas de gegevens aan zonder het bestand opnieuw toe te voegen. Elke wijziging komt in de geschiedenis hieronder.</p>
      <label htmlFor={`${idPrefix}-type`}>Soort bewijs</label>
      <select id={`${idPrefix}-type`} value={typeKey} onChange={(e) => setTypeKey(e.target.value)}>
        {EVIDENCE_TYPES.map((t) => (
          <option key={t.key} value={t.key}>
            {sentenceCase(t.label)}
          </option>
        ))}
      </select>
      {type?.personal && (
        <>
          <label htmlFor={`${idPrefix}-person`}>Van wie</label>
          <select id={`${idPrefix}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">Kies…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${idPrefix}-title`}>Titel</label>
      <input id={`${idPrefix}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      {type && type.issueDate.use !== 'hidden' && (
        <>
          <label htmlFor={`${idPrefix}-issue`}>{type.issueDate.label}</label>
          <input id={`${idPrefix}-issue`} type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} />
        </>
      )}
      {type && type.validUntil.use !== 'hidden' && (
        <>
          <label htmlFor={`${idPrefix}-until`}>
            {type.validUntil.label}
            {type.validUntil.use === 'optional' ? ' (optioneel)' : ''}
          </label>
          <input id={`${idPrefix}-until`} type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </>
      )}
      {type?.fields.map((f) => (
        <DetailFieldInput
          key={f.key}
          field={f}
          idPrefix={idPrefix}
          required={isFieldRequired(f, owner)}
          value={details[f.key]}
          onChange={(v) =>
            setDetails((d) => {
              const next = { ...d };
              if (v === undefined) delete next[f.key];
              else next[f.key] = v;
              return next;
            })
          }
        />
      ))}
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary" disabled={busy}>
          Wijzigingen opslaan
        </button>
        <button type="button" onClick={() => onDone()} disabled={busy}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
