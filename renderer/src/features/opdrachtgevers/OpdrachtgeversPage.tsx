import { useState } from 'react';
import { STATUS_LABELS, type Status } from '../../../../shared/engine';
import { OPDRACHTGEVER_KIND_LABELS, type Opdrachtgever } from '../../../../shared/model';
import { formatDateNl } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { getDb } from '../../db/database';
import { deleteOpdrachtgever } from '../../db/opdrachtgever-store';
import { StatusBadge } from '../../components/StatusBadge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OpdrachtgeverForm } from './OpdrachtgeverForm';
import { summariseOpdrachtgever } from './opdrachtgever-summary';
import '../kaders/kaders.css';

const COUNTED: Status[] = ['in-orde', 'verloopt-binnenkort', 'verlopen', 'ontbreekt'];
const ATTENTION_SHOWN = 8;

/** For whom the user works, which kader each applies, and where she stands with each of them. */
export function OpdrachtgeversPage() {
  const engine = useEngine();
  const [editing, setEditing] = useState<Opdrachtgever | 'new'>();
  const [view, setView] = useState('alle');
  const [removing, setRemoving] = useState<Opdrachtgever>();
  const [error, setError] = useState<string>();
  if (!engine) return null;
  const { data, output } = engine;
  const known = new Set(data.kaders.map((k) => k.id));
  const kaderTitle = (id: string) => {
    const k = data.kaders.find((x) => x.id === id);
    return k ? (k.shortTitle ?? k.title) : id;
  };
  const shown = view === 'alle' ? data.opdrachtgevers : data.opdrachtgevers.filter((o) => o.id === view);

  return (
    <section aria-labelledby="og-title">
      <div className="page-head">
        <h1 id="og-title">Opdrachtgevers</h1>
        <button type="button" onClick={() => setEditing('new')}>
          Opdrachtgever toevoegen
        </button>
      </div>
      <p>
        Voor wie werk je? Leg per gemeente, zorgkantoor of hoofdaannemer vast welk kwaliteitskader geldt. Eén document telt mee voor
        elk kader dat erom vraagt, dus je slaat een VOG of diploma maar één keer op.
      </p>
      {editing && (
        <OpdrachtgeverForm existing={editing === 'new' ? undefined : editing} kaders={data.kaders} onDone={() => setEditing(undefined)} />
      )}
      <ErrorMessage message={error} />
      {data.opdrachtgevers.length === 0 ? (
        !editing && (
          <p className="empty">
            Je hebt nog geen opdrachtgevers vastgelegd. Voeg er een toe om per opdrachtgever te zien wat in orde is en om een bewijspakket
            per opdrachtgever te maken.
          </p>
        )
      ) : (
        <div className="toolbar">
          <label htmlFor="og-view">Overzicht voor</label>
          <select id="og-view" value={view} onChange={(e) => setView(e.target.value)}>
            <option value="alle">Alle opdrachtgevers ({data.opdrachtgevers.length})</option>
            {data.opdrachtgevers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown.map((o) => {
        const s = summariseOpdrachtgever(o, output, known);
        const headingId = `og-${o.id}`;
        return (
          <article key={o.id} className="card og-card" aria-labelledby={headingId}>
            <div className="og-head">
              <h2 id={headingId}>{o.name}</h2>
              <span className="tag">{OPDRACHTGEVER_KIND_LABELS[o.kind]}</span>
            </div>
            <dl className="facts">
              <div className="fact">
                <dt>Kader</dt>
                <dd>
                  {o.kaderIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      {known.has(id) ? <a href={hrefFor('checklist', id)}>{kaderTitle(id)}</a> : `${id} (bestaat niet meer)`}
                    </span>
                  ))}
                </dd>
              </div>
              {s.contract && (
                <div className="fact">
                  <dt>Contract</dt>
                  <dd className={s.contract.warn ? 'warning' : undefined}>{s.contract.text}</dd>
                </div>
              )}
              {o.contact && (
                <div className="fact">
                  <dt>Contact</dt>
                  <dd>{o.contact}</dd>
                </div>
              )}
            </dl>
            <table className="table">
              <caption>Stand van zaken voor {o.name} op {formatDateNl(output.peildatum)}</caption>
              <thead>
                <tr>
                  {COUNTED.map((st) => (
                    <th scope="col" key={st}>
                      {STATUS_LABELS[st]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {COUNTED.map((st) => (
                    <td key={st}>{s.counts[st]}</td>
                  ))}
                </tr>
              </tbody>
            </table>
            <h3>Wat aandacht vraagt voor {o.name}</h3>
            {s.attention.length === 0 ? (
              <p className="empty">Alles voor deze opdrachtgever is in orde.</p>
            ) : (
              <ol className="attention" aria-label={`Aandachtspunten ${o.name}`}>
                {s.attention.slice(0, ATTENTION_SHOWN).map((r) => (
                  <li key={r.key}>
                    <StatusBadge status={r.status} />
                    <div>
                      <a href={hrefFor('checklist', r.kaderId, r.requirementId)}>
                        {r.personName ? `${r.personName}: ` : ''}
                        {r.text}
                      </a>
                      <p className="action">{r.action}</p>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {s.attention.length > ATTENTION_SHOWN && <p className="muted">En nog {s.attention.length - ATTENTION_SHOWN} punten in de checklist.</p>}
            <div className="actions">
              <a className="button-link" href={hrefFor('pakket', o.id)}>
                Bewijspakket voor {o.name}
              </a>
              <button type="button" onClick={() => setEditing(o)}>
                Wijzigen
              </button>
              <button type="button" onClick={() => setRemoving(o)}>
                Verwijderen
              </button>
            </div>
          </article>
        );
      })}
      {removing && (
        <ConfirmDialog
          title={`${removing.name} verwijderen?`}
          confirmLabel="Verwijderen"
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={async () => {
            try {
              await deleteOpdrachtgever(getDb(), removing.id);
            } catch (e) {
              setError(userMessage(e));
            }
            setRemoving(undefined);
          }}
        >
          <p>De opdrachtgever verdwijnt uit de lijst. Kaders, documenten en beoordelingen blijven bewaard.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
