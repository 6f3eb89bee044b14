import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES, firstMissingField, getEvidenceType, isFieldRequired } from '../../../../shared/evidence';
import { validateDocumentDates } from '../../../../shared/files';
import type { DetailValue, Person } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DetailFieldInput } from './DetailFieldInput';
import { sentenceCase } from '../../lib/text';
import type { StoreItem } from '../../workers/vault-handlers';

export interface DetailsPreset {
  evidenceType?: string;
  personId?: string;
  /** Renewal: the new file becomes the next version of this document. */
  supersedesId?: string;
}

/** The details of one checked file, per evidence type, before it is stored. */
export function DocumentDetailsForm({
  token,
  fileName,
  note,
  people,
  preset,
  onStore,
  onSkip,
}: {
  token: string;
  fileName: string;
  note?: string | undefined;
  people: Person[];
  preset: DetailsPreset;
  onStore: (item: StoreItem) => Promise<void>;
  onSkip: () => void;
}) {
  const [typeKey, setTypeKey] = useState(preset.evidenceType ?? '');
  // A zzp'er is the only person: her documents are hers without asking.
  const [personId, setPersonId] = useState(preset.personId ?? (people.length === 1 ? people[0]!.id : ''));
  const [title, setTitle] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [details, setDetails] = useState<Record<string, DetailValue>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const type = getEvidenceType(typeKey);
  const idPrefix = `doc-${token}`;
  const types = preset.personId ? EVIDENCE_TYPES.filter((t) => t.personal) : EVIDENCE_TYPES;
  const owner = type?.personal ? people.find((p) => p.id === personId) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!type) return setError('Kies de soort bewijs.');
    if (type.personal && !personId) return setError('Kies bij wie dit document hoort.');
    if (type.issueDate.use === 'required' && !issueDate) return setError(`Vul "${type.issueDate.label}" in.`);
    if (type.validUntil.use === 'required' && !validUntil) return setError(`Vul "${type.validUntil.label}" in.`);
    const missing = firstMissingField(type.fields, details, owner);
    if (missing) return setError(`Vul "${missing.label}" in.`);
    const problems = validateDocumentDates({
      issueDate: type.issueDate.use === 'hidden' ? undefined : issueDate,
      validUntil: type.validUntil.use === 'hidden' ? undefined : validUntil,
    });
    if (problems[0]) return setError(problems[0].message);
    setBusy(true);
    try {
      await onStore({
        token,
        meta: {
          evidenceType: type.key,
          ...(type.personal ? { personId } : {}),
          title: title.trim() || sentenceCase(type.label),
          ...(issueDate && type.issueDate.use !== 'hidden' ? { issueDate } : {}),
          ...(validUntil && type.validUntil.use !== 'hidden' ? { validUntil } : {}),
          details,
          links: [],
        },
        ...(preset.supersedesId ? { supersedesId: preset.supersedesId } : {}),
      });
    } catch (e) {
      setError(userMessage(e));
      setBusy(false);
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label={`Gegevens van ${fileName}`}>
      <p className="span">
        <strong>{fileName}</strong>
        {preset.supersedesId && <span className="muted"> — nieuwe versie</span>}
      </p>
      {note && <p className="span notice">{note}</p>}
      <label htmlFor={`${idPrefix}-type`}>Soort bewijs</label>
      <select id={`${idPrefix}-type`} value={typeKey} onChange={(e) => setTypeKey(e.target.value)} disabled={!!preset.supersedesId}>
        <option value="">Kies…</option>
        {types.map((t) => (
          <option key={t.key} value={t.key}>
            {sentenceCase(t.label)}
          </option>
        ))}
      </select>
      {type?.personal && !preset.personId && (
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
      {type && (
        <>
          <label htmlFor={`${idPrefix}-title`}>Titel (optioneel)</label>
          <input id={`${idPrefix}-title`} value={title} placeholder={sentenceCase(type.label)} onChange={(e) => setTitle(e.target.value)} />
          {type.issueDate.use !== 'hidden' && (
            <>
              <label htmlFor={`${idPrefix}-issue`}>{type.issueDate.label}</label>
              <input id={`${idPrefix}-issue`} type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} />
            </>
          )}
          {type.validUntil.use !== 'hidden' && (
            <>
              <label htmlFor={`${idPrefix}-until`}>
                {type.validUntil.label}
                {type.validUntil.use === 'optional' ? ' (optioneel)' : ''}
              </label>
              <input id={`${idPrefix}-until`} type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
            </>
          )}
          {type.fields.map((f) => (
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
        </>
      )}
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary" disabled={busy}>
          Document opslaan
        </button>
        <button type="button" onClick={onSkip} disabled={busy}>
          Overslaan
        </button>
      </div>
    </form>
  );
}
