import { count } from '../../lib/text';
import { useState } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import { host } from '../../host';
import { formatBytes, useStorageInfo } from '../../app/storage-estimate';
import { useStorageTruth, type StorageTruth } from '../../app/storage-truth';
import { vault } from '../../workers/vault-client';
import type { Progress } from '../../workers/rpc';
import type { VerificationFailure } from '../../db/document-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';

// In the browser there is no folder to open: the text says where the data is instead of a button that does nothing.
const TRUTH_TEXT: Record<StorageTruth, string> = {
  desktop: 'Je gegevens staan in de gegevensmap van de app op deze computer. De app wist ze nooit zelf.',
  persistent: 'Je gegevens staan in deze browser, met blijvende opslag: de browser wist ze niet uit zichzelf. Er is geen map om te openen.',
  'private-window': 'Dit lijkt een privévenster: de browser wist je gegevens zodra je het venster sluit. Maak nu een back-up.',
  'not-guaranteed': 'Je gegevens staan in deze browser, maar blijvende opslag is niet toegezegd: bij een bijna volle schijf mag de browser ze wissen. Maak regelmatig een back-up.',
  unknown: 'Je gegevens staan in deze browser. Of die ze blijvend bewaart, kan de browser niet zeggen: maak regelmatig een back-up.',
};

const REASONS: Record<VerificationFailure['reason'], string> = {
  onleesbaar: 'kan niet worden gelezen',
  'afwijkende-hash': 'is veranderd sinds het opslaan (vingerafdruk klopt niet)',
  ontbreekt: 'de inhoud ontbreekt',
};

/** Storage: where the data is, how much space it uses, and "Controleer alle documenten". */
export function StorageSection() {
  const [refresh, setRefresh] = useState(0);
  const info = useStorageInfo(refresh);
  const truth = useStorageTruth();
  const [progress, setProgress] = useState<Progress>();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<VerificationFailure[]>();
  const [error, setError] = useState<string>();

  async function verify() {
    setChecking(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await vault()('verifyAll', {}, { onProgress: setProgress }));
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setChecking(false);
      setRefresh((n) => n + 1);
    }
  }

  return (
    <>
      <h2>Opslag</h2>
      <div className="card">
        {info && (
          <>
            <p>{TRUTH_TEXT[truth ?? 'unknown']}</p>
            {info.usedBytes !== undefined && (
              <p>
                In gebruik: {formatBytes(info.usedBytes)}
                {info.quotaBytes !== undefined ? ` · beschikbaar: ${formatBytes(Math.max(0, info.quotaBytes - info.usedBytes))}` : ''}
              </p>
            )}
          </>
        )}
        <div className="actions">
          <button type="button" onClick={verify} disabled={checking}>
            Controleer alle documenten
          </button>
          {truth === 'desktop' && (
            <button type="button" onClick={() => void host.openDataFolder()}>
              Open gegevensmap
            </button>
          )}
        </div>
        {checking && <ProgressBar label="Documenten controleren" progress={progress} />}
        <ErrorMessage message={error} />
        {result &&
          (result.length === 0 ? (
            <p role="status">Alle documenten zijn gecontroleerd en in orde.</p>
          ) : (
            <div role="alert" className="refusals">
              <p>
                <strong>{count(result.length, 'document is', 'documenten zijn')} niet in orde:</strong>
              </p>
              <ul>
                {result.map((f) => (
                  <li key={f.documentId}>
                    {f.title}: {REASONS[f.reason]}
                  </li>
                ))}
              </ul>
              <p>Zet deze documenten terug uit een back-up, of voeg ze opnieuw toe.</p>
            </div>
          ))}
      </div>
    </>
  );
}
