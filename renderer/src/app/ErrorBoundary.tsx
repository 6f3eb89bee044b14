/**
 * Catches a render error so one bad value never turns the window white (issue #14). The top-level boundary
 * (main.tsx) replaces the whole app; the one per page (Shell.tsx) keeps the menu, so the user can go elsewhere.
 * Both offer "Opnieuw laden" and "Back-up maken". Nothing is written or deleted here: stored data is untouched.
 * Only the error's name is logged (its message may quote a document title or a person's name).
 */
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { userMessage } from '../../../shared/errors/user-error';
import { makeBackup } from './make-backup';

interface Props {
  children: ReactNode;
  /** 'app' for the whole window, 'page' for one screen. */
  scope: 'app' | 'page';
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    logErrorName('Schermfout', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorScreen scope={this.props.scope} /> : this.props.children;
  }
}

/** The only way errors are logged from the UI: the name, never the message or stack. */
export function logErrorName(what: string, error: unknown): void {
  console.error(what, error instanceof Error ? error.name : typeof error);
}

function ErrorScreen({ scope }: { scope: 'app' | 'page' }) {
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const backup = async () => {
    setBusy(true);
    setStatus('Back-up wordt gemaakt…');
    try {
      const { saved } = await makeBackup();
      setStatus(saved ? 'De back-up is opgeslagen.' : 'Geen back-up opgeslagen.');
    } catch (error) {
      setStatus(userMessage(error, 'De back-up kon niet worden gemaakt. Probeer het opnieuw na "Opnieuw laden".'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={scope === 'app' ? 'error-screen error-screen-app' : 'error-screen'} role="alert" aria-labelledby="error-screen-title">
      <h1 id="error-screen-title">{scope === 'app' ? 'De app kan dit niet tonen' : 'Dit scherm kan niet worden getoond'}</h1>
      <p>
        Er ging iets mis bij het tonen van {scope === 'app' ? 'de app' : 'dit scherm'}. Je gegevens zijn niet veranderd en er is niets
        verwijderd. Laad de app opnieuw{scope === 'page' ? ' of kies een ander onderdeel in het menu' : ''}. Blijft het misgaan, maak dan een
        back-up en neem contact op.
      </p>
      <p className="actions">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Opnieuw laden
        </button>{' '}
        <button type="button" onClick={() => void backup()} disabled={busy}>
          Back-up maken
        </button>
      </p>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
