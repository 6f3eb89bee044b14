import { STATUS_LABELS, type Status } from '../../../../shared/engine';
import { formatDateNl } from '../../../../shared/dates';
import type { Organisation } from '../../../../shared/model';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { StorageNotice } from '../../app/StorageNotice';
import { StaffMatrixTable } from '../staff/StaffMatrixTable';
import { nextDeadlines } from './attention';
import { todoItems } from './todo-list';
import { TodoList } from './TodoList';
import { AuthoringSummary } from '../authoring/AuthoringSummary';
import { useState } from 'react';
import { overviewScope } from './opdrachtgever-scope';

const COUNT_COLUMNS: Status[] = ['in-orde', 'verloopt-binnenkort', 'verlopen', 'ontbreekt', 'niet-van-toepassing', 'handmatig-beoordeeld'];

export function OverviewPage({ org }: { org: Organisation }) {
  const engine = useEngine();
  const [forId, setForId] = useState('');
  if (!engine) return null;
  const { output } = engine;
  const opdrachtgevers = engine.data.opdrachtgevers;
  const chosen = opdrachtgevers.find((o) => o.id === forId);
  const scope = overviewScope(output, chosen);
  const todo = todoItems(scope.results);
  const nothingStoredYet = engine.data.documents.length === 0;
  const upcoming = nextDeadlines(scope.deadlines);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overzicht</h1>
      <p className="muted">
        {org.name} · peildatum {formatDateNl(output.peildatum)}
      </p>

      <StorageNotice />

      {opdrachtgevers.length > 0 && (
        <div className="toolbar">
          <label htmlFor="ov-for">Bekijk voor</label>
          <select id="ov-for" value={chosen?.id ?? ''} onChange={(e) => setForId(e.target.value)} aria-describedby={chosen ? 'ov-for-note' : undefined}>
            <option value="">Alle kaders</option>
            {opdrachtgevers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {chosen && (
            <p id="ov-for-note" className="muted" style={{ margin: 0 }}>
              {scope.kaders.length === 0
                ? `Voor ${chosen.name} is nog geen kader gekozen. Kies de kaders bij Opdrachtgevers.`
                : `Alleen wat ${chosen.name} vraagt: ${scope.kaders.map((k) => k.shortTitle ?? k.title).join(', ')}. Termijnen van documenten die voor geen enkele eis tellen, blijven zichtbaar.`}
            </p>
          )}
        </div>
      )}

      <h2>{nothingStoredYet ? 'Begin hier' : 'Wat nu aandacht vraagt'}</h2>
      {todo.length === 0 ? (
        <p className="empty">Alles is in orde. Er is niets verlopen en er verloopt niets binnen {output.horizonDays} dagen.</p>
      ) : (
        <TodoList items={todo} />
      )}

      <AuthoringSummary data={engine.data} results={scope.results} />

      <h2>Per kader</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Kader</th>
              {COUNT_COLUMNS.map((s) => (
                <th scope="col" key={s}>
                  {STATUS_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scope.kaders.map((k) => (
              <tr key={k.id}>
                <th scope="row">
                  <a href={hrefFor('checklist', k.id)}>{k.shortTitle ?? k.title}</a>
                </th>
                {COUNT_COLUMNS.map((s) => (
                  <td key={s}>{output.counts.perKader[k.id]?.[s] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Eerstvolgende termijnen</h2>
      {upcoming.length === 0 ? (
        <p className="empty">Er staan geen termijnen gepland.</p>
      ) : (
        <ul className="deadlines">
          {upcoming.map((d) => (
            <li key={d.key}>
              <time dateTime={d.date}>{formatDateNl(d.date)}</time> — {d.title}
              <span className="muted"> (over {d.daysLeft} dagen)</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Personeel</h2>
      <StaffMatrixTable matrix={output.staffMatrix} caption="Bewijzen per persoon" />
    </section>
  );
}
