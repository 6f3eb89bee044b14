import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import { PERSON_KINDS, type Person, type PersonKind } from '../../../../shared/model';
import type { PersonInput } from '../../db/people-store';
import { ErrorMessage } from '../../components/ErrorMessage';
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
      <label htmlFor="p-name">Naam</label>
      <input id="p-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="off" />
      <label htmlFor="p-function">
        Functie <span className="optional">(optioneel)</span>
      </label>
      <input id="p-function" value={functionTitle} onChange={(e) => setFunctionTitle(e.target.value)} />
      <label htmlFor="p-kind">Soort</label>
      <select id="p-kind" value={kind} onChange={(e) => setKind(e.target.value as PersonKind)}>
        {PERSON_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label htmlFor="p-start">In dienst sinds</label>
      <input id="p-start" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
      <label htmlFor="p-end">In dienst tot (optioneel)</label>
      <input id="p-end" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      <label className="choice span">
        <input type="checkbox" checked={clientContact} onChange={(e) => setClientContact(e.target.checked)} />
        Direct cliëntcontact
      </label>
      <fieldset className="span roles">
        <legend>Rollen (optioneel)</legend>
        {ROLES.map((r) => (
          <label className="choice" key={r.key} title={r.description}>
            <input
              type="checkbox"
              checked={roles.includes(r.key)}
              onChange={(e) => setRoles(e.target.checked ? [...roles, r.key] : roles.filter((x) => x !== r.key))}
            />
            {r.label}
          </label>
        ))}
      </fieldset>
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary">
          Opslaan
        </button>
        <button type="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
