import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import type { OrganisationKind } from '../../../../shared/model';
import { getDb } from '../../db/database';
import { saveOrganisation } from '../../db/organisation-store';
import { ErrorMessage } from '../../components/ErrorMessage';

export function FirstRunPage() {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('zzp');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Vul de naam van je organisatie in.');
    try {
      await saveOrganisation(getDb(), {
        name: name.trim(),
        profile: {
          kind,
          staffCount: kind === 'zzp' ? 1 : 2,
          services: ['begeleiding'],
          clientGroups: ['wmo'],
          kaderIds: ['mg-wmo'],
        },
      });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <main className="first-run">
      <form className="card narrow" onSubmit={submit} noValidate>
        <h1>Welkom bij Kwaliteitsmap</h1>
        <p>Alles wat de gemeente van je vraagt, op één plek en alleen op deze computer. We beginnen met twee vragen.</p>
        <label htmlFor="org-name">Naam van de organisatie</label>
        <input id="org-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="organization" />
        <fieldset>
          <legend>Hoe werk je?</legend>
          <label className="choice">
            <input type="radio" name="kind" checked={kind === 'zzp'} onChange={() => setKind('zzp')} />
            Ik werk alleen (zzp'er)
          </label>
          <label className="choice">
            <input type="radio" name="kind" checked={kind === 'organisatie'} onChange={() => setKind('organisatie')} />
            Organisatie met personeel
          </label>
        </fieldset>
        <ErrorMessage message={error} />
        <button type="submit" className="primary">
          Beginnen
        </button>
      </form>
    </main>
  );
}
