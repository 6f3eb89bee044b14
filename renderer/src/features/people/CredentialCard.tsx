import { STATUS_SEVERITY } from '../../../../shared/engine';
import { formatDateNl } from '../../../../shared/dates';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { StatusBadge } from '../../components/StatusBadge';
import { ColumnHeads } from '../../components/ColumnHeads';

/** What this person must be able to show, across every active kader, worst first. */
export function CredentialCard({ personId }: { personId: string }) {
  const engine = useEngine();
  if (!engine) return null;
  if (engine.output.inactivePersonIds.includes(personId)) return <p className="muted">Deze persoon is uit dienst; er wordt niets meer gevraagd.</p>;
  const results = engine.output.results
    .filter((r) => r.personId === personId)
    .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status] || a.text.localeCompare(b.text, 'nl'));
  if (results.length === 0) return <p className="empty">Voor deze persoon gelden geen persoonlijke eisen.</p>;
  const kaderTitle = new Map(engine.output.kaders.map((k) => [k.id, k.shortTitle ?? k.title]));
  return (
    <table className="table">
      <caption>Wat deze persoon nodig heeft</caption>
      <ColumnHeads names={['Status', 'Eis', 'Wat te doen', 'Termijn']} />
      <tbody>
        {results.map((r) => (
          <tr key={r.key}>
            <td>
              <StatusBadge status={r.status} />
            </td>
            <td>
              <a href={hrefFor('checklist', r.kaderId, r.requirementId)}>{r.text}</a>
              {kaderTitle.size > 1 && <span className="cell-date">{kaderTitle.get(r.kaderId)}</span>}
            </td>
            <td>
              {r.status === 'niet-van-toepassing' ? r.reason : r.action}
              {r.remarks?.map((m) => (
                <span key={m} className="cell-date" role="note">
                  {m}
                </span>
              ))}
            </td>
            <td className="date">{r.nextDeadline ? formatDateNl(r.nextDeadline) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
