import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { todayInAmsterdam } from '../../../../../shared/dates';
import { getEvidenceType } from '../../../../../shared/evidence';
import { proposeDocument } from '../../../../../shared/reading';
import { getDb } from '../../../db/database';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ProgressBar } from '../../../components/ProgressBar';
import { sentenceCase } from '../../../lib/text';
import { ownerOf } from '../document-values';
import { effectiveValues, missingField, storeMeta } from './draft';
import { QueueItemForm } from './QueueItemForm';
import { QueuePreview } from './QueuePreview';
import { QueueUnlock } from './QueueUnlock';
import { formatBytes } from '../../../app/storage-estimate';
import {
  cancelUnsafe,
  clearQueue,
  confirmUnsafe,
  hasUnconfirmed,
  removeItem,
  reopenItem,
  select,
  skipItem,
  storeItem,
  updateDraft,
  useImportQueue,
  type QueueItem,
} from './queue-store';
import './import-queue.css';

const STATUS_TEXT: Record<QueueItem['status'], string> = {
  checking: 'Controleren…',
  locked: 'Wachtwoord nodig',
  reading: 'Lezen…',
  open: '',
  storing: 'Opslaan…',
  stored: 'Opgeslagen',
  skipped: 'Overgeslagen',
  refused: 'Niet toegevoegd',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How the text was read from an image, so the user knows what to check. */
function ocrNote(item: QueueItem): string {
  const pages = item.pages && item.pages.of > 1 ? ` Gelezen: ${item.pages.read === item.pages.of ? `alle ${item.pages.of}` : `${item.pages.read} van de ${item.pages.of}`} pagina's.` : '';
  const turned = item.turned ? ' De afbeelding lag gedraaid; de tekst is rechtop gelezen.' : '';
  return `De tekst is herkend uit de afbeelding.${turned}${pages} Controleer de voorstellen extra goed.`;
}

/**
 * The import queue on the Documenten page (renders nothing while it is empty): every chosen or dropped file with what the app read from it,
 * next to its preview. The user confirms each one (or all complete ones at once), skips or removes any.
 */
export function ImportQueue() {
  const db = getDb();
  const queue = useImportQueue();
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), [db]);
  const [confirmClose, setConfirmClose] = useState(false);
  const [storingAll, setStoringAll] = useState(false);
  const today = todayInAmsterdam();

  const rows = useMemo(
    () =>
      queue.items.map((item) => {
        const proposal =
          item.text !== undefined ? proposeDocument({ text: item.text, fileName: item.name, people: people ?? [], today, unreadable: item.kind === 'other' }) : undefined;
        const { values, proposed } = effectiveValues(proposal, item.draft);
        return { item, proposal, values, proposed, missing: missingField(values, today, ownerOf(values, people ?? [])) };
      }),
    [queue.items, people, today],
  );

  if (queue.unsafe)
    return (
      <ConfirmDialog title="Opslag is niet gegarandeerd" confirmLabel="Toch importeren" onCancel={cancelUnsafe} onConfirm={() => void confirmUnsafe()}>
        <p>
          Je wilt {formatBytes(queue.unsafe.totalBytes)} importeren, maar deze browser heeft geen blijvende opslag toegezegd. Bij ruimtegebrek kan de
          browser je gegevens dan wissen. Gebruik bij voorkeur de desktop-app, of maak direct na het importeren een back-up.
        </p>
      </ConfirmDialog>
    );
  if (!people || queue.items.length === 0) return null;
  const waiting = rows.filter((r) => ['checking', 'reading', 'open', 'storing'].includes(r.item.status));
  // The same test as the one that decides whether closing asks first (skipped files count too).
  const settled = !hasUnconfirmed(queue);
  const complete = rows.filter((r) => r.item.status === 'open' && !r.missing);
  const stored = rows.filter((r) => r.item.status === 'stored').length;
  const selected = rows.find((r) => r.item.id === queue.selectedId) ?? rows[0];

  async function storeAllComplete() {
    setStoringAll(true);
    for (const r of complete) await storeItem(r.item.id, storeMeta(getEvidenceType(r.values.typeKey)!, r.values), { advance: false });
    setStoringAll(false);
    const next = queue.items.find((i) => i.status === 'open' && !complete.some((c) => c.item.id === i.id));
    if (next) select(next.id);
  }

  const statusOf = (r: (typeof rows)[number]) => {
    if (r.item.status !== 'open') return STATUS_TEXT[r.item.status];
    return r.missing ? 'Aanvullen' : 'Compleet';
  };

  return (
    <section className="card import-queue" aria-labelledby="queue-title">
      <div className="queue-head">
        <h2 id="queue-title">Bestanden toevoegen</h2>
        <p className="muted">
          {plural(queue.items.length, 'bestand', 'bestanden')}; {plural(stored, 'opgeslagen', 'opgeslagen')}, {waiting.length} te bevestigen. Niets wordt
          bewaard voordat je het bevestigt.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void storeAllComplete()} disabled={complete.length === 0 || storingAll}>
            Alle complete bevestigen ({complete.length})
          </button>
          <button type="button" onClick={() => (hasUnconfirmed() ? setConfirmClose(true) : clearQueue())}>
            {settled ? 'Sluiten' : 'Wachtrij sluiten'}
          </button>
        </div>
      </div>
      {queue.busy && waiting.length > 0 && <ProgressBar label="Bestanden verwerken" progress={queue.busy} />}
      {settled && (
        <p role="status">
          {stored === 0 ? 'Er is niets opgeslagen.' : stored === 1 ? 'Het document is opgeslagen en gecontroleerd.' : `${stored} documenten zijn opgeslagen en gecontroleerd.`}
        </p>
      )}
      <div className="queue-body">
        <ol className="queue-list" aria-label="Bestanden in de wachtrij">
          {rows.map((r) => (
            <li key={r.item.id}>
              <button type="button" className="queue-entry" aria-current={r === selected ? 'true' : undefined} onClick={() => select(r.item.id)}>
                <span className="queue-name">{r.item.name}</span>
                <span className="queue-meta">
                  {getEvidenceType(r.values.typeKey) ? sentenceCase(getEvidenceType(r.values.typeKey)!.label) : 'Soort onbekend'}
                  {r.values.personId ? ` · ${people.find((p) => p.id === r.values.personId)?.name ?? ''}` : ''}
                </span>
                <span className={`queue-status queue-status-${r.item.status === 'open' ? (r.missing ? 'incomplete' : 'complete') : r.item.status}`}>{statusOf(r)}</span>
              </button>
            </li>
          ))}
        </ol>
        {selected && (
          <div className="queue-detail" aria-label={`Voorstel voor ${selected.item.name}`} role="region">
            <div className="queue-preview">
              <QueuePreview item={selected.item} />
            </div>
            <div className="queue-proposal">
              <h3 className="queue-file">{selected.item.name}</h3>
              {selected.item.message && <p className={selected.item.status === 'refused' ? 'refusals' : 'notice'}>{selected.item.message}</p>}
              {selected.item.status === 'reading' && (
                <div className="progress" role="status">
                  <p>{selected.item.reading ? `${selected.item.reading.step}… ${Math.round(selected.item.reading.fraction * 100)}%` : 'Het document wordt gelezen…'}</p>
                  <progress max={1} value={selected.item.reading?.fraction ?? 0} aria-label="Document lezen" />
                </div>
              )}
              {selected.item.textSource === 'ocr' && <p className="help">{ocrNote(selected.item)}</p>}
              {selected.proposal?.notes.map((n) => (
                <p key={n} className="notice">
                  {n}
                </p>
              ))}
              {(selected.item.status === 'open' || selected.item.status === 'reading' || selected.item.status === 'storing') && (
                <QueueItemForm
                  key={selected.item.id}
                  item={selected.item}
                  values={selected.values}
                  proposed={selected.proposed}
                  people={people}
                  today={today}
                  onChange={(change) => updateDraft(selected.item.id, change)}
                  onStore={async (meta) => void (await storeItem(selected.item.id, meta))}
                  onSkip={() => skipItem(selected.item.id)}
                  onRemove={() => removeItem(selected.item.id)}
                />
              )}
              {selected.item.status === 'locked' && <QueueUnlock key={selected.item.id} item={selected.item} />}
              {selected.item.status === 'stored' && <p>Opgeslagen en gecontroleerd.</p>}
              {(selected.item.status === 'skipped' || selected.item.status === 'refused') && (
                <div className="actions">
                  {selected.item.status === 'skipped' && (
                    <button type="button" onClick={() => reopenItem(selected.item.id)}>
                      Toch toevoegen
                    </button>
                  )}
                  <button type="button" onClick={() => removeItem(selected.item.id)}>
                    Verwijderen uit de lijst
                  </button>
                </div>
              )}
            </div>
          </div>
        )}
      </div>
      {confirmClose && (
        <ConfirmDialog
          title="Wachtrij sluiten?"
          confirmLabel="Sluiten zonder opslaan"
          danger
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            clearQueue();
          }}
        >
          <p>
            {plural(waiting.length + rows.filter((r) => r.item.status === 'skipped').length, 'bestand is', 'bestanden zijn')} nog niet opgeslagen. Als je de
            wachtrij sluit, worden ze niet bewaard. Opgeslagen documenten blijven bewaard.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
