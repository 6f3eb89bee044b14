import { useMemo } from 'react';
import { coverageByKind, KWALITEITSHANDBOEK } from '../../../../shared/authoring';
import type { RequirementResult } from '../../../../shared/engine';
import type { VaultData } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { contextFrom } from './use-authoring';

const SHOWN = ['meldcode', 'klachtenregeling', KWALITEITSHANDBOEK];

/** On the overview: how many missing requirements one questionnaire would cover. */
export function AuthoringSummary({ data, results }: { data: VaultData; results: readonly RequirementResult[] }) {
  const ctx = useMemo(() => contextFrom(data), [data]);
  const rows = coverageByKind(ctx, results).filter((c) => SHOWN.includes(c.kind.id) && c.missing.length > 0);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="authoring-summary-title">
      <h2 id="authoring-summary-title">Opstellen met vragen</h2>
      <p>Geen document? Laat de app het schrijven uit een paar vragen:</p>
      <ul>
        {rows.map((c) => (
          <li key={c.kind.id}>
            <a href={hrefFor('opstellen', c.kind.id)}>{c.kind.title}</a>: dekt {c.missing.length} {c.missing.length === 1 ? 'eis die nu ontbreekt' : 'eisen die nu ontbreken'}
            {c.completes.length < c.missing.length && ` (${c.completes.length} daarmee in orde; bij ${c.missing.length - c.completes.length} blijft bewijs uit de praktijk nodig)`}
          </li>
        ))}
      </ul>
    </section>
  );
}
