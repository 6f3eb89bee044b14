/**
 * Issue 6 §1, desktop: closing the app makes an automatic backup, at most once a day, in the folder
 * the user picked (through the real settings page and main's folder dialog, stubbed), keeping the
 * newest N automatic backups and never touching any other file there. Main never hangs on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { parseBackup } from '../../shared/backup';
import { isAutoBackupFileName } from '../../shared/bridge/auto-backup';
import type { HostApi } from '../../shared/bridge/host-api';
import { todayInAmsterdam } from '../../shared/dates';
import { DB_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { electronBinary, expect, launchApp, test } from './fixtures';

test.skip(!electronBinary, 'Electron is niet geïnstalleerd');

declare global {
  interface Window {
    kwaliteitsmapHost: HostApi;
  }
}

const auto = (stamp: string) => `kwaliteitsmap-auto-backup-${stamp}.kwaliteitsmap`;

async function firstRun(page: Page, name: string) {
  await expect(page.getByRole('heading', { name: 'Welkom bij Kwaliteitsmap' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Naam van de organisatie').fill(name);
  // One page: a zzp'er (the default) also gives her own name and start date.
  await page.getByLabel('Je eigen naam').fill('Sanne Bakker');
  await page.getByLabel('Begonnen als zorgverlener op').fill('2024-01-15');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
}

/** Closes the window as the user would (the close button), and waits for the process to end. */
async function closeLikeTheUser(app: ElectronApplication): Promise<void> {
  const exited = app.waitForEvent('close', { timeout: 60_000 });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close()).catch(() => undefined);
  await exited;
}

const readConfig = (userDataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(userDataDir, 'config.json'), 'utf8')) as { settings?: { lastAutoBackupDate?: string; keepBackups?: number } };

test('closing makes one backup a day in the chosen folder, keeps the newest N, leaves other files alone', async ({ userDataDir }) => {
  test.setTimeout(120_000);
  const folder = path.join(userDataDir, 'usb-stick', 'Back-ups');
  fs.mkdirSync(folder, { recursive: true });
  const olderAutos = ['2020-01-01-090000', '2020-01-02-090000', '2020-01-03-090000'].map(auto);
  for (const n of olderAutos) fs.writeFileSync(path.join(folder, n), 'oud');
  const userFiles = ['kwaliteitsmap-backup-2020-01-01-0900.kwaliteitsmap', 'notities.txt'];
  for (const n of userFiles) fs.writeFileSync(path.join(folder, n), 'van de gebruiker');

  const first = await launchApp(userDataDir);
  const page = first.window;
  await firstRun(page, 'Zorg aan Huis Test');

  // The folder is chosen through main's dialog; a folder the page names itself is refused.
  await first.app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, folder);
  const refused = await page.evaluate(() => window.kwaliteitsmapHost.setSettings({ autoBackupFolder: '/tmp' }).then(() => '', (e: Error) => e.message));
  expect(refused).toMatch(/^Kies de map voor automatische back-ups/);

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Automatische back-up', level: 2 })).toBeVisible();
  await expect(page.getByText('Nog geen map gekozen')).toBeVisible();
  await page.getByRole('button', { name: 'Map kiezen…' }).click();
  await expect(page.getByText(folder, { exact: true })).toBeVisible();
  await page.getByRole('spinbutton', { name: /Bewaar de laatste/ }).fill('2');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByText('Laatste automatische back-up: nog niet gemaakt')).toBeVisible();
  await expect.poll(() => readConfig(userDataDir).settings?.keepBackups).toBe(2);

  // Close: main holds the close, the page makes the backup, main writes it and prunes, then closes.
  const started = Date.now();
  await closeLikeTheUser(first.app);
  console.log(`[auto-backup] quit with backup took ${Date.now() - started} ms`);

  const today = todayInAmsterdam();
  let names = fs.readdirSync(folder).sort();
  const autos = names.filter(isAutoBackupFileName);
  const made = autos.find((n) => !olderAutos.includes(n));
  expect(made, `a new automatic backup in ${names.join(', ')}`).toMatch(new RegExp(`^kwaliteitsmap-auto-backup-${today}-\\d{6}\\.kwaliteitsmap$`));
  // Keep 2: the new one and the newest older one; the user's own files untouched; no temporary files.
  expect(autos.sort()).toEqual([olderAutos[2]!, made!].sort());
  for (const n of userFiles) expect(fs.readFileSync(path.join(folder, n), 'utf8')).toBe('van de gebruiker');
  expect(names).toHaveLength(4);
  expect(readConfig(userDataDir).settings?.lastAutoBackupDate).toBe(today);

  // The file is a complete backup that passes the restore checks (every hash).
  const parsed = await parseBackup(new Uint8Array(fs.readFileSync(path.join(folder, made!))), { currentSchemaVersion: DB_SCHEMA_VERSION });
  if (!parsed.ok) throw new Error(`${parsed.code}: ${parsed.detail ?? parsed.message}`);
  expect(parsed.backup.summary.organisationName).toBe('Zorg aan Huis Test');

  // A second start and close the same day: no second backup, and the settings page shows the day.
  const second = await launchApp(userDataDir);
  await expect(second.window.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible({ timeout: 20_000 });
  await second.window.getByRole('link', { name: 'Instellingen', exact: true }).click();
  const [y, m, d] = today.split('-');
  await expect(second.window.getByText(`Laatste automatische back-up: ${d}-${m}-${y}`)).toBeVisible();
  await closeLikeTheUser(second.app);
  names = fs.readdirSync(folder).sort();
  expect(names.filter(isAutoBackupFileName).sort()).toEqual([olderAutos[2]!, made!].sort());
});

test('a quit never hangs: with the page gone mid-backup the app still closes, and nothing half-written is left', async ({ userDataDir }) => {
  const folder = path.join(userDataDir, 'Back-ups');
  fs.mkdirSync(folder);
  const launched = await launchApp(userDataDir);
  await firstRun(launched.window, 'Zorg aan Huis Test');
  await launched.app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, folder);
  await launched.window.evaluate(async () => {
    const { path: chosen } = await window.kwaliteitsmapHost.chooseFolder({ title: 'Map voor automatische back-ups' });
    await window.kwaliteitsmapHost.setSettings({ autoBackupFolder: chosen! });
  });

  // The renderer is asked for the backup and dies before it can answer: main closes anyway, long
  // before its 2-minute timeout, and offers no reload (the user asked to close).
  const exited = launched.app.waitForEvent('close', { timeout: 30_000 });
  const started = Date.now();
  await launched.app
    .evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      window.close();
      window.webContents.forcefullyCrashRenderer();
    })
    .catch(() => undefined);
  await exited;
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});
