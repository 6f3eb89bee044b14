import type { ReactNode } from 'react';

/**
 * A form's closing row: the primary submit button and "Annuleren", which closes the form without saving.
 * While `busy` (saving) both wait, so the form is neither sent twice nor closed halfway.
 */
export function FormActions({ submitLabel, onCancel, busy }: { submitLabel: ReactNode; onCancel: () => void; busy?: boolean }) {
  return (
    <div className="actions span">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        Annuleren
      </button>
    </div>
  );
}
