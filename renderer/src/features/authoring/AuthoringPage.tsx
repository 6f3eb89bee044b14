import './authoring.css';
import { coverageByKind, KWALITEITSHANDBOEK, type KindCoverage } from '../../../../shared/authoring';
import { formatDateNl } from '../../../../shared/dates';
import type { EvidenceDocument } from '../../../../shared/model';
import { hrefFor } from '../../app/routing';
import { currentAdopted } from './adopt';
import { QuestionnairePage } from './QuestionnairePage';
import { useAuthoring } from './use-authoring';

const MAIN = ['meldcode', 'klachtenregeling', KWALITEITSHANDBOEK];

function Row({ c, documents }: { c: KindCoverage; documents: readonly EvidenceDocument[] }) {
  const adopted = currentAdopted(documents, c.kind.id);
  const inBook = !MAIN.includes(c.kind.id) ? currentAdopted(documents, KWALITEITSHANDBOEK) : undefined;
  return (
    <li className="card authoring-kind">
      <h3>
        <a href={hrefFor('opstellen', c.kind.id)}>{c.kind.title}</a>
      </h3>
      <p>{c.kind.summary}</p>
      <p className="muted">
        Dekt {c.covers.length} {c.covers.length === 1 ? 'eis' : 'eisen'}
        {c.missing.length > 0 ? `, waarvan ${c.missing.length} nu ${c.missing.length === 1 ? 'ontbreekt' : 'ontbreken'}` : ''}.{' '}
        {adopted
          ? `Vastgesteld op ${formatDateNl(adopted.issueDate ?? adopted.createdAt.slice(0, 10))}.`
          : inBook
            ? 'Staat al in het vastgestelde kwaliteitshandboek.'
            : 'Nog niet opgesteld.'}
      </p>
    </li>
  );
}

/** "Opstellen met vragen": the list of questionnaires, or one questionnaire when a kind is chosen. */
export function AuthoringPage({ kindId }: { kindId?: string }) {
  const state = useAuthoring();
  if (!state) return null;
  if (kindId) return <QuestionnairePage key={kindId} kindId={kindId} state={state} />;
  const coverage = coverageByKind(state.ctx, state.engine.output.results);
  const main = coverage.filter((c) => MAIN.includes(c.kind.id));
  const single = coverage.filter((c) => !MAIN.includes(c.kind.id));
  return (
    <section aria-labelledby="authoring-title">
      <h1 id="authoring-title">Opstellen met vragen</h1>
      <p>
        Beantwoord een paar vragen en de app schrijft het document voor je, in gewone taal en passend bij jouw praktijk. Wat de app al weet is
        alvast ingevuld. Je leest de tekst na, stelt hem vast, en dan telt hij als bewijs bij de eisen die hij aantoont.
      </p>
      <p className="muted">
        Een tekst bewijst alleen de werkwijze. Waar het kwaliteitskader ook bewijs uit de praktijk vraagt (een getekende overeenkomst, een
        evaluatie, een bewijs van aansluiting), blijft de app daarom vragen.
      </p>
      <ul className="plain-list">
        {main.map((c) => (
          <Row key={c.kind.id} c={c} documents={state.engine.data.documents} />
        ))}
      </ul>
      <h2>Losse protocollen en werkwijzen</h2>
      <p className="muted">Dezelfde hoofdstukken als in het kwaliteitshandboek, voor wie liever losse documenten heeft. De antwoorden zijn gedeeld.</p>
      <ul className="plain-list">
        {single.map((c) => (
          <Row key={c.kind.id} c={c} documents={state.engine.data.documents} />
        ))}
      </ul>
    </section>
  );
}
