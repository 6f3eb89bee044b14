import { FormActions } from '../../components/FormActions';
import { useState, type FormEvent } from 'react';
import { copyKader, emptyKader, kaderIdFromName, type Kader } from '../../../../shared/kaders';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { addUserKader } from '../../db/kader-store';
import { navigate } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';

/** Names a new user kader: a copy of `source`, or (without a source) an empty start. Opens the editor after. */
export function KaderCopyForm({ source, takenIds, onClose }: { source?: Kader; takenIds: ReadonlySet<string>; onClose: () => void }) {
  const [title, setTitle] = useState(source ? `${source.shortTitle ?? source.title} (aangepast)` : '');
  const [issuer, setIssuer] = useState(source?.issuer ?? '');
  const [error, setError] = useState<string>();
  const heading = source ? `Kopie maken van ${source.shortTitle ?? source.title}` : 'Nieuw kader';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim().length < 3) return setError('Geef het kader een naam van minstens drie tekens, bijvoorbeeld “Wmo gemeente Oss”.');
    if (issuer.trim().length < 1) return setError('Vul in van wie het kader is, bijvoorbeeld “Gemeente Oss”.');
    const options = { id: kaderIdFromName(title, takenIds), title: title.trim(), issuer: issuer.trim() };
    try {
      const kader = source ? copyKader(source, options) : emptyKader(options);
      await addUserKader(getDb(), kader, source ? 'kopie' : 'nieuw', source?.id);
      onClose();
      navigate('kaders', kader.id);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label={heading}>
      <h2 className="span">{heading}</h2>
      {source && (
        <p className="span help">
          De kopie krijgt alle onderdelen, eisen en termijnen van het origineel. Daarna pas je haar aan; het origineel blijft zoals het is.
        </p>
      )}
      <label htmlFor="kc-title">Naam van het kader</label>
      <input id="kc-title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      <label htmlFor="kc-issuer">Van wie (gemeente of opdrachtgever)</label>
      <input id="kc-issuer" value={issuer} onChange={(e) => setIssuer(e.target.value)} />
      <ErrorMessage message={error} />
      <FormActions submitLabel={source ? 'Kopie maken' : 'Kader maken'} onCancel={onClose} />
    </form>
  );
}
