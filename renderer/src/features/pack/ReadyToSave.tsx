import type { SkippedAttachment } from '../../../../shared/pack/model';
import { ProgressBar } from '../../components/ProgressBar';

/** A pack or verslag the worker has made, waiting to be saved. */
export interface Ready {
  /** One buffer, or the PDF's parts as the pack worker made them (saved in order, never joined here). */
  bytes: Uint8Array | Uint8Array[];
  /** The pack as the worker wrote it to disk (OPFS): saved slice by slice, never read whole (then `bytes` is empty). */
  file?: Blob;
  /** Files `file` is made of by reference (the ZIP: the worker's PDF file), checked before a direct save. */
  sources?: Blob[];
  fileName: string;
  filter: { name: string; extensions: string[] };
  pages?: number;
  skipped: SkippedAttachment[];
}

type Progress = { step: string; current: number; total: number };

/** What was made (and what did not go in), the save button, and the save's progress and outcome. */
export function ReadyToSave({
  ready,
  saving,
  saved,
  onSave,
  onStopSaving,
}: {
  ready: Ready;
  saving?: Progress | undefined;
  saved?: string | undefined;
  onSave: () => void;
  onStopSaving: () => void;
}) {
  return (
    <div className="card" role="region" aria-label="Klaar om op te slaan">
      <p role="status">
        {ready.fileName} is klaar{ready.pages ? ` (${ready.pages} pagina's)` : ''}.
      </p>
      {ready.skipped.length > 0 && <SkippedNotice skipped={ready.skipped} />}
      <button type="button" className="primary" onClick={onSave} disabled={saving !== undefined}>
        Opslaan…
      </button>
      {saving && <ProgressBar label="Opslaan" progress={saving} onCancel={onStopSaving} />}
      {saved && <p role="status">{saved}</p>}
    </div>
  );
}

function SkippedNotice({ skipped }: { skipped: SkippedAttachment[] }) {
  return (
    <div className="notice">
      <p>
        <strong>{skipped.length === 1 ? 'Eén bijlage is niet opgenomen' : `${skipped.length} bijlagen zijn niet opgenomen`}</strong> (
        {skipped.length === 1 ? 'die staat' : 'ze staan'} op de pagina “Niet opgenomen”):
      </p>
      <ul>
        {skipped.map((s) => (
          <li key={s.documentId}>
            {s.title} ({s.fileName}): {s.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
