import { hrefFor } from './routing';
import { useStorageTruth } from './storage-truth';

/**
 * The overview's word on where the data is safe. A private window is a real danger (red); a browser
 * that has not promised persistent storage is a caveat (a quiet notice); the desktop app says nothing.
 */
export function StorageNotice() {
  const truth = useStorageTruth();
  if (truth === 'private-window')
    return (
      <div className="warning" role="alert">
        <strong>Dit lijkt een privévenster: wat je hier opslaat, is weg zodra je het venster sluit.</strong> Open Kwaliteitsmap in een
        gewoon browservenster of gebruik de desktop-app. Heb je hier al documenten toegevoegd? Maak dan eerst een back-up via{' '}
        <a href={hrefFor('instellingen')}>Instellingen</a>.
      </div>
    );
  if (truth === 'not-guaranteed')
    return (
      <div className="notice" role="status">
        <strong>Opslag in deze browser is niet gegarandeerd.</strong> Je gegevens blijven bewaard, maar de browser mag ze wissen als de
        schijf bijna vol raakt, en in een privévenster is alles weg zodra je het sluit. Maak daarom regelmatig een back-up (<a href={hrefFor('instellingen')}>Instellingen</a>), of gebruik de
        desktop-app, die dit risico niet heeft.
      </div>
    );
  return null;
}
