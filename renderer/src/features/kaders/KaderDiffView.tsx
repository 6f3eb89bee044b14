import { isEmptyDiff, type KaderDiff } from '../../../../shared/kaders';

/** Added, removed and changed requirements of a kader update, in plain lists. */
export function KaderDiffView({ diff }: { diff: KaderDiff }) {
  if (isEmptyDiff(diff)) return <p>De eisen zijn niet veranderd; alleen het versienummer is nieuw.</p>;
  return (
    <div className="diff">
      <p>
        {diff.added.length} nieuw, {diff.removed.length} vervallen, {diff.changed.length} gewijzigd, {diff.unchanged} ongewijzigd.
      </p>
      {diff.added.length > 0 && (
        <>
          <h3>Nieuwe eisen</h3>
          <ul aria-label="Nieuwe eisen">
            {diff.added.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h3>Vervallen eisen</h3>
          <ul aria-label="Vervallen eisen">
            {diff.removed.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h3>Gewijzigde eisen</h3>
          <ul aria-label="Gewijzigde eisen">
            {diff.changed.map((c) => (
              <li key={c.id}>
                {c.text} <span className="muted">(gewijzigd: {c.fields.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.other.length > 0 && (
        <>
          <h3>Verder</h3>
          <ul>
            {diff.other.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
