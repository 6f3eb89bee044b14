import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { isoDaysAgo } from './dates';
import { makePdf } from '../fixtures/make-pdf';

test('a pack being saved can be stopped before the download starts: Annuleren, nothing saved, the page says so', async ({ app }) => {
  test.setTimeout(150_000);
  const page = app.page;
  const ui = new AppPage(page);
  await ui.open();
  await ui.firstRun('Thuiszorg De Linde', 'zzp', { owner: { name: 'Ilse Wijnbergen', startDate: isoDaysAgo(60) } });
  await ui.nav('Documenten').click();
  await ui.chooseDocuments([{ name: 'meldcode.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(['BIJLAGE-MELDCODE'])) }]);
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(20) });
  await page.setViewportSize({ width: 1366, height: 768 });
  await ui.nav('Bewijspakket').click();
  await page.getByRole('button', { name: 'Maken' }).click();
  const ready = page.getByRole('region', { name: 'Klaar om op te slaan' });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  // Reading slowed down: the browser downloads the worker's file itself (saveBlobDirect) after reading one byte
  // of it to see it is still there; slowed, that check is still running when she stops the save.
  await page.evaluate(() => {
    const orig = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) { return new Promise((r) => setTimeout(r, 3000)).then(() => orig.call(this)); };
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await ready.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(ready.getByRole('button', { name: 'Annuleren' })).toBeVisible();
  await ready.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/pack-saving-1366.png' });
  await ready.getByRole('button', { name: 'Annuleren' }).click();
  await expect(ready).toContainText('Opslaan geannuleerd', { timeout: 10_000 });
  await page.waitForTimeout(3_500);
  expect(downloads).toEqual([]);
  await expect(ready.getByRole("button", { name: "Opslaan…" })).toBeEnabled();
  await page.screenshot({ path: "test-results/pack-saving-stopped-1366.png" });
});
