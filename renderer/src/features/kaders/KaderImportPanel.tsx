import { useState } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { addUserKader, replaceUserKader, type KaderImport } from '../../db/kader-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KaderDiffView } from './KaderDiffView';

/** The outcome of reading a kader file: its problems, or what importing or updating would do, before anything is stored. */
export function KaderImportPanel({ fileName, analysis, onDone }: { fileName: string; analysis: KaderImport; onDone: (message?: string) => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function apply() {
    setBusy(true);
    setError(undefined);
    try {
      if (analysis.kind === 'new') {
        await addUserKader(getDb(), analysis.kader, 'import');
        onDone(`${analysis.kader.shortTitle ?? analysis.kader.title} is geïmporteerd en staat aan.`);
      } else if (analysis.kind === 'update') {
        await replaceUserKader(getDb(), analysis.kader);
        onDone(`${analysis.kader.shortTitle ?? analysis.kader.title} is bijgewerkt naar versie ${analysis.kader.version}.`);
      }
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card" role="region" aria-label="Kader importeren">
      <h2>{fileName}</h2>
      {analysis.kind === 'invalid' && (
        <>
          <p role="alert" className="error">
            Dit bestand is niet ingelezen; er is niets opgeslagen.{' '}
            {analysis.errors.length === 1 ? 'Er is één probleem:' : `Er zijn ${analysis.errors.length} problemen:`}
          </p>
          <ul className="import-errors" aria-label="Problemen in het bestand">
            {analysis.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </>
      )}
      {analysis.kind === 'refused' && (
        <p role="alert" className="error">
          {analysis.message}
        </p>
      )}
      {analysis.kind === 'new' && (
        <p>
          Nieuw kader <strong>{analysis.kader.title}</strong> van {analysis.kader.issuer}, versie {analysis.kader.version}:{' '}
          {analysis.kader.requirements.length} eisen in {analysis.kader.sections.length} onderdelen.
        </p>
      )}
      {analysis.kind === 'update' && (
        <>
          <p>
            Nieuwe versie van <strong>{analysis.current.title}</strong>: versie {analysis.current.version} wordt versie {analysis.kader.version}. Je
            beoordelingen, toelichtingen, redenen voor “niet van toepassing” en koppelingen van documenten blijven bij alle eisen die blijven
            bestaan. Van eisen die vervallen blijft alles bewaard in de geschiedenis en in back-ups.
          </p>
          <KaderDiffView diff={analysis.diff} />
        </>
      )}
      <ErrorMessage message={error} />
      <div className="actions">
        {(analysis.kind === 'new' || analysis.kind === 'update') && (
          <button type="button" className="primary" onClick={apply} disabled={busy}>
            {analysis.kind === 'new' ? 'Importeren' : `Bijwerken naar versie ${analysis.kader.version}`}
          </button>
        )}
        <button type="button" onClick={() => onDone()}>
          {analysis.kind === 'new' || analysis.kind === 'update' ? 'Annuleren' : 'Sluiten'}
        </button>
      </div>
    </div>
  );
}
