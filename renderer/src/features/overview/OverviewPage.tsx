import { useLiveQuery } from 'dexie-react-hooks';
import type { Organisation } from '../../../../shared/model';
import { getDb } from '../../db/database';
import { hrefFor } from '../../app/routing';
import { vogStatus } from './minimal-vog-rule';
import { todayInAmsterdam } from '../../../../shared/dates';

export function OverviewPage({ org }: { org: Organisation }) {
  const db = getDb();
  const data = useLiveQuery(async () => ({ people: await db.people.orderBy('name').toArray(), documents: await db.documents.toArray() }), [db]);
  if (!data) return null;
  const today = todayInAmsterdam();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overzicht</h1>
      <p className="muted">{org.name}</p>
      {data.people.length === 0 ? (
        <p className="empty">
          Nog geen personen. <a href={hrefFor('personeel')}>Voeg personeel toe</a>.
        </p>
      ) : (
        <table className="table">
          <caption>VOG per persoon</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">VOG</th>
            </tr>
          </thead>
          <tbody>
            {data.people.map((p) => {
              const status = vogStatus(p, data.documents, today);
              return (
                <tr key={p.id}>
                  <td>
                    <a href={hrefFor('personeel', p.id)}>{p.name}</a>
                  </td>
                  <td>
                    <span className={`status status-${status.kind}`}>{status.label}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
