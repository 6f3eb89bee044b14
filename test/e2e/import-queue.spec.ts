import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ORIGIN } from './fixtures';
import { queueEntry, queueList, startOnDocuments } from './pages/import-queue';
import { AppPage, type FileSpec } from './pages/app-page';
import { expectAccessible } from './accessibility';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, OWNER, ORGANISATION } from '../fixtures/reading/first-hour';
import { pdfPageToJpeg } from '../fixtures/reading/photo';

async function files(): Promise<FileSpec[]> {
  return Promise.all(
    FIRST_HOUR_DOCUMENTS.map(async (d) => {
      const pdf = await fixturePdf(d);
      return d.kind === 'photo'
        ? { name: d.fileName, mimeType: 'image/jpeg', buffer: Buffer.from(pdfPageToJpeg(pdf)) }
        : { name: d.fileName, mimeType: 'application/pdf', buffer: Buffer.from(pdf) };
    }),
  );
}

interface StoredDoc {
  fileName: string;
  evidenceType: string;
  personId?: string;
  issueDate?: string;
  validUntil?: string;
  details: Record<string, unknown>;
}

/** What IndexedDB holds, read straight from the database the app writes. */
async function stored(page: Page): Promise<{ documents: StoredDoc[]; people: { id: string; name: string }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kwaliteitsmap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['documents', 'people'], 'readonly');
          const docs = tx.objectStore('documents').getAll();
          const people = tx.objectStore('people').getAll();
          tx.oncomplete = () => {
            resolve({ documents: docs.result, people: people.result });
            open.result.close();
          };
        };
      }),
  );
}


