import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/backup';
import { formatDateNl } from '../../../../shared/dates';
import { count } from '../../lib/text';
import { UserError, userMessage } from '../../../../shared/errors/user-error';
import { host } from '../../host';
import { formatBytes } from '../../app/storage-estimate';
import { BACKUP_FILTERS, makeBackup } from '../../app/make-backup';
import { vault } from '../../workers/vault-client';
import type { Progress } from '../../workers/rpc';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';

function useTask() {
  const [busy, setBusy] = useState<string>();
  const [progress, setProgress] = useState<Progress>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setError(undefined);
    setMessage(undefined);
    try {
      await work();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }
  const view = (
    <>
      {busy && <ProgressBar label={busy} progress={progress} />}
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
    </>
  );
  return { busy, run, setProgress, setMessage, view };
}

export function BackupSection() {
  const task = useTask();
  const backup = () =>
    task.run('Back-up maken', async () => {
      const { saved, warnings } = await makeBackup(task.setProgress);
      task.setMessage(saved ? `De back-up is opgeslagen.${warnings.length ? ` Let op: ${warnings.join(' ')}` : ''}` : 'Geen back-up opgeslagen.');
    });

  return (
    <>
      <h2>Back-up</h2>
      <div className="card">
        <p>Een back-up is één bestand met al je gegevens en documenten. Bewaar het op een usb-stick of een andere schijf.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={backup} disabled={!!task.busy}>
            Back-up maken
          </button>
          <RestoreBackup offerBackupFirst />
        </div>
        {task.view}
      </div>
    </>
  );
}

/** "Back-up terugzetten…": checks the whole file first, then asks before anything is replaced. */
export function RestoreBackup({ offerBackupFirst }: { offerBackupFirst: boolean }) {
  const task = useTask();
  const [pending, setPending] = useState<{ token: string; summary: BackupSummary; fileName: string }>();
  const [backupFirst, setBackupFirst] = useState(offerBackupFirst);

  const choose = () =>
    task.run('Back-up controleren', async () => {
      const [file] = await host.openFiles({ filters: BACKUP_FILTERS, multiple: false, title: 'Back-up terugzetten', purpose: 'backup' });
      if (!file) return;
      const inspected = await vault()('inspectBackup', { bytes: file.bytes, fileName: file.name }, { transfer: [file.bytes.buffer] });
      if (!inspected.ok) throw new UserError(inspected.message);
      setPending({ token: inspected.token, summary: inspected.summary, fileName: file.name });
    });

  const restore = () =>
    task.run('Back-up terugzetten', async () => {
      const chosen = pending!;
      setPending(undefined);
      if (backupFirst) {
        const { saved } = await makeBackup(task.setProgress);
        if (!saved) {
          task.setMessage('Er is niets teruggezet, omdat de back-up van je huidige gegevens niet is opgeslagen.');
          return;
        }
      }
      const result = await vault()('restore', { token: chosen.token }, { onProgress: task.setProgress });
      if (!result.ok) throw new UserError(result.message);
      task.setMessage(
        `De back-up is teruggezet: ${count(result.summary.people, 'persoon', 'personen')} en ${count(result.summary.documents, 'document', 'documenten')}, allemaal gecontroleerd.` +
          (result.warnings.length ? ` ${result.warnings.join(' ')}` : ''),
      );
    });

  return (
    <>
      <button type="button" onClick={choose} disabled={!!task.busy}>
        Back-up terugzetten…
      </button>
      {task.view}
      {pending && (
        <ConfirmDialog title="Back-up terugzetten?" confirmLabel="Terugzetten" danger onCancel={() => setPending(undefined)} onConfirm={restore}>
          <p>
            {offerBackupFirst ? 'Alle huidige gegevens worden vervangen door de back-up' : 'Je zet de back-up terug:'} <strong>{pending.fileName}</strong>
            {pending.summary.organisationName ? ` van ${pending.summary.organisationName}` : ''}, gemaakt op{' '}
            {formatDateNl(pending.summary.createdAt.slice(0, 10))}: {count(pending.summary.people, 'persoon', 'personen')}, {count(pending.summary.documents, 'document', 'documenten')} (
            {formatBytes(pending.summary.documentBytes)}).
          </p>
          {offerBackupFirst && (
            <label className="choice">
              <input type="checkbox" checked={backupFirst} onChange={(e) => setBackupFirst(e.target.checked)} />
              Eerst een back-up van de huidige gegevens maken
            </label>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
