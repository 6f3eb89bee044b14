import { useEffect, useState } from 'react';
import type { AppInfo, Settings, SettingsPatch } from '../../../../shared/bridge';
import { formatDateNl } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import { host } from '../../host';
import { ErrorMessage } from '../../components/ErrorMessage';

/**
 * "Automatische back-up": on/off, the folder (desktop), how many to keep (desktop), and the day of the
 * last one. The browser cannot write into a folder or remove old downloads, so it only explains that
 * the backup is downloaded once a day when the app opens (see app/auto-backup.ts).
 */
export function AutoBackupSection({
  settings,
  onChange,
  saved,
  error,
}: {
  settings: Settings;
  onChange: (patch: SettingsPatch) => Promise<void>;
  saved: boolean;
  error: string | undefined;
}) {
  const [hostKind, setHostKind] = useState<AppInfo['host']>();
  const [folderError, setFolderError] = useState<string>();
  useEffect(() => {
    let live = true;
    void host.appInfo().then((info) => live && setHostKind(info.host));
    return () => {
      live = false;
    };
  }, []);

  async function chooseFolder() {
    setFolderError(undefined);
    try {
      const { path } = await host.chooseFolder({ title: 'Map voor automatische back-ups' });
      if (path) await onChange({ autoBackupFolder: path });
    } catch (e) {
      setFolderError(userMessage(e, 'De map kon niet worden gekozen.'));
    }
  }

  if (!hostKind) return null;
  const desktop = hostKind === 'electron';
  const folder = settings.autoBackupFolder?.trim();
  return (
    <>
      <h2>Automatische back-up</h2>
      <div className="card form-grid">
        <label className="choice span">
          <input type="checkbox" checked={settings.autoBackupEnabled} onChange={(e) => void onChange({ autoBackupEnabled: e.target.checked, autoBackupAnswered: true })} />
          {desktop ? 'Bij het afsluiten automatisch een back-up maken (hoogstens één keer per dag)' : 'Eén keer per dag automatisch een back-up downloaden'}
        </label>
        {desktop ? (
          <>
            <span id="s-folder-label">Map voor automatische back-ups</span>
            <div>
              <p id="s-folder-value" className={folder ? 'mono' : 'muted'}>
                {folder || 'Nog geen map gekozen'}
              </p>
              <button type="button" onClick={() => void chooseFolder()} aria-describedby="s-folder-label s-folder-value">
                Map kiezen…
              </button>
            </div>
            {settings.autoBackupEnabled && !folder && (
              <p className="span">Kies een map, bijvoorbeeld op een usb-stick of een andere schijf. Zonder map wordt er geen automatische back-up gemaakt.</p>
            )}
            <label htmlFor="s-keep">Bewaar de laatste</label>
            <span>
              <input
                id="s-keep"
                type="number"
                min={1}
                max={100}
                value={settings.keepBackups}
                aria-label="Bewaar de laatste zoveel automatische back-ups"
                aria-describedby="s-keep-hint"
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isInteger(v) && v >= 1 && v <= 100) void onChange({ keepBackups: v });
                }}
              />{' '}
              back-ups
            </span>
            <p id="s-keep-hint" className="span muted">
              Oudere automatische back-ups in deze map worden verwijderd. Andere bestanden in de map, ook back-ups die je zelf hebt gemaakt, blijven
              staan.
            </p>
          </>
        ) : (
          <p className="span muted">
            In de browser kan Kwaliteitsmap bij het sluiten niets meer opslaan. Daarom krijg je de back-up één keer per dag als download wanneer je de
            app opent. Bewaar het bestand op een veilige plek, bijvoorbeeld een usb-stick.
          </p>
        )}
        <p className="span">
          Laatste automatische back-up: {settings.lastAutoBackupDate ? formatDateNl(settings.lastAutoBackupDate) : 'nog niet gemaakt'}
        </p>
        <ErrorMessage message={folderError ?? error} />
        {saved && (
          <p role="status" className="muted span">
            Opgeslagen.
          </p>
        )}
      </div>
    </>
  );
}
