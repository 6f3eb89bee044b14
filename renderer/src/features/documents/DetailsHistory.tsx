import { APP_TIME_ZONE, formatDateNl, isIsoDate, todayInAmsterdam } from '../../../../shared/dates';
import { getEvidenceType } from '../../../../shared/evidence';
import type { DetailChange, DetailValue, EvidenceDocument, Person } from '../../../../shared/model';
import { sentenceCase } from '../../lib/text';
import { ColumnHeads } from '../../components/ColumnHeads';

const TOP_LABELS: Record<string, string> = { evidenceType: 'Soort bewijs', personId: 'Van wie', title: 'Titel' };

/** Dutch label of a changed field, per the document's current type (dates use the type's own labels). */
function fieldLabel(field: string, doc: EvidenceDocument): string {
  const type = getEvidenceType(doc.evidenceType);
  if (field === 'issueDate') return type?.issueDate.label ?? 'Datum van afgifte';
  if (field === 'validUntil') return type?.validUntil.label ?? 'Geldig tot en met';
  if (field.startsWith('details.')) {
    const key = field.slice('details.'.length);
    return type?.fields.find((x) => x.key === key)?.label ?? key;
  }
  return TOP_LABELS[field] ?? field;
}

function valueText(field: string, value: DetailValue | undefined, doc: EvidenceDocument, names: Map<string, string>): string {
  if (value === undefined) return '(leeg)';
  if (field === 'evidenceType') return sentenceCase(getEvidenceType(String(value))?.label ?? String(value));
  if (field === 'personId') return names.get(String(value)) ?? 'een verwijderde persoon';
  const values = Array.isArray(value) ? value : [value];
  const key = field.startsWith('details.') ? field.slice('details.'.length) : undefined;
  const options = key ? getEvidenceType(doc.evidenceType)?.fields.find((f) => f.key === key)?.options : undefined;
  return values
    .map((v) => {
      const s = String(v);
      if (options) return options.find((o) => o.value === s)?.label ?? s;
      return isIsoDate(s) ? formatDateNl(s) : s;
    })
    .join(', ');
}

const TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: APP_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
/** The moment of a change in Amsterdam time: "01-12-2026 19:45". */
const when = (at: string): string => {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : `${formatDateNl(todayInAmsterdam(d))} ${TIME.format(d)}`;
};

/** The history of corrections to a document's details: when, which field, old value, new value. */
export function DetailsHistory({ doc, people }: { doc: EvidenceDocument; people: Person[] }) {
  const history: DetailChange[] = [...(doc.detailsHistory ?? [])].reverse();
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Geschiedenis van de gegevens</h2>
      {history.length === 0 ? (
        <p className="muted">Nog niets aangepast sinds het opslaan op {formatDateNl(doc.createdAt.slice(0, 10))}.</p>
      ) : (
        <table className="table">
          <ColumnHeads names={['Wanneer', 'Gegeven', 'Was', 'Wordt']} />
          <tbody>
            {history.map((c, i) => (
              <tr key={`${c.at}-${c.field}-${i}`}>
                <td>{when(c.at)}</td>
                <td>{fieldLabel(c.field, doc)}</td>
                <td>{valueText(c.field, c.from, doc, names)}</td>
                <td>{valueText(c.field, c.to, doc, names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
