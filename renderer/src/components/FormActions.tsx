import type { ReactNode } from 'react';

/** A form's closing row: the primary submit button and "Annuleren", which closes the form without saving. */
export function FormActions({ submitLabel, onCancel }: { submitLabel: ReactNode; onCancel: () => void }) {
  return (
    <div className="actions span">
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Annuleren
      </button>
    </div>
  );
}
