import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES, getEvidenceType } from '../../../../../shared/evidence';
import type { Person } from '../../../../../shared/model';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { sentenceCase } from '../../../lib/text';
import { DetailFieldInput } from '../DetailFieldInput';
import { missingField, storeMeta, type Draft, type ProposedSources, type Values } from './draft';
import { NewPersonFields } from './NewPersonFields';
import type { QueueItem } from './queue-store';

const NEW_PERSON = '__nieuw';

/** "voorgesteld" next to a field the app filled in from the document, with where it found it. */
function Proposed({ id, source }: { id: string; source: string | undefined }) {
  if (!source) return null;
  return (
    <p className="help proposed" id={id}>
      Voorgesteld: gevonden {source === 'tekst en bestandsnaam' ? 'in de tekst en de bestandsnaam' : source}.
    </p>
  );
}

/** The details of one queued file: the proposal pre-filled, every field editable, stored only on confirmation. */
export function QueueItemForm({
  item,
  values,
  proposed,
  people,
  today,
  onChange,
  onStore,
  onSkip,
  onRemove,
}: {
  item: QueueItem;
  values: Values;
  proposed: ProposedSources;
  people: Person[];
  today: string;
  onChange: (change: Partial<Draft>) => void;
  onStore: (meta: ReturnType<typeof storeMeta>) => Promise<void>;
  onSkip: () => void;
  onRemove: () => void;
}) {
  const [error, setError] = useState<string>();
  const [addingPerson, setAddingPerson] = useState(false);
  const type = getEvidenceType(values.typeKey);
  const p = `queue-${item.id}`;
  const busy = item.status === 'storing';
  const hint = (key: keyof ProposedSources) => (proposed[key] ? `${p}-${String(key).replace('.', '-')}-hint` : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingField(values, today);
    if (missing || !type) return setError(missing);
    setError(undefined);
    await onStore(storeMeta(type, values));
  }

  return (
    <form className="form-grid queue-form" onSubmit={submit} noValidate aria-label={`Gegevens van ${item.name}`}>
      {Object.keys(proposed).length > 0 && <p className="span help">Wat de app in het document las, staat al ingevuld. Controleer het voordat je opslaat.</p>}
      <label htmlFor={`${p}-type`}>Soort bewijs</label>
      <div>
        <select id={`${p}-type`} value={values.typeKey} onChange={(e) => onChange({ typeKey: e.target.value })} aria-describedby={hint('typeKey')}>
          <option value="">Kies…</option>
          {EVIDENCE_TYPES.map((t) => (
            <option key={t.key} value={t.key}>
              {sentenceCase(t.label)}
            </option>
          ))}
        </select>
        <Proposed id={`${p}-typeKey-hint`} source={proposed.typeKey} />
      </div>
      {type?.personal && (
        <>
          <label htmlFor={`${p}-person`}>Van wie</label>
          <div>
            <select
              id={`${p}-person`}
              value={addingPerson ? NEW_PERSON : values.personId}
              onChange={(e) => {
                if (e.target.value === NEW_PERSON) return setAddingPerson(true);
                setAddingPerson(false);
                onChange({ personId: e.target.value });
              }}
              aria-describedby={hint('personId')}
            >
              <option value="">Kies…</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
              <option value={NEW_PERSON}>Nieuwe persoon…</option>
            </select>
            {people.length === 0 && !addingPerson && <p className="help">Er staat nog niemand in Personeel. Kies “Nieuwe persoon…” om iemand toe te voegen.</p>}
            <Proposed id={`${p}-personId-hint`} source={proposed.personId} />
          </div>
          {addingPerson && (
            <NewPersonFields
              idPrefix={p}
              onAdded={(personId) => {
                setAddingPerson(false);
                onChange({ personId });
              }}
              onCancel={() => setAddingPerson(false)}
            />
          )}
        </>
      )}
      {type && (
        <>
          <label htmlFor={`${p}-title`}>Titel (optioneel)</label>
          <input id={`${p}-title`} value={values.title} placeholder={sentenceCase(type.label)} onChange={(e) => onChange({ title: e.target.value })} />
          {type.issueDate.use !== 'hidden' && (
            <>
              <label htmlFor={`${p}-issue`}>
                {type.issueDate.label}
                {type.issueDate.use === 'optional' ? ' (optioneel)' : ''}
              </label>
              <div>
                <input id={`${p}-issue`} type="date" value={values.issueDate} onChange={(e) => onChange({ issueDate: e.target.value })} aria-describedby={hint('issueDate')} />
                <Proposed id={`${p}-issueDate-hint`} source={proposed.issueDate} />
              </div>
            </>
          )}
          {type.validUntil.use !== 'hidden' && (
            <>
              <label htmlFor={`${p}-until`}>
                {type.validUntil.label}
                {type.validUntil.use === 'optional' ? ' (optioneel)' : ''}
              </label>
              <div>
                <input id={`${p}-until`} type="date" value={values.validUntil} onChange={(e) => onChange({ validUntil: e.target.value })} aria-describedby={hint('validUntil')} />
                <Proposed id={`${p}-validUntil-hint`} source={proposed.validUntil} />
              </div>
            </>
          )}
          {type.fields.map((f) => (
            <DetailFieldInput key={f.key} field={f} idPrefix={p} value={values.details[f.key]} onChange={(v) => onChange({ details: { ...item.draft.details, [f.key]: v } })} />
          ))}
          {type.fields
            .filter((f) => proposed[`details.${f.key}`])
            .map((f) => (
              <p key={f.key} className="help proposed span">
                {f.label}: voorgesteld, gevonden {proposed[`details.${f.key}`]}.
              </p>
            ))}
        </>
      )}
      <ErrorMessage message={error ?? item.error} />
      <div className="actions span">
        <button type="submit" className="primary" disabled={busy}>
          Document opslaan
        </button>
        <button type="button" onClick={onSkip} disabled={busy}>
          Overslaan
        </button>
        <button type="button" onClick={onRemove} disabled={busy}>
          Verwijderen uit de lijst
        </button>
      </div>
    </form>
  );
}
