import { FormActions } from '../../components/FormActions';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import { PERSON_KINDS, type Person, type PersonKind } from '../../../../shared/model';
import type { PersonInput } from '../../db/people-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ROLES } from '../../../../shared/evidence';
import { todayInAmsterdam } from '../../../../shared/dates';

const KIND_LABELS: Record<PersonKind, string> = {
  medewerker: 'Medewerker',
  'zzp-onderaannemer': 'Zzp-onderaannemer',
  vrijwilliger: 'Vrijwilliger',
  stagiair: 'Stagiair',
  eigenaar: 'Eigenaar',
};

export function PersonForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Person;
  onSubmit: (input: PersonInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [functionTitle, setFunctionTitle] = useState(initial?.functionTitle ?? '');
  const [kind, setKind] = useState<PersonKind>(initial?.kind ?? 'medewerker');
  const [startDate, setStartDate] = useState(initial?.startDate ?? todayInAmsterdam());
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [clientContact, setClientContact] = useState(initial?.clientContact ?? true);
  const [roles, setRoles] = useState<string[]>(initial?.roles ?? []);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Vul een naam in.');
    if (!startDate) return setError('Vul de datum in dienst in.');
    if (endDate && endDate < startDate) return setError('De datum uit dienst ligt vóór de datum in dienst.');
    try {
      await onSubmit({
        name: name.trim(),
        functionTitle: functionTitle.trim(),
        roles,
        kind,
        startDate,
        ...(endDate ? { endDate } : {}),
        clientContact,
      });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Gegevens van de persoon">
      <FormField id="p-name" label="Naam">
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="off" />}
      </FormField>
      <FormField id="p-function" label="Functie" optional>
        {(control) => <input {...control} value={functionTitle} onChange={(e) => setFunctionTitle(e.target.value)} />}
      </FormField>
      <FormField id="p-kind" label="Soort">
        {(control) => (
          <select {...control} value={kind} onChange={(e) => setKind(e.target.value as PersonKind)}>
            <SelectOptions options={PERSON_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          </select>
        )}
      </FormField>
      <FormField id="p-start" label="In dienst sinds">
        {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
      </FormField>
      <FormField id="p-end" label="In dienst tot" optional>
        {(control) => <input {...control} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />}
      </FormField>
      <label className="choice span">
        <input type="checkbox" checked={clientContact} onChange={(e) => setClientContact(e.target.checked)} />
        Direct cliëntcontact
      </label>
      <CheckboxGroup
        id="p-roles"
        className="span roles"
        legend="Rollen"
        optional
        options={ROLES.map((r) => ({ value: r.key, label: r.label, title: r.description }))}
        selected={roles}
        onChange={setRoles}
      />
      <ErrorMessage message={error} />
      <FormActions submitLabel="Opslaan" onCancel={onCancel} />
    </form>
  );
}
