import { useState } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';

/**
 * Asks the password of a PDF that cannot be opened without one (issue 19). The vault worker checks it with
 * qpdf and keeps a copy without a password; the password itself is never stored or logged.
 */
export function PdfPasswordDialog({
  fileName,
  wrongPassword,
  busy,
  onSubmit,
  onCancel,
}: {
  fileName: string;
  wrongPassword: boolean;
  busy: boolean;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}) {
  const { ref, titleId } = useModalDialog();
  const [password, setPassword] = useState('');
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (password && !busy) onSubmit(password);
        }}
      >
        <h2 id={titleId}>Wachtwoord van de PDF</h2>
        <div className="dialog-body">
          <p>
            <strong>{fileName}</strong> is beveiligd met een wachtwoord. Vul het wachtwoord in dat je bij het document hebt gekregen
            (bijvoorbeeld in een aparte e-mail of sms).
          </p>
          <p className="muted">
            De app bewaart daarna een kopie zonder wachtwoord, zodat het bewijspakket later zonder wachtwoord kan worden gemaakt. Het
            wachtwoord zelf wordt niet bewaard. Het controlegetal (SHA-256) van het beveiligde origineel wordt bij het document vastgelegd.
          </p>
          <div className="form-grid">
          <label htmlFor="pdf-password">Wachtwoord</label>
          <input
            id="pdf-password"
            type="password"
            autoComplete="off"
            autoFocus
            value={password}
            aria-invalid={wrongPassword}
            aria-describedby={wrongPassword ? 'pdf-password-error' : undefined}
            onChange={(e) => setPassword(e.target.value)}
            disabled={busy}
          />
          {wrongPassword && (
            <p id="pdf-password-error" role="alert" className="error">
              Dit wachtwoord klopt niet. Probeer het opnieuw; let op hoofdletters.
            </p>
          )}
          </div>
        </div>
        <div className="actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            Overslaan
          </button>
          <button type="submit" className="primary" disabled={busy || password === ''}>
            {busy ? 'Bezig met openen…' : 'PDF openen'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
