/**
 * Issue 19 in the browser build: qpdf (WebAssembly) and pdf.js run in the vault worker from the app's own
 * files. A PDF that needs a password gets the Dutch password dialog (a wrong password says so), and is
 * stored as a copy without a password with the original's SHA-256 in its note; a PDF with restrictions only
 * and one only pdf.js can read are accepted with a note.
 */
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { expectAccessible } from './accessibility';
import { generatePdfCorpus } from '../fixtures/pdf-corpus/generate';
import { createHash } from 'node:crypto';

test('PDFs with a password, with restrictions only and beyond copying are added; the password is asked in a dialog', async ({ app }) => {
  const corpus = await generatePdfCorpus();
  const file = (name: string) => {
    const c = corpus.find((x) => x.name === name)!;
    return { name, mimeType: 'application/pdf', buffer: Buffer.from(c.bytes) };
  };
  const ui = new AppPage(app.page);
  const page = app.page;
  await ui.open();
  await ui.firstRun('Zorg door Sanne', 'zzp', { kvk: '12345678' });
  await ui.nav('Documenten').click();
  await ui.chooseDocuments([file('user-password.pdf'), file('owner-password-aes256.pdf'), file('uncopyable-page.pdf')]);

  const dialog = page.getByRole('dialog', { name: 'Wachtwoord van de PDF' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('user-password.pdf');
  await expectAccessible(page, 'wachtwoord');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/pdf-password-dialog.png' });
  await dialog.getByLabel('Wachtwoord').fill('fout');
  await dialog.getByRole('button', { name: 'PDF openen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('klopt niet');
  await dialog.getByLabel('Wachtwoord').fill('geheim');
  await dialog.getByRole('button', { name: 'PDF openen' }).click();
  await expect(dialog).toBeHidden();

  // In the order chosen, in the import queue: the unlocked copy, the restricted PDF, the one only pdf.js reads.
  const proposal = page.getByRole('region', { name: /^Voorstel voor / });
  const original = createHash('sha256').update(corpus.find((x) => x.name === 'user-password.pdf')!.bytes).digest('hex');
  await expect(proposal).toContainText(original);
  await fillDocumentDetails(page, { type: 'Medicatiebeleid', issueDate: '2025-01-12' }, { more: true });
  await expect(proposal).toContainText('opent zonder wachtwoord');
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: '2025-01-10' }, { more: true });
  await expect(proposal).toContainText('opgenomen als afbeelding', { timeout: 30_000 });
  await fillDocumentDetails(page, { type: 'Klachtenregeling', issueDate: '2025-01-11' });
  await expect(page.getByRole('link', { name: 'Medicatiebeleid' })).toBeVisible();
});
