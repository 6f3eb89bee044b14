import { useState, type FormEvent } from 'react';
import { getEvidenceType } from '../../../../../shared/evidence';
import type { Person } from '../../../../../shared/model';
import { DocumentFields, ProposedNote } from '../DocumentFields';
import { ownerOf } from '../document-values';
import { PersonField } from '../PersonField';
import { StoreActions } from '../StoreActions';
import { missingField, storeMeta, type Draft, type ProposedSources, type Values } from './draft';
import { NewPersonFields } from './NewPersonFields';
import type { QueueItem } from './queue-store';

const NEW_PERSON = '__nieuw';

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
  const owner = ownerOf(values, people);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingField(values, today, owner);
    if (missing || !type) return setError(missing);
    setError(undefined);
    await onStore(storeMeta(type, values));
  }

  const noPeople = people.length === 0 && !addingPerson;
  const person = (
    <>
      <PersonField
        id={`${p}-person`}
        people={people}
        value={addingPerson ? NEW_PERSON : values.personId}
        onChange={(personId) => {
          if (personId === NEW_PERSON) return setAddingPerson(true);
          setAddingPerson(false);
          onChange({ personId });
        }}
        help={
          noPeople || proposed.personId ? (
            <>
              {noPeople && 'Er staat nog niemand in Personeel. Kies “Nieuwe persoon…” om iemand toe te voegen.'}
              <ProposedNote source={proposed.personId} />
            </>
          ) : undefined
        }
      >
        <option value={NEW_PERSON}>Nieuwe persoon…</option>
      </PersonField>
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
  );

  return (
    <form className="form-grid queue-form" onSubmit={submit} noValidate aria-label={`Gegevens van ${item.name}`}>
      {Object.keys(proposed).length > 0 && <p className="span help">Wat de app in het document las, staat al ingevuld. Controleer het voordat je opslaat.</p>}
      <DocumentFields
        idPrefix={p}
        values={values}
        onChange={onChange}
        onDetail={(key, v) => onChange({ details: { ...item.draft.details, [key]: v } })}
        owner={owner}
        person={person}
        proposed={proposed}
      />
      <StoreActions error={error ?? item.error} busy={busy} onSkip={onSkip}>
        <button type="button" onClick={onRemove} disabled={busy}>
          Verwijderen uit de lijst
        </button>
      </StoreActions>
    </form>
  );
}
