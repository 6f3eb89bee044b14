import type { EvidenceDocument } from '../../../../shared/model';
import type { DocumentUse, EngineOutput } from '../../../../shared/engine';
import { getEvidenceType } from '../../../../shared/evidence';
import { formatDateNl } from '../../../../shared/dates';
import { sentenceCase } from '../../lib/text';
import { hrefFor } from '../../app/routing';
import { useEngine } from '../../app/engine';
import { StatusBadge } from '../../components/StatusBadge';
import { documentBadge } from './document-state';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  /** Current documents to list (superseded versions are left out). */
  documents: EvidenceDocument[];
  /** Adds a "Van" column: the person's name, or "Organisatie". */
  owners?: Map<string, string>;
  empty?: string;
}

/** "Wmo Midden-Groningen: 2 eisen" per kader, or the reason it counts for nothing. */
function CountsFor({ use, output }: { use: DocumentUse | undefined; output: EngineOutput }) {
  if (!use) return <>—</>;
  if (use.countsFor.length === 0) return <span className="tag">Telt nergens voor</span>;
  const names = new Map(output.kaders.map((k) => [k.id, k.shortTitle ?? k.title]));
  const texts = new Map(output.results.map((r) => [`${r.kaderId}:${r.requirementId}`, r.text]));
  return (
    <ul className="plain">
      {use.countsFor.map((k) => (
        <li key={k.kaderId} title={k.requirementIds.map((id) => texts.get(`${k.kaderId}:${id}`) ?? id).join('\n')}>
          {names.get(k.kaderId) ?? k.kaderId}: {k.requirementIds.length === 1 ? '1 eis' : `${k.requirementIds.length} eisen`}
        </li>
      ))}
    </ul>
  );
}

export function DocumentList({ documents, owners, empty = 'Nog geen documenten.' }: Props) {
  const engine = useEngine();
  const current = documents.filter((d) => !d.supersededBy);
  if (current.length === 0) return <p className="empty">{empty}</p>;
  const uses = new Map(engine?.output.documents.map((u) => [u.documentId, u]));
  return (
    <table className="table">
      <ColumnHeads names={['Document', ...(owners ? ['Van'] : []), 'Status', 'Laatste geldige dag', 'Telt mee voor', 'Bestand']} />
      <tbody>
        {current.map((d) => {
          const use = uses.get(d.id);
          const badge = use ? documentBadge(use.status, use.evidenceType) : undefined;
          return (
            <tr key={d.id} data-document-id={d.id}>
              <td>
                <a href={hrefFor('documenten', d.id)}>{d.title}</a>
                {/* The kind, under the title unless the title already says it. */}
                {d.title !== sentenceCase(getEvidenceType(d.evidenceType)?.label ?? d.evidenceType) && (
                  <span className="cell-date">{sentenceCase(getEvidenceType(d.evidenceType)?.label ?? d.evidenceType)}</span>
                )}
              </td>
              {owners && <td>{d.personId ? owners.get(d.personId) : 'Organisatie'}</td>}
              <td>{badge ? <StatusBadge status={badge.status} label={badge.label} /> : '—'}</td>
              <td className="date">
                {use?.lastValidDay ? formatDateNl(use.lastValidDay) : 'Geen einddatum'}
                {use && use.dateSource.kind !== 'ingevuld' && use.dateSource.kind !== 'geen' && (
                  <span className="cell-date">{use.dateSource.kind === 'advies' ? 'advies' : 'berekend'}</span>
                )}
              </td>
              <td>{engine ? <CountsFor use={use} output={engine.output} /> : '—'}</td>
              <td>
                {d.fileName} <span className="muted">({Math.max(1, Math.round(d.size / 1024))} kB)</span>
                {!d.mergeable && <span className="tag"> niet in pakket</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
