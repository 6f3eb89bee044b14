import type { StaffMatrix, StaffMatrixRow } from '../../../../shared/engine';
import { formatDateNl } from '../../../../shared/dates';
import { hrefFor } from '../../app/routing';
import { StatusBadge } from '../../components/StatusBadge';

const NEEDS_ATTENTION = new Set(['verlopen', 'verloopt-binnenkort', 'ontbreekt']);

export function rowNeedsAttention(row: StaffMatrixRow): boolean {
  return Object.values(row.cells).some((c) => c && NEEDS_ATTENTION.has(c.status));
}

/** People × credentials with the status of each, as text and colour. */
export function StaffMatrixTable({ matrix, onlyAttention = false, caption }: { matrix: StaffMatrix; onlyAttention?: boolean; caption: string }) {
  const rows = onlyAttention ? matrix.rows.filter(rowNeedsAttention) : matrix.rows;
  if (matrix.rows.length === 0) return <p className="empty">Nog geen personen. Voeg iedereen toe die voor je werkt.</p>;
  if (rows.length === 0) return <p className="empty">Niets vraagt aandacht: alle bewijzen van het personeel zijn in orde.</p>;
  return (
    <div className="table-scroll">
      <table className="table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.personId}>
              <th scope="row">
                <a href={hrefFor('personeel', row.personId)}>{row.name}</a>
              </th>
              {matrix.columns.map((c) => {
                const cell = row.cells[c.key];
                return (
                  <td key={c.key}>
                    {cell ? (
                      <>
                        <StatusBadge status={cell.status} />
                        {cell.nextDeadline && cell.status !== 'ontbreekt' && <span className="cell-date">{formatDateNl(cell.nextDeadline)}</span>}
                      </>
                    ) : (
                      <span className="muted" aria-label="niet nodig">
                        —
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
