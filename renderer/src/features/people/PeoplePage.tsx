import { useState } from 'react';
import { getDb } from '../../db/database';
import { navigate } from '../../app/routing';
import { useEngine } from '../../app/engine';
import { StaffMatrixTable } from '../staff/StaffMatrixTable';
import { PersonForm } from './PersonForm';
import { addPerson } from '../../db/people-store';

export function PeoplePage() {
  const db = getDb();
  const engine = useEngine();
  const [adding, setAdding] = useState(false);
  const [onlyAttention, setOnlyAttention] = useState(false);

  if (!engine) return null;
  const { people } = engine.data;
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
        <>
          <div className="toolbar">
            <label className="choice">
              <input type="checkbox" checked={onlyAttention} onChange={(e) => setOnlyAttention(e.target.checked)} />
              Alles wat aandacht nodig heeft
            </label>
          </div>
          <StaffMatrixTable matrix={engine.output.staffMatrix} onlyAttention={onlyAttention} caption="Personeel en bewijzen" />
          {engine.output.inactivePersonIds.length > 0 && (
            <p className="muted">
              Uit dienst: {people.filter((p) => engine.output.inactivePersonIds.includes(p.id)).map((p) => p.name).join(', ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
