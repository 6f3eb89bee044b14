import { useState } from 'react';
import { formatDateNl } from '../../../../shared/dates';
import { ROLE_LABELS } from '../../../../shared/evidence';
import type { DocumentFix } from '../../../../shared/engine';
import type { EvidenceDocument } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { getDb } from '../../db/database';
import { updatePerson } from '../../db/people-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { documentBadge } from './document-state';

/**
 * What the document is good for: its own status and last valid day (and where that date comes from), the
 * requirements it counts for per kader (automatic links by type are shown ticked), and — when it counts for
 * nothing — why, with the one-click fix where there is one.
 */
export function DocumentUsePanel({ doc, onEdit, onLink }: { doc: EvidenceDocument; onEdit: () => void; onLink: () => void }) {
  const engine = useEngine();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  if (!engine) return null;
  const use = engine.output.documents.find((d) => d.documentId === doc.id);
  if (!use) return null;
  const texts = new Map(engine.output.results.map((r) => [`${r.kaderId}:${r.requirementId}`, r.text]));
  const kaderName = new Map(engine.output.kaders.map((k) => [k.id, k.shortTitle ?? k.title]));
  const badge = documentBadge(use.status, use.evidenceType);

  async function applyFix(fix: DocumentFix) {
    setError(undefined);
    if (fix.kind === 'gegevens-aanpassen') return onEdit();
    if (fix.kind === 'koppelen') return onLink();
    try {
      const db = getDb();
      const person = await db.people.get(fix.personId);
      if (!person) throw new Error('Deze persoon bestaat niet meer.');
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = person;
      void _id;
      void _c;
      void _u;
      await updatePerson(db, person.id, { ...rest, roles: [...new Set([...person.roles, fix.role])] });
      setDone(`${person.name} heeft nu de rol ${ROLE_LABELS[fix.role] ?? fix.role}.`);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="use-title" className="document-use">
      <h2 id="use-title">Geldigheid en waarvoor het telt</h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={badge.status} label={badge.label} /> {use.statusText}
        </dd>
        <dt>Laatste geldige dag</dt>
        <dd>
          {use.lastValidDay ? formatDateNl(use.lastValidDay) : 'Geen einddatum'}
          <span className="help" data-testid="date-source">
            {' '}
            — {use.dateSource.kind === 'geen' ? 'er is geen einddatum ingevuld en voor dit soort document geldt geen termijn' : use.dateSource.text}
            {use.dateSource.kind === 'advies' || use.dateSource.kind === 'berekend' ? '. Staat er een einddatum op het document? Vul die in via “Gegevens aanpassen”; die gaat voor.' : ''}
          </span>
        </dd>
      </dl>
      {use.remarks.map((r) => (
        <p key={r} className="notice" role="note">
          {r}
        </p>
      ))}
      {use.countsFor.length > 0 ? (
        <div data-testid="counts-for">
          <h3>Telt mee voor</h3>
          {use.countsFor.map((k) => (
            <fieldset key={k.kaderId}>
              <legend>{kaderName.get(k.kaderId) ?? k.kaderId}</legend>
              {k.requirementIds.map((id) => (
                <label className="choice" key={id}>
                  <input type="checkbox" checked readOnly disabled aria-describedby={`how-${id}`} />
                  <a href={hrefFor('checklist', k.kaderId, id)}>{texts.get(`${k.kaderId}:${id}`) ?? id}</a>{' '}
                  <span className="muted" id={`how-${id}`}>
                    ({doc.links.includes(id) ? 'zelf gekoppeld' : 'automatisch, op soort'})
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      ) : (
        use.countsForNothing && (
          <div className="notice" data-testid="counts-for-nothing">
            <p>{use.countsForNothing.reason}</p>
            {use.current && use.lastValidDay && <p className="help">De einddatum wordt wel bewaakt onder Termijnen en in de agenda-export.</p>}
            {use.countsForNothing.fix && (
              <button type="button" onClick={() => void applyFix(use.countsForNothing!.fix!)}>
                {use.countsForNothing.fix.label}
              </button>
            )}
          </div>
        )
      )}
      {done && <p role="status">{done}</p>}
      <ErrorMessage message={error} />
    </section>
  );
}
