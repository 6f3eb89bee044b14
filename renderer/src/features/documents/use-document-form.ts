import { useState, type FormEvent } from 'react';
import { getEvidenceType, type EvidenceType } from '../../../../shared/evidence';
import { userMessage } from '../../../../shared/errors/user-error';
import type { DetailValue, Person } from '../../../../shared/model';
import { missingField, ownerOf, withDetail, type DocumentValueChange, type DocumentValues } from './document-values';

/**
 * A details form that holds its values itself (a new file, a stored document; the import queue keeps its
 * own in the queue): the values, the first thing missing as a Dutch error, and the save while busy.
 */
export function useDocumentForm(initial: () => DocumentValues, people: readonly Person[]) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const type = getEvidenceType(values.typeKey);
  const owner = ownerOf(values, people);

  /** Checks the values, then saves them; a failure is shown and the form can be sent again. */
  async function submit(event: FormEvent, save: (type: EvidenceType) => Promise<void>) {
    event.preventDefault();
    const missing = missingField(values, undefined, owner);
    if (missing || !type) return setError(missing);
    setError(undefined);
    setBusy(true);
    try {
      await save(type);
    } catch (e) {
      setError(userMessage(e));
      setBusy(false);
    }
  }

  return {
    values,
    type,
    owner,
    error,
    busy,
    submit,
    change: (change: DocumentValueChange) => setValues((v) => ({ ...v, ...change })),
    setDetail: (key: string, value: DetailValue | undefined) => setValues((v) => ({ ...v, details: withDetail(v.details, key, value) })),
  };
}
