import { useState } from 'react';
import { ModalForm } from '../../components/ModalForm';
import { FormField } from '../../components/FormField';

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
  const [password, setPassword] = useState('');
  return (
    <ModalForm
      title="Wachtwoord van de PDF"
      busy={busy}
      onCancel={onCancel}
      cancelLabel="Overslaan"
      onSubmit={() => {
        if (password) onSubmit(password);
      }}
      actions={
        <button type="submit" className="primary" disabled={busy || password === ''}>
          {busy ? 'Bezig met openen…' : 'PDF openen'}
        </button>
      }
    >
      <p>
        <strong>{fileName}</strong> is beveiligd met een wachtwoord. Vul het wachtwoord in dat je bij het document hebt gekregen (bijvoorbeeld in een
        aparte e-mail of sms).
      </p>
      <p className="muted">
        De app bewaart daarna een kopie zonder wachtwoord, zodat het bewijspakket later zonder wachtwoord kan worden gemaakt. Het wachtwoord zelf wordt
        niet bewaard. Het controlegetal (SHA-256) van het beveiligde origineel wordt bij het document vastgelegd.
      </p>
      <div className="form-grid">
        <FormField id="pdf-password" label="Wachtwoord" error={wrongPassword ? 'Dit wachtwoord klopt niet. Probeer het opnieuw; let op hoofdletters.' : undefined}>
          {(control) => (
            <input {...control} type="password" autoComplete="off" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} disabled={busy} />
          )}
        </FormField>
      </div>
    </ModalForm>
  );
}
