import { useEffect } from 'react';
import { useModalDialog } from '../components/use-modal-dialog';
import { answerStartupBackup, dismissAutoBackupStatus, skipQuitBackup, useAutoBackupStatus, type AutoBackupStatus as Status } from './auto-backup';
import './auto-backup.css';

/** How long the browser's "gedownload" notice stays before it hides itself. */
const NOTICE_MS = 15_000;

/**
 * What the automatic backup is doing. On quit (desktop) a modal, because the window is closing and
 * nothing else may happen meanwhile; at start-up (browser) a polite notice that does not block work.
 */
export function AutoBackupStatus() {
  const status = useAutoBackupStatus();
  const quit = status.phase !== 'idle' && status.trigger === 'quit';
  useEffect(() => {
    if (status.phase !== 'done' || status.trigger !== 'startup') return;
    const timer = setTimeout(dismissAutoBackupStatus, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      {quit && <QuitBackupDialog status={status} />}
      {/* Always present, so screen readers announce what appears in it. */}
      <div className="auto-backup-notice" aria-live="polite">
        {!quit && status.phase !== 'idle' && <StartupNotice status={status} />}
      </div>
    </>
  );
}

function StartupNotice({ status }: { status: Exclude<Status, { phase: 'idle' }> }) {
  return (
    <div className="auto-backup-notice-body">
      {status.phase === 'ask' && (
        <>
          <p>
            <strong>Elke dag een back-up downloaden?</strong> Het bestand bevat al je documenten, ook VOG's, zonder versleuteling. Bewaar het
            daarom op een veilige plek. Je kunt dit later wijzigen onder Instellingen.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void answerStartupBackup(true)}>
              Ja, elke dag
            </button>
            <button type="button" onClick={() => void answerStartupBackup(false)}>
              Nee
            </button>
          </div>
        </>
      )}
      {status.phase === 'running' && <p>Automatische back-up maken…</p>}
      {status.phase === 'done' && (
        <p>
          De dagelijkse back-up is gedownload: <span className="mono">{status.fileName}</span>. Bewaar het bestand op een veilige plek, bijvoorbeeld
          een usb-stick.
        </p>
      )}
      {status.phase === 'failed' && <p className="error">De dagelijkse back-up is niet gelukt. {status.message}</p>}
      {status.phase !== 'running' && status.phase !== 'ask' && (
        <button type="button" onClick={dismissAutoBackupStatus}>
          Melding verbergen
        </button>
      )}
    </div>
  );
}

function QuitBackupDialog({ status }: { status: Exclude<Status, { phase: 'idle' }> }) {
  const { ref, titleId } = useModalDialog();
  const title =
    status.phase === 'running'
      ? 'Automatische back-up maken…'
      : status.phase === 'done'
        ? 'Automatische back-up gemaakt'
        : 'Automatische back-up niet gelukt';
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} aria-busy={status.phase === 'running'} onCancel={(e) => e.preventDefault()}>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">
        {status.phase === 'running' && (
          <>
            <p>Kwaliteitsmap maakt de back-up van vandaag en sluit daarna af.</p>
            <progress aria-label="Automatische back-up maken" />
          </>
        )}
        {status.phase === 'done' && <p>Kwaliteitsmap wordt afgesloten.</p>}
        {status.phase === 'failed' && (
          <p className="error">
            {status.message} Bij de volgende keer afsluiten probeert Kwaliteitsmap het opnieuw.
          </p>
        )}
      </div>
      {status.phase !== 'done' && (
        <div className="actions">
          <button type="button" onClick={skipQuitBackup}>
            {status.phase === 'running' ? 'Overslaan en afsluiten' : 'Nu afsluiten'}
          </button>
        </div>
      )}
    </dialog>
  );
}
