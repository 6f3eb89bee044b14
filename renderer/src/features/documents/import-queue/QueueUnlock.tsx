import { useState } from 'react';
import { userMessage } from '../../../../../shared/errors/user-error';
import { PdfPasswordDialog } from '../PdfPasswordDialog';
import { unlockItem, type QueueItem } from './queue-store';

/**
 * A queued PDF that opens only with a password (issue 19): the dialog opens as soon as the file is shown;
 * "Annuleren" leaves it waiting in the queue with a button to try again.
 */
export function QueueUnlock({ item }: { item: QueueItem }) {
  const [asking, setAsking] = useState(true);
  const [busy, setBusy] = useState(false);
  const [wrongPassword, setWrongPassword] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(password: string) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await unlockItem(item.id, password);
      setWrongPassword(result.wrongPassword);
      if (!result.wrongPassword) setAsking(false);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => setAsking(true)}>
          Wachtwoord invullen…
        </button>
      </div>
      {error && (
        <p role="alert" className="refusals">
          {error}
        </p>
      )}
      {asking && (
        <PdfPasswordDialog
          key={item.id}
          fileName={item.name}
          wrongPassword={wrongPassword}
          busy={busy}
          onSubmit={(password) => void submit(password)}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
