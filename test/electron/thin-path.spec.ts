/**
 * The thin path through the real UI in the desktop app: first run (organisation), add a person,
 * attach a VOG through the native open dialog (stubbed), reload, and see it on the overview.
 * Accessible names follow the renderer; the regexes keep this tolerant of small wording changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { electronBinary, expect, test } from './fixtures';

test.skip(!electronBinary, 'Electron is niet geïnstalleerd');

async function makeVogPdf(file: string): Promise<void> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Verklaring Omtrent het Gedrag (voorbeeld voor tests)', { x: 50, y: 780, size: 14, font });
  fs.writeFileSync(file, await doc.save());
}

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('first run, add a person, attach a VOG, reload, overview shows it in order', async ({ launched, userDataDir }) => {
  const { app, window: page } = launched;
  const pdf = path.join(userDataDir, 'VOG Jan Jansen.pdf');
  await makeVogPdf(pdf);
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof dialog.showOpenDialog;
  }, pdf);

  // First run: the intake asks for the organisation.
  await expect(page.getByRole('heading', { name: /Welkom bij Kwaliteitsmap/i })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('textbox', { name: /Naam van de organisatie/i }).fill('Zorg aan Huis Test');
  const kvk = page.getByRole('textbox', { name: /KvK/i });
  if (await kvk.isVisible().catch(() => false)) await kvk.fill('12345678');
  // The intake is one page: an organisation with staff, then "Beginnen".
  const begin = page.getByRole('button', { name: /^Beginnen$/i });
  await page.getByRole('radio', { name: /Organisatie met personeel/i }).check();
  await page.getByRole('spinbutton', { name: /Aantal/i }).fill('3');
  await begin.click();

  // Add a person.
  await page.getByRole('link', { name: /^Personeel$/i }).click();
  await page.getByRole('button', { name: /Persoon toevoegen/i }).click();
  await page.getByRole('textbox', { name: /^Naam$/i }).fill('Jan Jansen');
  await page.getByRole('button', { name: /^Opslaan$/i }).click();
  await expect(page.getByText('Jan Jansen').first()).toBeVisible();

  // Attach the VOG from the person's page, through the native dialog.
  const personLink = page.getByRole('link', { name: /Jan Jansen/i });
  if (await personLink.isVisible().catch(() => false)) await personLink.click();
  await page.getByRole('button', { name: /Document toevoegen/i }).click();
  await page.getByRole('combobox', { name: /Soort bewijs/i }).selectOption({ label: 'VOG' }).catch(async () => {
    await page.getByRole('combobox', { name: /Soort bewijs/i }).selectOption({ label: /VOG/i as unknown as string });
  });
  await page.getByLabel(/Datum van afgifte/i).fill(isoDaysAgo(30));
  await page.getByRole('button', { name: /Document opslaan/i }).click();

  // Everything is in IndexedDB: a reload must show the same.
  await page.reload();
  await page.getByRole('link', { name: /^Overzicht$/i }).click();
  await expect(page.getByText('Jan Jansen').first()).toBeVisible();
  await expect(page.getByText(/In orde/i).first()).toBeVisible();
});
