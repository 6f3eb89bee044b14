import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The end of a new file's details form: what went wrong, then store it or skip it (and `children`, more ways out). */
export function StoreActions({ error, busy, onSkip, children }: { error: string | undefined; busy: boolean; onSkip: () => void; children?: ReactNode }) {
  return (
    <>
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary" disabled={busy}>
          Document opslaan
        </button>
        <button type="button" onClick={onSkip} disabled={busy}>
          Overslaan
        </button>
        {children}
      </div>
    </>
  );
}
