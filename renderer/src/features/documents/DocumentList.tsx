import type { EvidenceDocument } from '../../../../shared/model';
import { formatDateNl } from '../../../../shared/dates';
import { getEvidenceType } from '../../../../shared/evidence';
import { sentenceCase } from '../../lib/text';
import { hrefFor } from '../../app/routing';

export function DocumentList({ documents }: { documents: EvidenceDocument[] }) {
  const current = documents.filter((d) => !d.supersededBy);
  if (current.length === 0) return <p className="empty">Nog geen documenten.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Soort</th>
          <th scope="col">Afgegeven</th>
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
            <td>{d.issueDate ? formatDateNl(d.issueDate) : '—'}</td>
            <td>
              {d.fileName} <span className="muted">({Math.max(1, Math.round(d.size / 1024))} kB)</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
