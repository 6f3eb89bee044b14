import { test, expect } from '@playwright/test';
import { PersistentBrowser } from './chromium';
import { ORIGIN } from './fixtures';
import { AppPage } from './pages/app-page';
import { expectAccessible } from './accessibility';

// A normal (persistent) browser profile whose browser has not promised persistent storage: the
// overview says so quietly, without the private-window alarm; Instellingen has no dead "Open gegevensmap".
test('a normal window without persistent storage gets a quiet, true notice', async () => {
  const app = new PersistentBrowser();
  try {
    const page = await app.launch();
    const ui = new AppPage(page);
    await ui.open();
    await ui.firstRun('Zorg door Sanne', 'zzp');
    await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Opslag in deze browser is niet gegarandeerd.' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /privévenster|niet veilig/ })).toHaveCount(0);
    await expectAccessible(page, 'overzicht met opslagmelding');
    await ui.nav('Instellingen').click();
    await expect(page.getByText('blijvende opslag is niet toegezegd')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open gegevensmap' })).toHaveCount(0);
    expect(app.requests.outside(ORIGIN)).toEqual([]);
  } finally {
    await app.dispose();
  }
});
