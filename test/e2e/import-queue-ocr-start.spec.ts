import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { queueEntry, queueList, startOnDocuments } from './pages/import-queue';
import { AppPage } from './pages/app-page';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, ORGANISATION } from '../fixtures/reading/first-hour';
import { pdfPageToJpeg } from '../fixtures/reading/photo';

const PHOTO = FIRST_HOUR_DOCUMENTS.find((d) => d.kind === 'photo')!;
/** Each start and stop of the OCR engine: tesseract.js's Web Worker, served by the app under tesseract/. */
function engineStarts(page: Page): { starts: string[]; stops: number } {
  const seen = { starts: [] as string[], stops: 0 };
  page.on('worker', (w) => {
    if (!w.url().includes('/tesseract/')) return;
    seen.starts.push(w.url());
    w.on('close', () => seen.stops++);
  });
  return seen;
}

/** Files as Chromium hands them to the page in a drag (a DataTransfer of File items with their MIME types). */
function transfer(page: Page, files: { name: string; type: string; bytes: Buffer }[]) {
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ ...f, bytes: [...f.bytes] })));
}

async function readDone(page: Page, name: string) {
  await expect(queueEntry(page, name)).not.toContainText(/Lezen…|Controleren…/, { timeout: 120_000 });
}

test('the OCR engine starts for photos and scans; opened on a guess for the file chooser, it stops once the chosen PDFs have text', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  const ui = new AppPage(page);
  const pageErrors = await startOnDocuments(ui, ORGANISATION);
  const engine = engineStarts(page);
  const starts = engine.starts;

  // Seven PDFs with a text layer dragged over (all a drag shows: application/pdf): no engine. Then chosen: the
  // engine starts on a guess when the chooser opens, and stops once the PDFs are read and none needed it.
  const pdfs = await Promise.all(
    FIRST_HOUR_DOCUMENTS.filter((d) => d.kind === 'pdf').map(async (d) => ({ name: d.fileName, mimeType: 'application/pdf', buffer: Buffer.from(await fixturePdf(d)) })),
  );
  const zone = page.locator('.dropzone');
  const draggedPdfs = await transfer(page, pdfs.slice(0, 2).map((f) => ({ name: f.name, type: f.mimeType, bytes: f.buffer })));
  await zone.dispatchEvent('dragover', { dataTransfer: draggedPdfs });
  await zone.dispatchEvent('dragleave', { dataTransfer: draggedPdfs });
  await page.waitForTimeout(1_000);
  expect(starts).toEqual([]);
  await ui.chooseDocuments(pdfs);
  for (const f of pdfs) await readDone(page, f.name);
  await expect(queueList(page).getByRole('listitem')).toHaveCount(pdfs.length);
  expect(starts).toHaveLength(1);
  await expect.poll(() => engine.stops, { timeout: 10_000 }).toBe(1);

  // A photo chosen with the dialog: the engine starts when the chooser opens (here the files come at once, so
  // the photo still waits for most of the start; a person spends seconds in the dialog) and stays.
  const jpeg = Buffer.from(pdfPageToJpeg(await fixturePdf(PHOTO)));
  let t0 = Date.now();
  await ui.chooseDocuments([{ name: 'IMG_chosen.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  await readDone(page, 'IMG_chosen.jpg');
  const chosenMs = Date.now() - t0;
  expect(starts).toHaveLength(2);
  await expect(queueEntry(page, 'IMG_chosen.jpg')).toContainText('Scholingscertificaat');
  expect(engine.stops).toBe(1);

  // Closing the queue terminates the engine. A photo dragged over the page starts it again before the drop.
  await page.getByRole('button', { name: 'Wachtrij sluiten' }).click();
  await page.getByRole('dialog', { name: 'Wachtrij sluiten?' }).getByRole('button', { name: 'Sluiten zonder opslaan' }).click();
  const photo = await transfer(page, [{ name: 'IMG_dragged.jpg', type: 'image/jpeg', bytes: jpeg }]);
  t0 = Date.now();
  await zone.dispatchEvent('dragover', { dataTransfer: photo });
  await expect.poll(() => starts.length, { timeout: 5_000 }).toBe(3);
  // She moves to the zone and lets go: about a second; then the time from the drop to the proposal.
  await page.waitForTimeout(Math.max(0, 1_000 - (Date.now() - t0)));
  const t1 = Date.now();
  await zone.dispatchEvent('drop', { dataTransfer: photo });
  await readDone(page, 'IMG_dragged.jpg');
  const draggedMs = Date.now() - t1;
  await expect(queueEntry(page, 'IMG_dragged.jpg')).toContainText('Scholingscertificaat');
  // The next photo finds the engine up and warm.
  const t2 = Date.now();
  await ui.chooseDocuments([{ name: 'IMG_next.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(pdfPageToJpeg(await fixturePdf(PHOTO), 140)) }]);
  await readDone(page, 'IMG_next.jpg');
  const nextMs = Date.now() - t2;
  expect(starts).toHaveLength(3);
  console.log(
    `[ocr-start] van toevoegen tot voorstel: foto gekozen (motor start bij het openen van de kiezer, hier meteen gevolgd door de keuze) ${chosenMs} ms; ` +
      `foto gesleept (motor start bij het slepen, 1 s voor het loslaten) ${draggedMs} ms na het loslaten; volgende foto (motor warm) ${nextMs} ms`,
  );

  // A photo picked after three seconds in the dialog (she looks for it): the engine started when it opened.
  await page.getByRole('button', { name: 'Wachtrij sluiten' }).click();
  await page.getByRole('dialog', { name: 'Wachtrij sluiten?' }).getByRole('button', { name: 'Sluiten zonder opslaan' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await page.waitForTimeout(3_000);
  const t3 = Date.now();
  await (await chooser).setFiles([{ name: 'IMG_looked.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  await readDone(page, 'IMG_looked.jpg');
  console.log(`[ocr-start] foto gekozen na 3 s in het venster: ${Date.now() - t3} ms van de keuze tot het voorstel`);
  await expect(queueEntry(page, 'IMG_looked.jpg')).toContainText('Scholingscertificaat');
  expect(starts).toHaveLength(4);

  // A scan (a PDF without text): the engine started on the chooser's guess stays, as the reader finds no text.
  await page.getByRole('button', { name: 'Wachtrij sluiten' }).click();
  await page.getByRole('dialog', { name: 'Wachtrij sluiten?' }).getByRole('button', { name: 'Sluiten zonder opslaan' }).click();
  await ui.chooseDocuments([{ name: 'Scan certificaat.pdf', mimeType: 'application/pdf', buffer: await scanOf(jpeg) }]);
  await readDone(page, 'Scan certificaat.pdf');
  expect(starts).toHaveLength(5);
  expect(engine.stops).toBe(4);
  await expect(queueEntry(page, 'Scan certificaat.pdf')).toContainText('Scholingscertificaat');
  expect(pageErrors).toEqual([]);
});

/** A scanner's PDF: the photographed page on an A4 page, without any text layer. */
async function scanOf(jpeg: Buffer): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return Buffer.from(await doc.save());
}
