import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { host } from '../../host';
import { hrefFor, navigate } from '../../app/routing';
import { updatePerson } from '../../db/people-store';
import { PersonForm } from './PersonForm';
import { ErasePersonDialog } from './ErasePersonDialog';
import { CredentialCard } from './CredentialCard';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ImportPanel } from '../documents/ImportPanel';
import { DropZone } from '../../components/DropZone';
import { DocumentList } from '../documents/DocumentList';
import { DOCUMENT_FILTERS } from '../documents/file-filters';
import { formatDateNl } from '../../../../shared/dates';

export function PersonPage({ personId }: { personId: string }) {
  const db = getDb();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [db, personId]);
  const documents = useLiveQuery(() => db.documents.where('personId').equals(personId).toArray(), [db, personId]);
  const [pending, setPending] = useState<OpenedFile[]>([]);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);

  if (person === undefined || documents === undefined) return null;
  if (person === null)
    return (
      <p className="empty">
        Deze persoon bestaat niet (meer). <a href={hrefFor('personeel')}>Terug naar personeel</a>
      </p>
    );

  async function chooseFiles() {
    setError(undefined);
    try {
      const files = await host.openFiles({ filters: DOCUMENT_FILTERS, multiple: true, title: 'Document toevoegen' });
      setPending(files);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="person-title">
      <p>
        <a href={hrefFor('personeel')}>← Personeel</a>
      </p>
      <div className="page-head">
        <h1 id="person-title">{person.name}</h1>
        <button type="button" className="primary" onClick={chooseFiles}>
          Document toevoegen
        </button>
      </div>
      {editing ? (
        <PersonForm
          initial={person}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await updatePerson(db, person.id, input);
            setEditing(false);
          }}
        />
      ) : (
        <div className="person-meta">
          <p className="muted">
            {person.functionTitle || 'Geen functie opgegeven'} · {person.clientContact ? 'direct cliëntcontact' : 'geen cliëntcontact'}
            {person.endDate ? ` · uit dienst per ${formatDateNl(person.endDate)}` : ''}
          </p>
          <div className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              Gegevens wijzigen
            </button>
            <button type="button" onClick={() => setErasing(true)}>
              Persoon verwijderen…
            </button>
          </div>
        </div>
      )}
      {erasing && (
        <ErasePersonDialog
          person={person}
          onClose={() => setErasing(false)}
          onErased={() => navigate('personeel')}
        />
      )}
      <ErrorMessage message={error} />
      {pending.length > 0 ? (
        <ImportPanel files={pending} preset={{ personId: person.id }} onClose={() => setPending([])} />
      ) : (
        <DropZone onFiles={setPending} />
      )}
      <h2>Bewijzen</h2>
      <CredentialCard personId={person.id} />
      <h2>Documenten</h2>
      <DocumentList documents={documents} />
    </section>
  );
}
