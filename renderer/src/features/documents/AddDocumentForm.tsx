import { useState, type FormEvent } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { storeDocuments } from '../../db/document-store';
import { checkFile } from './check-file';
import { ErrorMessage } from '../../components/ErrorMessage';
import { todayIso } from '../../app/today';

const TYPES = [
  { key: 'vog', label: 'VOG' },
  { key: 'diploma', label: 'Diploma' },
  { key: 'bhv', label: 'BHV-certificaat' },
];

export function AddDocumentForm({
  file,
  personId,
  remaining,
  onDone,
}: {
  file: OpenedFile;
  personId?: string;
  remaining: number;
  onDone: () => void;
}) {
  const [type, setType] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [profile45, setProfile45] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!type) return setError('Kies de soort bewijs.');
    if (!issueDate) return setError('Vul de datum van afgifte in.');
    if (issueDate > todayIso()) return setError('De datum van afgifte ligt in de toekomst.');
    setBusy(true);
    try {
      const checked = await checkFile(file);
      const label = TYPES.find((t) => t.key === type)?.label ?? type;
      await storeDocuments(getDb(), [
        {
          meta: {
            evidenceType: type,
            ...(personId ? { personId } : {}),
            title: label,
            fileName: file.name,
            mimeType: checked.mimeType,
            fileKind: checked.fileKind,
            mergeable: checked.mergeable,
            size: file.bytes.byteLength,
            sha256: checked.sha256,
            issueDate,
            details: type === 'vog' ? { profiles: profile45 ? ['45'] : [] } : {},
            links: [],
          },
          bytes: file.bytes,
        },
      ]);
      onDone();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label={`Gegevens van ${file.name}`}>
      <p className="span">
        <strong>{file.name}</strong>
        {remaining > 0 && <span className="muted"> — daarna nog {remaining}</span>}
      </p>
      <label htmlFor="d-type">Soort bewijs</label>
      <select id="d-type" value={type} onChange={(e) => setType(e.target.value)}>
        <option value="">Kies…</option>
        {TYPES.map((t) => (
          <option key={t.key} value={t.key}>
            {t.label}
          </option>
        ))}
      </select>
      <label htmlFor="d-issue">Datum van afgifte</label>
      <input id="d-issue" type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} />
      {type === 'vog' && (
        <label className="choice span">
          <input type="checkbox" checked={profile45} onChange={(e) => setProfile45(e.target.checked)} />
          Screeningsprofiel 45 (gezondheid en welzijn)
        </label>
      )}
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary" disabled={busy}>
          Document opslaan
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          Overslaan
        </button>
      </div>
    </form>
  );
}
