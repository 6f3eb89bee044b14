import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';

/** A labelled input in a .form-grid, with its error under it. Optional fields say so in the label. */
export function Field({ id, label, optional, error, children }: { id: string; label: string; optional?: boolean; error?: string | undefined; children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> (optioneel)</span>}
      </label>
      <div>
        {children}
        {error && (
          <p className="error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}

export function CheckGroup({ legend, error, children }: { legend: string; error?: string | undefined; children: ReactNode }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <div className="choice-list">{children}</div>
      <ErrorMessage message={error} />
    </fieldset>
  );
}
