import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import { getEvidenceType } from '../../../../shared/evidence';
import { sentenceCase } from '../../lib/text';
import { formatDateNl } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { deleteDocument, readDocumentBlob } from '../../db/document-store';
import { host } from '../../host';
import { hrefFor, navigate, previousLocation } from '../../app/routing';
import { backLink } from '../../app/back-link';
import { formatBytes } from '../../app/storage-estimate';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DocumentPreview } from './DocumentPreview';
import { DOCUMENT_FILTERS } from './file-filters';
import { ImportPanel } from './ImportPanel';
import { RequirementLinks } from './RequirementLinks';
import { DocumentEditForm } from './DocumentEditForm';
import { DocumentUsePanel } from './DocumentUsePanel';
import { DetailsHistory } from './DetailsHistory';
import { LinkRequirementsDialog } from './LinkRequirementsDialog';

export function DocumentPage({ documentId }: { documentId: string }) {
  const db = getDb();
  const doc = useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [db, documentId]);
  const versions = useLiveQuery(async () => (doc ? db.documents.where('versionGroup').equals(doc.versionGroup).toArray() : []), [db, doc]);
  const person = useLiveQuery(async () => (doc?.personId ? ((await db.people.get(doc.personId)) ?? null) : null), [db, doc]);
  const [renewal, setRenewal] = useState<OpenedFile[]>([]);
  const [linking, setLinking] = useState(false);
  const [linked, setLinked] = useState<number>();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();
  const people = useLiveQuery(() => db.people.toArray(), [db]);
  // Where she came from when she opened the page (kept while she moves between this document's versions).
  const [cameFrom] = useState(previousLocation);

  if (doc === undefined || versions === undefined) return null;
  if (doc === null)
    return (
      <p className="empty">
        Dit document bestaat niet (meer). <a href={hrefFor('documenten')}>Naar documenten</a>
      </p>
    );
  const type = getEvidenceType(doc.evidenceType);
  const back = backLink(cameFrom, person ? { href: hrefFor('personeel', person.id), label: person.name } : { href: hrefFor('documenten'), label: 'Documenten' });
  const history = [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function saveCopy() {
    try {
      const blob = await readDocumentBlob(db, doc!.id);
      await host.saveFile({ suggestedName: doc!.fileName, filters: [], bytes: new Uint8Array(await blob.arrayBuffer()), folderKey: 'document' });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  async function chooseRenewal() {
    try {
      setRenewal(await host.openFiles({ filters: DOCUMENT_FILTERS, multiple: false, title: 'Nieuwe versie kiezen' }));
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="doc-title">
      <p>
        <a href={back.href}>← {back.label}</a>
      </p>
      <div className="page-head">
        <h1 id="doc-title">{doc.title}</h1>
        <div className="actions">
          <button type="button" onClick={() => { setSaved(undefined); setEditing(true); }} disabled={editing}>
            Gegevens aanpassen
          </button>
          {!doc.supersededBy && (
            <button type="button" onClick={chooseRenewal}>
              Nieuwe versie toevoegen
            </button>
          )}
          <button type="button" onClick={saveCopy}>
            Bestand opslaan als…
          </button>
          <button type="button" onClick={() => setDeleting(true)}>
            Verwijderen…
          </button>
        </div>
      </div>
      <ErrorMessage message={error} />
      {saved && <p role="status">{saved}</p>}
      {editing && people && (
        <DocumentEditForm
          doc={doc}
          people={people}
          onDone={(message) => {
            setEditing(false);
            setSaved(message);
          }}
        />
      )}
      {doc.supersededBy && (
        <p className="notice">
          Dit is een oudere versie. <a href={hrefFor('documenten', doc.supersededBy)}>Naar de nieuwste versie</a>
        </p>
      )}
      {renewal.length > 0 && (
        <ImportPanel
          files={renewal}
          preset={{ evidenceType: doc.evidenceType, ...(doc.personId ? { personId: doc.personId } : {}), supersedesId: doc.id }}
          onClose={() => setRenewal([])}
        />
      )}
      <dl className="facts">
        <dt>Soort</dt>
        <dd>{sentenceCase(type?.label ?? doc.evidenceType)}</dd>
        <dt>Van</dt>
        <dd>{person ? person.name : 'Organisatie'}</dd>
        {doc.issueDate && (
          <>
            <dt>{type?.issueDate.label ?? 'Datum'}</dt>
            <dd>{formatDateNl(doc.issueDate)}</dd>
          </>
        )}
        {doc.validUntil && (
          <>
            <dt>{type?.validUntil.label ?? 'Geldig tot en met'}</dt>
            <dd>{formatDateNl(doc.validUntil)}</dd>
          </>
        )}
        {type?.fields
          .filter((f) => doc.details[f.key] !== undefined)
          .map((f) => {
            const v = doc.details[f.key]!;
            const values = (Array.isArray(v) ? v : [v]).map((x) => f.options?.find((o) => o.value === x)?.label ?? String(x));
            return (
              <div key={f.key} className="fact">
                <dt>{f.label}</dt>
                <dd>{values.join(', ')}</dd>
              </div>
            );
          })}
        <dt>Bestand</dt>
        <dd>
          {doc.fileName} ({formatBytes(doc.size)})
        </dd>
        <dt>SHA-256</dt>
        <dd className="mono">{doc.sha256}</dd>
      </dl>
      {doc.fileNote && <p className="notice">{doc.fileNote}</p>}
      <DocumentUsePanel
        doc={doc}
        onEdit={() => setEditing(true)}
        onLink={() => setLinking(true)}
      />
      <div className="actions">
        <button type="button" onClick={() => setLinking(true)}>
          Aan meer eisen koppelen…
        </button>
        {linked !== undefined && <span role="status">{linked === 1 ? 'Gekoppeld aan 1 eis.' : `Gekoppeld aan ${linked} eisen.`}</span>}
      </div>
      {linking && (
        <LinkRequirementsDialog
          doc={doc}
          onClose={(saved) => {
            setLinking(false);
            if (saved !== undefined) setLinked(saved);
          }}
        />
      )}
      <RequirementLinks doc={doc} />
      {people && <DetailsHistory doc={doc} people={people} />}
      {history.length > 1 && (
        <>
          <h2>Versies</h2>
          <ol className="versions">
            {history.map((v) => (
              <li key={v.id}>
                {v.id === doc.id ? <strong>{v.fileName}</strong> : <a href={hrefFor('documenten', v.id)}>{v.fileName}</a>} — toegevoegd op{' '}
                {formatDateNl(v.createdAt.slice(0, 10))}
                {!v.supersededBy && ' (huidige versie)'}
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>Voorbeeld</h2>
      <DocumentPreview doc={doc} />
      {deleting && (
        <ConfirmDialog
          title="Document verwijderen?"
          confirmLabel="Verwijderen"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={async () => {
            try {
              await deleteDocument(db, doc.id);
              navigate('documenten', ...(doc.supersedes ? [doc.supersedes] : []));
            } catch (e) {
              setError(userMessage(e));
              setDeleting(false);
            }
          }}
        >
          <p>
            “{doc.title}” ({doc.fileName}) wordt uit Kwaliteitsmap verwijderd.
            {doc.supersedes ? ' De vorige versie wordt weer de huidige.' : ''} Dit kan niet ongedaan worden gemaakt.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
