import { useState } from 'react';
import { findBuiltinKader, MAX_KADER_FILE_BYTES, type Kader } from '../../../../shared/kaders';
import { userMessage } from '../../../../shared/errors/user-error';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { host } from '../../host';
import { getDb } from '../../db/database';
import { analyseKaderFile, damagedUserKaders, deleteUserKader, type KaderImport } from '../../db/kader-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KaderCopyForm } from './KaderCopyForm';
import { KaderImportPanel } from './KaderImportPanel';
import { exportKaderFile, KADER_FILE_FILTERS } from './kader-file-io';
import './kaders.css';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Every kader: the built-in ones (read-only) and the user's own; import, export, copy, new, delete. */
export function KadersPage() {
  const engine = useEngine();
  const [copying, setCopying] = useState<Kader | 'new'>();
  const [imported, setImported] = useState<{ fileName: string; analysis: KaderImport }>();
  const [removing, setRemoving] = useState<Kader>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  if (!engine) return null;
  const { data } = engine;
  const damaged = damagedUserKaders(data.userKaders);
  const active = new Set(data.org.profile.kaderIds);

  async function chooseFile() {
    setError(undefined);
    setMessage(undefined);
    try {
      const [file] = await host.openFiles({ filters: KADER_FILE_FILTERS, multiple: false, title: 'Kader importeren' });
      if (!file) return;
      // Refuse very large files before anything else looks at them.
      const analysis: KaderImport =
        file.bytes.byteLength > MAX_KADER_FILE_BYTES
          ? { kind: 'invalid', errors: [`Het bestand is ${Math.ceil(file.bytes.byteLength / 1024)} kB; een kaderbestand mag hooguit ${MAX_KADER_FILE_BYTES / 1024} kB zijn.`] }
          : await analyseKaderFile(getDb(), file.bytes);
      setImported({ fileName: file.name, analysis });
    } catch (e) {
      setError(userMessage(e, 'Het bestand kon niet worden gelezen. Er is niets veranderd.'));
    }
  }

  async function exportOne(kader: Kader) {
    setError(undefined);
    try {
      const done = await exportKaderFile(kader);
      if (done) setMessage(done);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="kaders-title">
      <div className="page-head">
        <h1 id="kaders-title">Kaders</h1>
        <div className="actions">
          <button type="button" onClick={chooseFile}>
            Kader importeren…
          </button>
          <button type="button" onClick={() => setCopying('new')}>
            Nieuw kader
          </button>
        </div>
      </div>
      <p>
        Elke gemeente en opdrachtgever heeft een eigen kwaliteitskader. De ingebouwde kaders blijven ongewijzigd; maak een kopie om er een
        voor jouw gemeente van te maken, begin met een leeg kader, of importeer een kaderbestand van een collega of brancheorganisatie.
      </p>
      {imported && (
        <KaderImportPanel
          fileName={imported.fileName}
          analysis={imported.analysis}
          onDone={(done) => {
            setImported(undefined);
            if (done) setMessage(done);
          }}
        />
      )}
      {copying && (
        <KaderCopyForm source={copying === 'new' ? undefined : copying} takenIds={new Set(data.kaders.map((k) => k.id))} onClose={() => setCopying(undefined)} />
      )}
      {message && (
        <p role="status" className="saved">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      {damaged.length > 0 && (
        <div className="warning" role="alert">
          {damaged.length === 1 ? 'Eén opgeslagen kader is' : `${damaged.length} opgeslagen kaders zijn`} beschadigd en wordt niet gebruikt:{' '}
          {damaged.map((d) => d.id).join(', ')}. Het blijft bewaard en gaat mee in back-ups; importeer het kader opnieuw om het te herstellen.
        </div>
      )}
      <div className="table-scroll">
        <table className="table kader-table">
          <caption>Alle kaders</caption>
          <ColumnHeads names={['Kader', 'Van', 'Versie', 'Eisen', 'Opdrachtgevers', 'Acties']} />
          <tbody>
            {data.kaders.map((k) => {
              const builtin = Boolean(findBuiltinKader(k.id));
              const users = data.opdrachtgevers.filter((o) => o.kaderIds.includes(k.id)).map((o) => o.name);
              const name = k.shortTitle ?? k.title;
              return (
                <tr key={k.id}>
                  <th scope="row">
                    <a href={hrefFor('kaders', k.id)}>{name}</a>
                    <div className="muted">
                      {builtin ? 'Ingebouwd, alleen lezen' : 'Eigen kader'}
                      {active.has(k.id) ? '' : ' · staat uit'}
                    </div>
                  </th>
                  <td>{k.issuer}</td>
                  <td>{k.version}</td>
                  <td>{k.requirements.length}</td>
                  <td>{users.length ? users.join(', ') : <span className="muted">geen</span>}</td>
                  <td>
                    <div className="actions">
                      {!builtin && <a href={hrefFor('kaders', k.id)}>Bewerken</a>}
                      <button type="button" onClick={() => setCopying(k)} aria-label={`Kopie maken van ${name}`}>
                        Kopie maken
                      </button>
                      <button type="button" onClick={() => exportOne(k)} aria-label={`${name} exporteren`}>
                        Exporteren
                      </button>
                      {!builtin && (
                        <button type="button" onClick={() => setRemoving(k)} aria-label={`${name} verwijderen`}>
                          Verwijderen
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {removing && (
        <ConfirmDialog
          title={`${removing.shortTitle ?? removing.title} verwijderen?`}
          confirmLabel="Verwijderen"
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={async () => {
            try {
              await deleteUserKader(getDb(), removing.id);
              setMessage(`${removing.shortTitle ?? removing.title} is verwijderd. Beoordelingen en documenten blijven bewaard.`);
            } catch (e) {
              setError(userMessage(e));
            }
            setRemoving(undefined);
          }}
        >
          <p>Het kader verdwijnt uit de checklist. Je documenten en beoordelingen blijven bewaard. Exporteer het eerst als je het later nog wilt gebruiken.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
