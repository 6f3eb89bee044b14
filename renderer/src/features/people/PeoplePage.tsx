import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../../db/database';
import { hrefFor, navigate } from '../../app/routing';
import { PersonForm } from './PersonForm';
import { addPerson } from '../../db/people-store';

export function PeoplePage() {
  const db = getDb();
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), [db]);
  const [adding, setAdding] = useState(false);

  if (!people) return null;
  return (
    <section aria-labelledby="people-title">
      <div className="page-head">
        <h1 id="people-title">Personeel</h1>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Persoon toevoegen
          </button>
        )}
      </div>
      {adding && (
        <PersonForm
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const person = await addPerson(db, input);
            setAdding(false);
            navigate('personeel', person.id);
          }}
        />
      )}
      {people.length === 0 && !adding ? (
        <p className="empty">Nog niemand toegevoegd. Voeg jezelf en iedereen met cliëntcontact toe.</p>
      ) : (
        <ul className="list">
          {people.map((p) => (
            <li key={p.id}>
              <a href={hrefFor('personeel', p.id)}>{p.name}</a>
              <span className="muted">{p.functionTitle}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
