import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useState } from 'react';
import { getDb } from '../db/database';
import { removeOrphanContents } from '../db/orphan-contents';
import { host } from '../host';
import { navigate, useLocation } from './routing';
import { IntakeWizard } from './pages';
import { Shell } from './Shell';
import { requestPersistentStorage } from './storage-persistence';
import { loadSettings } from './settings';
import { startReminderScheduler } from './reminders';
import { useAutoBackup } from './auto-backup';
import { AutoBackupStatus } from './AutoBackupStatus';
import { OpenElsewhere } from './OpenElsewhere';
import { PageLoading } from './PageLoading';
import { useSingleWriter } from './single-writer';

export function App() {
  // Issue #14: only one tab writes; another one says so and renders nothing that touches the data.
  const writer = useSingleWriter();
  if (writer.state === 'pending') return null;
  if (writer.state === 'elsewhere') return <OpenElsewhere onRetry={writer.retry} />;
  return <WriterApp />;
}

function WriterApp() {
  const db = getDb();
  // undefined while loading, null when there is no organisation yet (first run).
  const org = useLiveQuery(async () => (await db.organisation.get('org')) ?? null, [db]);
  const location = useLocation();
  const [settingsReady, setSettingsReady] = useState(false);

  useEffect(() => {
    void requestPersistentStorage();
    // Issue #14: content rows no document refers to are garbage no screen shows; removed at start-up.
    void removeOrphanContents(getDb()).catch((e: unknown) => console.warn('Opruimen mislukt', e instanceof Error ? e.name : typeof e));
    void loadSettings().then(() => setSettingsReady(true));
    return host.onNavigate((route) => navigate(route));
  }, []);

  // Reminders need the organisation's data and the stored settings (lastNotificationDate).
  const hasOrg = !!org;
  useEffect(() => (hasOrg && settingsReady ? startReminderScheduler() : undefined), [hasOrg, settingsReady]);
  // Automatic backup: on quit (desktop), or once a day at start-up when there is data (browser).
  useAutoBackup(org === undefined ? undefined : org !== null, settingsReady);

  if (org === undefined || !settingsReady) return null;
  if (org === null)
    return (
      <main className="first-run">
        <Suspense fallback={<PageLoading />}>
          <IntakeWizard />
        </Suspense>
      </main>
    );
  return (
    <>
      <Shell org={org} location={location} />
      <AutoBackupStatus />
    </>
  );
}
