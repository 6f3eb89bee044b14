import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/bridge';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { updateSettings, useSettings } from '../../app/settings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IntakeWizard } from '../intake/IntakeWizard';
import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { AutoBackupSection } from './AutoBackupSection';

/** Which part of the page a change came from: its "Opgeslagen." or error shows there, and only there. */
type SettingsPart = 'general' | 'autoBackup';

export function SettingsPage() {
  const settings = useSettings();
  const db = getDb();
  const org = useLiveQuery(() => db.organisation.get('org'), [db]);
  const [editingIntake, setEditingIntake] = useState(false);
  const [error, setError] = useState<{ part: SettingsPart; message: string }>();
  const [saved, setSaved] = useState<SettingsPart>();

  async function change(patch: SettingsPatch, part: SettingsPart = 'general') {
    setError(undefined);
    setSaved(undefined);
    try {
      await updateSettings(patch);
      setSaved(part);
    } catch (e) {
      setError({ part, message: userMessage(e, 'Deze instelling kon niet worden bewaard.') });
    }
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Instellingen</h1>

      <h2>Organisatie en intake</h2>
      {editingIntake && org ? (
        <IntakeWizard existing={org} onDone={() => setEditingIntake(false)} />
      ) : (
        <div className="card">
          <p>
            <strong>{org?.name}</strong>
            {org?.kvk ? ` · KvK ${org.kvk}` : ''}
            {org?.agb ? ` · AGB ${org.agb}` : ''}
          </p>
          <button type="button" onClick={() => setEditingIntake(true)}>
            Gegevens en intake wijzigen
          </button>
        </div>
      )}

      <h2>Herinneringen</h2>
      <div className="card form-grid">
        <label htmlFor="s-horizon">Waarschuw zoveel dagen vooraf</label>
        <select id="s-horizon" value={settings.horizonDays} onChange={(e) => void change({ horizonDays: Number(e.target.value) as Settings['horizonDays'] })}>
          <option value={30}>30 dagen</option>
          <option value={60}>60 dagen</option>
          <option value={90}>90 dagen</option>
        </select>
        <label className="choice span">
          <input type="checkbox" checked={settings.notificationsEnabled} onChange={(e) => void change({ notificationsEnabled: e.target.checked })} />
          Meldingen tonen bij het starten en één keer per dag
        </label>
        <label htmlFor="s-time">Tijd van de dagelijkse melding</label>
        <input
          id="s-time"
          type="time"
          value={settings.reminderTime}
          onChange={(e) => e.target.value && void change({ reminderTime: e.target.value })}
          disabled={!settings.notificationsEnabled}
        />
      </div>

      <h2>Bestanden</h2>
      <div className="card form-grid">
        <label htmlFor="s-max">Grootste bestand dat je kunt toevoegen (MB)</label>
        <input
          id="s-max"
          type="number"
          min={1}
          max={2000}
          value={settings.maxFileSizeMb}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= 1 && v <= 2000) void change({ maxFileSizeMb: v });
          }}
        />
      </div>
      <ErrorMessage message={error?.part === 'general' ? error.message : undefined} />
      {saved === 'general' && (
        <p role="status" className="muted">
          Opgeslagen.
        </p>
      )}

      <BackupSection />
      <AutoBackupSection
        settings={settings}
        onChange={(patch) => change(patch, 'autoBackup')}
        saved={saved === 'autoBackup'}
        error={error?.part === 'autoBackup' ? error.message : undefined}
      />
      <StorageSection />
    </section>
  );
}
