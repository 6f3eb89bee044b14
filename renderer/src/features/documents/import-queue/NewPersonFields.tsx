import { useState } from 'react';
import { todayInAmsterdam } from '../../../../../shared/dates';
import { userMessage } from '../../../../../shared/errors/user-error';
import { PERSON_KINDS, type PersonKind } from '../../../../../shared/model';
import { PERSON_KIND_LABELS } from '../../../../../shared/engine';
import { getDb } from '../../../db/database';
import { addPerson } from '../../../db/people-store';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { SelectOptions } from '../../../components/SelectOptions';
import { sentenceCase } from '../../../lib/text';

/**
 * "Nieuwe persoon…" inside the queue's "Van wie": the few facts a person needs, stored at once, so the
 * user never has to leave the queue. The rest (function, roles) can be added on the person's page.
 */
export function NewPersonFields({ idPrefix, onAdded, onCancel }: { idPrefix: string; onAdded: (personId: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('medewerker');
  const [startDate, setStartDate] = useState(todayInAmsterdam());
  const [clientContact, setClientContact] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!name.trim()) return setError('Vul een naam in.');
    if (!startDate) return setError('Vul de datum in dienst in.');
    setBusy(true);
    try {
      const person = await addPerson(getDb(), { name: name.trim(), functionTitle: '', roles: [], kind, startDate, clientContact });
      onAdded(person.id);
    } catch (e) {
      setError(userMessage(e));
      setBusy(false);
    }
  }

  return (
    <fieldset className="span new-person">
      <legend>Nieuwe persoon</legend>
      <div className="form-grid">
        <FormField id={`${idPrefix}-np-name`} label="Naam">
          {(control) => (
            <input
              {...control}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the person; it must not submit the document form around these fields.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void add();
                }
              }}
              autoComplete="off"
            />
          )}
        </FormField>
        <FormField id={`${idPrefix}-np-kind`} label="Soort">
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as PersonKind)}>
              <SelectOptions options={PERSON_KINDS.map((k) => ({ value: k, label: sentenceCase(PERSON_KIND_LABELS[k]) }))} />
            </select>
          )}
        </FormField>
        <FormField id={`${idPrefix}-np-start`} label="In dienst sinds">
          {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
        </FormField>
        <label className="choice span">
          <input type="checkbox" checked={clientContact} onChange={(e) => setClientContact(e.target.checked)} />
          Heeft contact met cliënten
        </label>
        <ErrorMessage message={error} />
        <div className="actions span">
          <button type="button" className="primary" onClick={() => void add()} disabled={busy}>
            Persoon toevoegen
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            Annuleren
          </button>
        </div>
      </div>
    </fieldset>
  );
}
