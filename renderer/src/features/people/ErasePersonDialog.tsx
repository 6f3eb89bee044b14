import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Person } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { erasePerson, erasurePreview } from '../../db/people-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';

/** AVG erasure: shows exactly which documents go with the person before anything is removed. */
export function ErasePersonDialog({ person, onClose, onErased }: { person: Person; onClose: () => void; onErased: () => void }) {
  const db = getDb();
  const preview = useLiveQuery(() => erasurePreview(db, person.id), [db, person.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  return (
    <ConfirmDialog
      title={`${person.name} verwijderen?`}
      confirmLabel="Definitief verwijderen"
      danger
      busy={busy || !preview}
      onCancel={onClose}
      onConfirm={async () => {
        setBusy(true);
        try {
          await erasePerson(db, person.id);
          onErased();
        } catch (e) {
          setError(userMessage(e));
          setBusy(false);
        }
      }}
    >
      <p>
        Hiermee verwijder je {person.name} en <strong>alle documenten</strong> van deze persoon uit Kwaliteitsmap, ook oudere
        versies. Dit kan niet ongedaan worden gemaakt. Maak eerst een back-up als je de documenten nog nodig hebt.
      </p>
      {preview && preview.documents.length > 0 ? (
        <>
          <p>Deze {preview.documents.length === 1 ? 'document wordt' : `${preview.documents.length} documenten worden`} verwijderd:</p>
          <ul>
            {preview.documents.map((d) => (
              <li key={d.id}>
                {d.title} — {d.fileName}
                {d.supersededBy ? ' (oudere versie)' : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Deze persoon heeft geen documenten.</p>
      )}
      <ErrorMessage message={error} />
    </ConfirmDialog>
  );
}
