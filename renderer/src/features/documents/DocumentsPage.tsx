import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getEvidenceType } from '../../../../shared/evidence';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { host } from '../../host';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DOCUMENT_FILTERS } from './file-filters';
import { ImportQueue } from './import-queue/ImportQueue';
import { QueueDropZone } from './import-queue/QueueDropZone';
import { addFiles, prepareChooser } from './import-queue/queue-store';
import { DocumentList } from './DocumentList';
import { useEngine } from '../../app/engine';

export function DocumentsPage() {
  const db = getDb();
  const data = useLiveQuery(async () => ({ documents: await db.documents.toArray(), people: await db.people.toArray() }), [db]);
  const [query, setQuery] = useState('');
  const [onlyUnused, setOnlyUnused] = useState(false);
  const engine = useEngine();
  const [error, setError] = useState<string>();
  const names = useMemo(() => new Map(data?.people.map((p) => [p.id, p.name])), [data]);

  if (!data) return null;
  const q = query.trim().toLowerCase();
  const unused = new Set(engine?.output.documents.filter((u) => u.countsFor.length === 0).map((u) => u.documentId));
  const current = data.documents
    .filter((d) => !d.supersededBy)
    .filter((d) => !onlyUnused || unused.has(d.id))
    .filter((d) => !q || [d.title, d.fileName, getEvidenceType(d.evidenceType)?.label ?? '', names.get(d.personId ?? '') ?? ''].some((s) => s.toLowerCase().includes(q)))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));

  async function choose() {
    setError(undefined);
    prepareChooser();
    try {
      void addFiles(await host.openFiles({ filters: DOCUMENT_FILTERS, multiple: true, title: 'Documenten toevoegen' }));
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="docs-title">
      <div className="page-head">
        <h1 id="docs-title">Documenten</h1>
        <button type="button" className="primary" onClick={choose}>
          Document toevoegen
        </button>
      </div>
      <ErrorMessage message={error} />
      {/* Every file chosen or dropped here goes into one queue (it survives leaving the page). */}
      <QueueDropZone onFiles={(files) => void addFiles(files)} />
      <ImportQueue />
      <div className="toolbar">
        <label htmlFor="doc-search">Zoeken</label>
        <input id="doc-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Titel, soort, bestand of naam" />
        <label className="choice">
          <input type="checkbox" checked={onlyUnused} onChange={(e) => setOnlyUnused(e.target.checked)} />
          Alleen “telt nergens voor”
        </label>
      </div>
      <DocumentList
        documents={current}
        owners={names}
        empty={q || onlyUnused ? 'Geen documenten gevonden.' : 'Nog geen documenten. Voeg je beleid, certificaten en bewijsstukken toe.'}
      />
    </section>
  );
}
