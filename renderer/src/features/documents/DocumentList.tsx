import type { EvidenceDocument } from '../../../../shared/model';
import { getEvidenceType } from '../../../../shared/evidence';
import { formatDateNl } from '../../../../shared/dates';
import { sentenceCase } from '../../lib/text';
import { hrefFor } from '../../app/routing';

interface Props {
  /** Current documents to list (superseded versions are left out). */
  documents: EvidenceDocument[];
  /** Adds a "Van" column: the person's name, or "Organisatie". */
  owners?: Map<string, string>;
  empty?: string;
}

export function DocumentList({ documents, owners, empty = 'Nog geen documenten.' }: Props) {
  const current = documents.filter((d) => !d.supersededBy);
  if (current.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Soort</th>
          {owners && <th scope="col">Van</th>}
          <th scope="col">Datum</th>
          <th scope="col">Bestand</th>
        </tr>
      </thead>
      <tbody>
        {current.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={hrefFor('documenten', d.id)}>{d.title}</a>
            </td>
            <td>{sentenceCase(getEvidenceType(d.evidenceType)?.label ?? d.evidenceType)}</td>
            {owners && <td>{d.personId ? owners.get(d.personId) : 'Organisatie'}</td>}
            <td className="date">{d.issueDate ? formatDateNl(d.issueDate) : '—'}</td>
            <td>
              {d.fileName} <span className="muted">({Math.max(1, Math.round(d.size / 1024))} kB)</span>
              {!d.mergeable && <span className="tag"> niet in pakket</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
