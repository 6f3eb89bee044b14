import { useState } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import { vault } from '../../workers/vault-client';
import type { CheckedFile } from '../../workers/vault-handlers';

/**
 * The password step of the import (issue 19): the first checked PDF that needs a password gets the dialog
 * right away; "Overslaan" leaves it in the list of files not added, with a button to try again.
 */
export function usePdfUnlock(checked: CheckedFile[], replace: (file: CheckedFile) => void) {
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [asked, setAsked] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const locked = checked.filter((c) => !c.ok && c.code === 'pdf-password');
  const current = locked.find((c) => c.token === asked) ?? locked.find((c) => !skipped.has(c.token));

  return {
    /** The file the dialog is for, if any. */
    current,
    wrongPassword: current !== undefined && !current.ok && current.wrongPassword === true,
    busy,
    error,
    isLocked: (file: CheckedFile) => !file.ok && file.code === 'pdf-password',
    ask: (token: string) => setAsked(token),
    skip: () => {
      if (current) setSkipped((s) => new Set(s).add(current.token));
      setAsked(undefined);
    },
    submit: async (password: string) => {
      if (!current) return;
      setBusy(true);
      setError(undefined);
      try {
        replace(await vault()('unlock', { token: current.token, password }));
      } catch (e) {
        setError(userMessage(e));
      } finally {
        setBusy(false);
      }
    },
  };
}
