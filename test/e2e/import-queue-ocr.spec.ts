import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { queueEntry, startOnDocuments } from './pages/import-queue';
import { AppPage } from './pages/app-page';
import { expectAccessible } from './accessibility';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, ORGANISATION } from '../fixtures/reading/first-hour';
import { scannedPdf, turnedPdf, turnedPhoto, withExifOrientation } from '../fixtures/reading/photo';
import { BHV_SCAN, scanPdf, UNDATED_PROTOCOL } from '../fixtures/reading/scans';

const PHOTO = FIRST_HOUR_DOCUMENTS.find((d) => d.kind === 'photo')!;
const form = (page: Page, name: string) => page.getByRole('form', { name: `Gegevens van ${name}` });
const region = (page: Page, name: string) => page.getByRole('region', { name: `Voorstel voor ${name}` });

test('scans and photos lying the wrong way are read upright; a scan is read page by page until its dates', async ({ app }) => {
  test.setTimeout(300_000);
  const page = app.page;
  const ui = new AppPage(page);
  const pageErrors = await startOnDocuments(ui, ORGANISATION);

  // A BHV certificate scanned upside down behind its covering letter: the dates are on page 3 of 5.
  const scan = await scannedPdf(await turnedPdf(await scanPdf(BHV_SCAN), 180));
  await ui.chooseDocuments([{ name: BHV_SCAN.fileName, mimeType: 'application/pdf', buffer: Buffer.from(scan) }]);
  await expect(region(page, BHV_SCAN.fileName).getByText(/^Tekst lezen, pagina [1-3] van 5/)).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/import-queue-scan-pages-1366.png' });
  await expect(queueEntry(page, BHV_SCAN.fileName)).not.toContainText('Lezen…', { timeout: 120_000 });
  const scanForm = form(page, BHV_SCAN.fileName);
  await expect(scanForm.getByLabel('Soort bewijs')).toHaveValue(BHV_SCAN.expected.evidenceType);
  await expect(scanForm.locator('input[id$="-issue"]')).toHaveValue(BHV_SCAN.expected.issueDate);
  await expect(scanForm.locator('input[id$="-until"]')).toHaveValue(BHV_SCAN.expected.validUntil);
  await expect(region(page, BHV_SCAN.fileName)).toContainText("De afbeelding lag gedraaid; de tekst is rechtop gelezen. Gelezen: 3 van de 5 pagina's.");

  // Two photos of the same paper: one stored sideways with little-endian Exif saying so (a phone), one taken
  // sideways with no Exif at all. Both read upright; only the second needed turning by the app itself.
  const pdf = await fixturePdf(PHOTO);
  const exifPhoto = withExifOrientation(await turnedPhoto(pdf, 270), 6, 'II');
  const sideways = await turnedPhoto(pdf, 90);
  await ui.chooseDocuments([
    { name: 'IMG_exif.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(exifPhoto) },
    { name: 'IMG_sideways.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(sideways) },
  ]);
  for (const name of ['IMG_exif.jpg', 'IMG_sideways.jpg']) {
    await expect(queueEntry(page, name)).not.toContainText(/Lezen…|Controleren…/, { timeout: 120_000 });
    await queueEntry(page, name).click();
    await expect(form(page, name).getByLabel('Soort bewijs'), name).toHaveValue(PHOTO.expected.evidenceType);
    await expect(form(page, name).locator('input[id$="-issue"]'), name).toHaveValue(PHOTO.expected.issueDate!);
    await expect(region(page, name)).toContainText('De tekst is herkend uit de afbeelding.');
  }
  await expect(region(page, 'IMG_sideways.jpg')).toContainText('De afbeelding lag gedraaid');
  await queueEntry(page, 'IMG_exif.jpg').click();
  await expect(region(page, 'IMG_exif.jpg')).not.toContainText('gedraaid');

  await queueEntry(page, 'IMG_sideways.jpg').click();
  await expectAccessible(page, 'import queue, turned photo');
  await page.screenshot({ path: 'test-results/import-queue-turned-photo-1366.png' });

  // Removing a scan while it is read stops its reading: the next file is read at once, not after its six pages.
  const protocol = await scannedPdf(await scanPdf(UNDATED_PROTOCOL));
  await ui.chooseDocuments([
    { name: UNDATED_PROTOCOL.fileName, mimeType: 'application/pdf', buffer: Buffer.from(protocol) },
    { name: 'IMG_again.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await turnedPhoto(pdf, 0)) },
  ]);
  await queueEntry(page, UNDATED_PROTOCOL.fileName).click();
  await expect(region(page, UNDATED_PROTOCOL.fileName).getByText(/^Tekst lezen, pagina 1 van 6/)).toBeVisible({ timeout: 60_000 });
  await form(page, UNDATED_PROTOCOL.fileName).getByRole('button', { name: 'Verwijderen uit de lijst' }).click();
  await expect(queueEntry(page, UNDATED_PROTOCOL.fileName)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Documenten lezen — 2 van 2' })).toBeVisible({ timeout: 4_000 });
  await expect(queueEntry(page, 'IMG_again.jpg')).not.toContainText('Lezen…', { timeout: 60_000 });
  expect(pageErrors).toEqual([]);
});