test('seven documents and a photo in one queue: read, proposed, confirmed and stored as proposed', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  const ui = new AppPage(page);
  const pageErrors = await startOnDocuments(ui, ORGANISATION);

  const chosen = await files();
  await ui.chooseDocuments(chosen);
  const form = page.getByRole('form', { name: /^Gegevens van / });

  // The first file (the VOG) is open while the rest is read. Nobody is entered yet: add her in place.
  await expect(form.getByLabel('Soort bewijs')).toHaveValue('vog', { timeout: 30_000 });
  await form.getByLabel('Van wie').selectOption({ label: 'Nieuwe persoon…' });
  await form.getByLabel('Naam', { exact: true }).fill(OWNER);
  await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Eigenaar' });
  await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(form.getByLabel('Van wie')).toHaveValue(/.+/);

  // Everything read, the photo by OCR, with no file still waiting to be read.
  await expect(queueList(page).getByText(/Lezen…|Controleren…/)).toHaveCount(0, { timeout: 180_000 });

  // Leaving the page keeps the queue.
  await ui.nav('Overzicht').click();
  await ui.nav('Documenten').click();
  await expect(queueList(page).getByRole('listitem')).toHaveCount(chosen.length);

  // Each proposal as shown in its form.
  for (const doc of FIRST_HOUR_DOCUMENTS) {
    await queueEntry(page, doc.fileName).click();
    const f = page.getByRole('form', { name: `Gegevens van ${doc.fileName}` });
    await expect(f.getByLabel('Soort bewijs'), doc.fileName).toHaveValue(doc.expected.evidenceType);
    if (doc.expected.person) await expect(f.getByLabel('Van wie').locator('option:checked'), doc.fileName).toHaveText(doc.expected.person);
    if (doc.expected.issueDate) await expect(f.locator('input[id$="-issue"]'), doc.fileName).toHaveValue(doc.expected.issueDate);
    if (doc.expected.validUntil) await expect(f.locator('input[id$="-until"]'), doc.fileName).toHaveValue(doc.expected.validUntil);
    await expect(queueList(page).getByRole('button', { name: new RegExp(doc.fileName.replace(/[.()]/g, '\\$&')) })).toContainText('Compleet');
  }

  // The photo: shown as the image, read by OCR from the app's own language data.
  await queueEntry(page, 'IMG_20250611').click();
  await expect(page.getByRole('img', { name: /Voorbeeld van IMG_20250611/ })).toBeVisible();
  await expect(page.getByText('De tekst is herkend uit de afbeelding.')).toBeVisible();
  expect(app.requests.urls.some((u) => u === `${ORIGIN}/tesseract/lang/nld.traineddata.gz`)).toBe(true);

  // A second copy of the VOG is refused as a duplicate and can be removed from the list.
  await ui.chooseDocuments([chosen[0]!].map((f) => ({ ...f, name: 'VOG nogmaals.pdf' })));
  await queueEntry(page, 'VOG nogmaals.pdf').click();
  await expect(queueEntry(page, 'VOG nogmaals.pdf')).toContainText('Niet toegevoegd');
  await page.getByRole('region', { name: 'Voorstel voor VOG nogmaals.pdf' }).getByRole('button', { name: 'Verwijderen uit de lijst' }).click();
  await expect(queueList(page).getByRole('listitem')).toHaveCount(chosen.length);

  // Skip the policy, then take it back.
  await queueEntry(page, 'Polisblad BAV.pdf').click();
  await page.getByRole('form', { name: 'Gegevens van Polisblad BAV.pdf' }).getByRole('button', { name: 'Overslaan' }).click();
  await expect(queueEntry(page, 'Polisblad BAV.pdf')).toContainText('Overgeslagen');

  // The queue at both screen sizes, checked with axe.
  await queueEntry(page, 'Scan VOG 2025.pdf').click();
  await expectAccessible(page, 'import queue');
  await page.screenshot({ path: 'test-results/import-queue-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/import-queue-1920.png' });
  await page.getByRole('form', { name: /Gegevens van Scan VOG/ }).getByLabel('Van wie').selectOption({ label: 'Nieuwe persoon…' });
  await expectAccessible(page, 'import queue, new person');
  await page.getByRole('form', { name: /Gegevens van Scan VOG/ }).getByRole('button', { name: 'Annuleren' }).click();

  // Nothing is stored before confirming.
  expect((await stored(page)).documents).toEqual([]);

  await page.getByRole('button', { name: 'Alle complete bevestigen (7)' }).click();
  await expect(queueEntry(page, 'Scan VOG 2025.pdf')).toContainText('Opgeslagen');
  await queueEntry(page, 'Polisblad BAV.pdf').click();
  await page.getByRole('button', { name: 'Toch toevoegen' }).click();
  await page.getByRole('form', { name: 'Gegevens van Polisblad BAV.pdf' }).getByRole('button', { name: 'Document opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: '8 documenten zijn opgeslagen en gecontroleerd.' })).toBeVisible();

  const db = await stored(page);
  const person = db.people.find((p) => p.name === OWNER)!;
  expect(db.documents).toHaveLength(8);
  for (const doc of FIRST_HOUR_DOCUMENTS) {
    const d = db.documents.find((x) => x.fileName === doc.fileName)!;
    expect({ type: d.evidenceType, person: d.personId, issue: d.issueDate, until: d.validUntil }, doc.fileName).toEqual({
      type: doc.expected.evidenceType,
      person: doc.expected.person ? person.id : undefined,
      issue: doc.expected.issueDate,
      until: doc.expected.validUntil,
    });
    expect(d.details, doc.fileName).toMatchObject(doc.expected.details ?? {});
  }
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(queueList(page)).toHaveCount(0);
  expect(pageErrors).toEqual([]);
  await expect(page.getByRole('cell', { name: 'Polisblad BAV.pdf' })).toBeVisible();
});

test('a chosen folder lands in the queue without its system files; closing the queue asks first', async ({ app }) => {
  const page = app.page;
  const ui = new AppPage(page);
  await ui.open();
  await ui.firstRun(ORGANISATION, 'zzp');
  await ui.nav('Documenten').click();

  const dir = mkdtempSync(join(tmpdir(), 'km-folder-'));
  try {
    mkdirSync(join(dir, 'beleid'));
    const [meldcode, klachten] = [FIRST_HOUR_DOCUMENTS[3]!, FIRST_HOUR_DOCUMENTS[4]!];
    writeFileSync(join(dir, meldcode.fileName), await fixturePdf(meldcode));
    writeFileSync(join(dir, 'beleid', klachten.fileName), await fixturePdf(klachten));
    writeFileSync(join(dir, '.DS_Store'), 'x');
    await page.locator('input[webkitdirectory]').setInputFiles(dir);
    // Chromium reads a chosen folder's files from disk when the page asks for their bytes: keep them until then.
    await expect(queueList(page).getByRole('listitem')).toHaveCount(2);
    await expect(queueEntry(page, 'klachtenregeling_2025.pdf')).toContainText('Compleet', { timeout: 60_000 });
    await expect(queueEntry(page, 'Meldcode De Vries Begeleiding.pdf')).toContainText('Compleet');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await page.getByRole('button', { name: 'Wachtrij sluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wachtrij sluiten?' });
  await expect(dialog).toContainText('2 bestanden zijn nog niet opgeslagen');
  await expectAccessible(page, 'close queue dialog');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(queueList(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Wachtrij sluiten' }).click();
  await dialog.getByRole('button', { name: 'Sluiten zonder opslaan' }).click();
  await expect(queueList(page)).toHaveCount(0);
  expect((await stored(page)).documents).toEqual([]);
});
