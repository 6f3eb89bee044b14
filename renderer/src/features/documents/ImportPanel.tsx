import { count } from '../../lib/text';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { getSettings } from '../../app/settings';
import { requestPersistentStorage } from '../../app/storage-persistence';
import { formatBytes } from '../../app/storage-estimate';
import { vault } from '../../workers/vault-client';
import type { CheckedFile } from '../../workers/vault-handlers';
import type { Progress } from '../../workers/rpc';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';
import { DocumentDetailsForm, type DetailsPreset } from './DocumentDetailsForm';
import { PdfPasswordDialog } from './PdfPasswordDialog';
import { usePdfUnlock } from './use-pdf-unlock';

/** Above this, an import into storage the browser may evict needs the user's explicit consent. */
const UNSAFE_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Checks the chosen files in the vault worker, shows refusals with their Dutch reason, and asks the
 * details of each accepted file in turn before storing it.
 */
export function ImportPanel({ files, preset, onClose }: { files: OpenedFile[]; preset: DetailsPreset; onClose: () => void }) {
  const db = getDb();
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), [db]);
  const [phase, setPhase] = useState<'confirm-unsafe' | 'checking' | 'details'>('checking');
  const [progress, setProgress] = useState<Progress>();
  const [checked, setChecked] = useState<CheckedFile[]>([]);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [stored, setStored] = useState(0);
  const [error, setError] = useState<string>();
  // Measured once: the buffers are handed over to the worker (detached) when the check starts.
  const [totalBytes] = useState(() => files.reduce((n, f) => n + f.bytes.byteLength, 0));

  useEffect(() => {
    let live = true;
    (async () => {
      if (totalBytes > UNSAFE_IMPORT_BYTES && (await requestPersistentStorage()) !== 'persistent') {
        if (live) setPhase('confirm-unsafe');
        return;
      }
      if (live) void runCheck();
    })();
    return () => {
      live = false;
    };
    // Runs once per set of files.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [files]);

  async function runCheck() {
    setPhase('checking');
    try {
      const result = await vault()(
        'check',
        { files: files.map((f) => ({ name: f.name, bytes: f.bytes })), maxBytes: getSettings().maxFileSizeMb * 1024 * 1024 },
        { onProgress: setProgress, transfer: [...new Set(files.map((f) => f.bytes.buffer))] },
      );
      setChecked(result);
      setPhase('details');
    } catch (e) {
      setError(userMessage(e));
      setPhase('details');
    }
  }

  const finish = (token: string) => setDone((d) => new Set(d).add(token));
  const unlock = usePdfUnlock(checked, (file) => setChecked((list) => list.map((c) => (c.token === file.token ? file : c))));
  const refused = checked.filter((c) => !c.ok);
  const open = checked.filter((c) => c.ok && !done.has(c.token));

  if (phase === 'confirm-unsafe')
    return (
      <ConfirmDialog
        title="Opslag is niet gegarandeerd"
        confirmLabel="Toch importeren"
        onCancel={onClose}
        onConfirm={() => void runCheck()}
      >
        <p>
          Je wilt {formatBytes(totalBytes)} importeren, maar deze browser heeft geen blijvende opslag toegezegd. Bij ruimtegebrek
          kan de browser je gegevens dan wissen. Gebruik bij voorkeur de desktop-app, of maak direct na het importeren een back-up.
        </p>
      </ConfirmDialog>
    );

  return (
    <section className="card import-panel" aria-label="Documenten toevoegen" aria-busy={phase === 'checking'}>
      {phase === 'checking' && <ProgressBar label="Bestanden controleren" progress={progress} />}
      <ErrorMessage message={error ?? unlock.error} />
      {phase === 'details' && unlock.current && (
        <PdfPasswordDialog
          key={unlock.current.token}
          fileName={unlock.current.name}
          wrongPassword={unlock.wrongPassword}
          busy={unlock.busy}
          onSubmit={(password) => void unlock.submit(password)}
          onCancel={unlock.skip}
        />
      )}
      {refused.length > 0 && (
        <div role="alert" className="refusals">
          <p>
            <strong>{refused.length === 1 ? 'Eén bestand is niet toegevoegd:' : `${refused.length} bestanden zijn niet toegevoegd:`}</strong>
          </p>
          <ul>
            {refused.map((r) => (
              <li key={r.token}>
                <strong>{r.name}</strong>: {r.ok ? '' : r.message}
                {unlock.isLocked(r) && (
                  <>
                    {' '}
                    <button type="button" onClick={() => unlock.ask(r.token)}>
                      Wachtwoord invullen
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {phase === 'details' && people && open[0] && open[0].ok && (
        <DocumentDetailsForm
          key={open[0].token}
          token={open[0].token}
          fileName={open[0].name}
          note={open[0].note}
          people={people}
          preset={preset}
          onSkip={() => {
            void vault()('discard', { tokens: [open[0]!.token] });
            finish(open[0]!.token);
          }}
          onStore={async (item) => {
            await vault()('store', { items: [item] });
            setStored((n) => n + 1);
            finish(item.token);
          }}
        />
      )}
      {phase === 'details' && open.length === 0 && (
        <div>
          <p role="status">
            {stored === 0 ? 'Er is niets opgeslagen.' : stored === 1 ? 'Het document is opgeslagen en gecontroleerd.' : `${stored} documenten zijn opgeslagen en gecontroleerd.`}
          </p>
          <button type="button" onClick={onClose}>
            Sluiten
          </button>
        </div>
      )}
      {phase === 'details' && open.length > 1 && <p className="muted">Daarna nog {count(open.length - 1, 'bestand', 'bestanden')}.</p>}
    </section>
  );
}
