import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { host } from '../../host';
import { hrefFor } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AddDocumentForm } from '../documents/AddDocumentForm';
import { DocumentList } from '../documents/DocumentList';
import { DOCUMENT_FILTERS } from '../documents/file-filters';

export function PersonPage({ personId }: { personId: string }) {
  const db = getDb();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [db, personId]);
  const documents = useLiveQuery(() => db.documents.where('personId').equals(personId).toArray(), [db, personId]);
  const [pending, setPending] = useState<OpenedFile[]>([]);
  const [error, setError] = useState<string>();

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
      <p className="muted">
        {person.functionTitle || 'Geen functie opgegeven'} · {person.clientContact ? 'direct cliëntcontact' : 'geen cliëntcontact'}
      </p>
      <ErrorMessage message={error} />
      {pending[0] && (
        <AddDocumentForm
          key={pending[0].name + pending.length}
          file={pending[0]}
          personId={person.id}
          remaining={pending.length - 1}
          onDone={() => setPending((p) => p.slice(1))}
        />
      )}
      <h2>Documenten</h2>
      <DocumentList documents={documents} />
    </section>
  );
}
