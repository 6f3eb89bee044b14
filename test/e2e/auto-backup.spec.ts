/**
 * Issue 6 §1, browser host: the automatic backup is a download offered when the app opens, at most
 * once a day (Europe/Amsterdam), and only when there is data. A page cannot do async work while it
 * closes, so "on quit" is not possible here (see renderer/src/app/auto-backup.ts). The day is moved
 * with Playwright's clock; the downloaded file is checked and restored like a hand-made backup.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Download, Page } from '@playwright/test';
import { addDaysIso, formatDateNl, todayInAmsterdam } from '../../shared/dates';
import { makePdf } from '../fixtures/make-pdf';
import { expectAccessible } from './accessibility';
import { PersistentBrowser } from './chromium';
import { isoDaysAgo } from './dates';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';

const AUTO_NAME = /^kwaliteitsmap-auto-backup-(\d{4}-\d{2}-\d{2})-\d{6}\.kwaliteitsmap$/;

/** Every download the page makes, in order. */
function recordDownloads(page: Page): Download[] {
  const seen: Download[] = [];
  page.on('download', (d) => seen.push(d));
  return seen;
}

/** Opens the app again (a "start") on the overview and waits until it shows. */
async function start(page: Page) {
  await page.evaluate(() => (location.hash = '#/overzicht'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
}

/** After a start on which nothing is due: give a wrongly started backup ample time to show up. */
async function settle(page: Page) {
  await page.waitForTimeout(2500);
}

const storedSettings = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('kwaliteitsmap.settings') ?? '{}') as { lastAutoBackupDate?: string; autoBackupEnabled?: boolean });

test('the browser downloads the automatic backup at start-up once a day, and the file restores', async ({ app }) => {
  const page = app.page;
  const ui = new AppPage(page);
  const downloads = recordDownloads(page);
  const today = todayInAmsterdam();

  // First run: the database is empty when the app opens, so no backup, not even after the intake.
  await ui.open();
  await ui.firstRun('Zorg met Aandacht', 'organisatie', { staffCount: 4 });
  await ui.addPerson('Anna de Vries', { startDate: isoDaysAgo(40) });
  const vog = Buffer.from(await makePdf(['VOG Anna']));
  await ui.chooseDocuments([{ name: 'vog-anna.pdf', mimeType: 'application/pdf', buffer: vog }]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(50), checks: [/^45/] });
  await settle(page);
  expect(downloads).toHaveLength(0);

  // The settings page explains the browser's way, and no automatic backup was made yet.
  await ui.nav('Instellingen').click();
  const section = page.locator('.card').filter({ has: page.getByRole('checkbox', { name: 'Eén keer per dag automatisch een back-up downloaden' }) });
  await expect(page.getByRole('heading', { name: 'Automatische back-up', level: 2 })).toBeVisible();
  await expect(section.getByRole('checkbox')).toBeChecked();
  await expect(section).toContainText('als download wanneer je de app opent');
  await expect(section).toContainText('Laatste automatische back-up: nog niet gemaakt');
  // No folder and no pruning in a browser.
  await expect(section.getByRole('button', { name: 'Map kiezen…' })).toHaveCount(0);
  await expect(section.getByRole('spinbutton')).toHaveCount(0);
  await expectAccessible(page, 'instellingen (automatische back-up, browser)');

  // The next start, with data: the app asks once (the file holds every VOG unencrypted); a yes downloads.
  await start(page);
  const ask = page.locator('.auto-backup-notice');
  await expect(ask).toContainText('Elke dag een back-up downloaden?');
  await settle(page);
  expect(downloads).toHaveLength(0);
  await expectAccessible(page, 'overzicht met de vraag over de automatische back-up');
  const first = page.waitForEvent('download');
  await ask.getByRole('button', { name: 'Ja, elke dag' }).click();
  const firstFile = await first;
  expect(firstFile.suggestedFilename()).toMatch(AUTO_NAME);
  await expect(page.getByText('De dagelijkse back-up is gedownload')).toBeVisible();
  await expect(page.getByText(firstFile.suggestedFilename())).toBeVisible();
  await expectAccessible(page, 'overzicht met melding van de automatische back-up');
  expect((await storedSettings(page)).lastAutoBackupDate).toBe(today);
  const firstBytes = readFileSync(await firstFile.path());

  // The notice can be put away by keyboard.
  await page.getByRole('button', { name: 'Melding verbergen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De dagelijkse back-up is gedownload')).toHaveCount(0);

  // Opening the app again the same day makes no second one.
  await start(page);
  await settle(page);
  expect(downloads).toHaveLength(1);
  await ui.nav('Instellingen').click();
  await expect(section).toContainText(`Laatste automatische back-up: ${formatDateNl(today)}`);

  // The next day (Amsterdam), the first start downloads again, the second does not.
  const tomorrow = addDaysIso(today, 1);
  await app.context.clock.setFixedTime(new Date(`${tomorrow}T10:00:00Z`));
  const second = page.waitForEvent('download');
  await start(page);
  const secondFile = await second;
  expect(secondFile.suggestedFilename()).toMatch(AUTO_NAME);
  expect(AUTO_NAME.exec(secondFile.suggestedFilename())![1]).toBe(tomorrow);
  expect((await storedSettings(page)).lastAutoBackupDate).toBe(tomorrow);
  await start(page);
  await settle(page);
  expect(downloads).toHaveLength(2);
  const secondBytes = readFileSync(await secondFile.path());

  // Switched off, a new day brings no download.
  await ui.nav('Instellingen').click();
  await section.getByRole('checkbox').uncheck();
  await expect(section.getByRole('status')).toHaveText('Opgeslagen.');
  expect((await storedSettings(page)).autoBackupEnabled).toBe(false);
  await app.context.clock.setFixedTime(new Date(`${addDaysIso(today, 2)}T10:00:00Z`));
  await start(page);
  await settle(page);
  expect(downloads).toHaveLength(2);
  expect((await storedSettings(page)).lastAutoBackupDate).toBe(tomorrow);

  // The first download is a complete, valid backup: the restore dialog reads and checks it.
  await ui.nav('Instellingen').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  await (await chooser).setFiles({ name: firstFile.suggestedFilename(), mimeType: 'application/zip', buffer: firstBytes });
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten?' });
  await expect(dialog).toContainText('Zorg met Aandacht');
  await expect(dialog).toContainText('1 persoon, 1 document');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);

  // The second restores on a brand-new profile, the document byte for byte.
  const fresh = new PersistentBrowser();
  try {
    const freshPage = await fresh.launch();
    await freshPage.goto('/');
    const restored = new AppPage(freshPage);
    await restored.restoreFromWelcome({ name: secondFile.suggestedFilename(), buffer: secondBytes }, 'Zorg met Aandacht');
    await restored.nav('Personeel').click();
    expect(await restored.matrixCell('Personeel en bewijzen', 'Anna de Vries', 'VOG')).toContain('In orde');
    await restored.nav('Documenten').click();
    await freshPage.getByRole('link', { name: 'VOG' }).click();
    expect(await freshPage.locator('.facts .mono').innerText()).toBe(createHash('sha256').update(vog).digest('hex'));
    expect(fresh.requests.outside(new URL(freshPage.url()).origin)).toEqual([]);
  } finally {
    await fresh.dispose();
  }
});
