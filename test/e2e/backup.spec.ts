import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures';
import { PersistentBrowser } from './chromium';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { makePdf } from '../fixtures/make-pdf';
import { isoDaysAgo } from './dates';

test('a backup made in the app restores on a fresh profile, byte for byte', async ({ app }) => {
  const ui = new AppPage(app.page);
  const page = app.page;
  await ui.open();
  await ui.firstRun('Zorg met Aandacht', 'organisatie', { staffCount: 4 });
  await ui.addPerson('Anna de Vries', { startDate: isoDaysAgo(40) });
  const vog = Buffer.from(await makePdf(['VOG Anna']));
  await ui.chooseDocuments([{ name: 'vog-anna.pdf', mimeType: 'application/pdf', buffer: vog }]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(50), checks: [/^45/] });

  await ui.nav('Instellingen').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const file = await (await download).path();
  await expect(page.getByRole('status').filter({ hasText: 'De back-up is opgeslagen' })).toBeVisible();
  const backup = readFileSync(file);
  expect((await download).suggestedFilename()).toMatch(/^kwaliteitsmap-backup-.*\.kwaliteitsmap$/);

  // A damaged copy is refused before anything is touched.
  const damaged = Buffer.from(backup);
  damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  await (await chooser).setFiles({ name: 'kapot.kwaliteitsmap', mimeType: 'application/zip', buffer: damaged });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Restore on a brand-new profile, from the welcome screen.
  const fresh = new PersistentBrowser();
  try {
    const freshPage = await fresh.launch();
    await freshPage.goto('/');
    const restored = new AppPage(freshPage);
    await restored.restoreFromWelcome({ name: 'backup.kwaliteitsmap', buffer: backup }, 'Zorg met Aandacht');
    await restored.nav('Personeel').click();
    expect(await restored.matrixCell('Personeel en bewijzen', 'Anna de Vries', 'VOG')).toContain('In orde');
    await restored.nav('Documenten').click();
    await freshPage.getByRole('link', { name: 'VOG' }).click();
    const shown = await freshPage.locator('.facts .mono').innerText();
    expect(shown).toBe(createHash('sha256').update(vog).digest('hex'));
    await restored.nav('Instellingen').click();
    await freshPage.getByRole('button', { name: 'Controleer alle documenten' }).click();
    await expect(freshPage.getByRole('status').filter({ hasText: 'Alle documenten zijn gecontroleerd en in orde' })).toBeVisible();
    expect(fresh.requests.outside(new URL(freshPage.url()).origin)).toEqual([]);
  } finally {
    await fresh.dispose();
  }
});
