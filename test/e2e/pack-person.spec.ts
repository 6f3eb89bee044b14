import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { isoDaysAgo } from './dates';
import { expectAccessible } from './accessibility';
import { makePdf } from '../fixtures/make-pdf';
import { makeAndSavePdf } from './pages/pack-build';

const pdf = async (name: string, text: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await makePdf([text])) });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

test('a pack for one person: her documents attached, a colleague’s counted on “Niet opgenomen” with the reason, never named', async ({ app }) => {
  test.setTimeout(150_000);
  const page = app.page;
  const ui = new AppPage(page);
  const dir = await mkdtemp(join(tmpdir(), 'kwaliteitsmap-pack-person-'));

  await ui.open();
  await ui.firstRun('Thuiszorg De Linde', 'organisatie', { staffCount: 3 });
  await ui.addPerson('Bram Jansen', { functionTitle: 'Begeleider', startDate: isoDaysAgo(60) });
  await ui.chooseDocuments([await pdf('vog-bram.pdf', 'BIJLAGE-VOG-BRAM')]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(70), checks: [/^45/] });
  await ui.addPerson('Fatima El Amrani', { functionTitle: 'Begeleider', startDate: isoDaysAgo(60) });
  await ui.chooseDocuments([await pdf('vog-fatima.pdf', 'BIJLAGE-VOG-FATIMA')]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(70), checks: [/^45/] });
  await ui.nav('Documenten').click();
  await ui.chooseDocuments([await pdf('meldcode.pdf', 'BIJLAGE-MELDCODE')]);
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(20) });

  await ui.nav('Bewijspakket').click();
  const persons = page.getByRole('group', { name: 'Medewerkers', exact: true });
  await persons.getByRole('radio', { name: /Alleen de medewerkers die ik kies/ }).check();
  // Keyboard: a focused checkbox is ticked with Space.
  const bram = page.getByRole('checkbox', { name: 'Bram Jansen' });
  await bram.focus();
  await page.keyboard.press('Space');
  await expect(bram).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Fatima El Amrani' })).not.toBeChecked();
  await expect(page.getByRole('group', { name: /Medewerkers in het pakket \(1 van 2\)/ })).toBeVisible();
  // Before building: the one line says what the choice leaves out.
  await expect(page.getByRole('status', { name: 'Wat niet meegaat' })).toContainText('1 van een medewerker die niet is gekozen');
  await expectAccessible(page, 'bewijspakket-medewerkers');
  await page.setViewportSize({ width: 1366, height: 768 });
  await persons.scrollIntoViewIfNeeded();
  await ui.screenshot('test-results/pack-person-choice.png');

  const path = await makeAndSavePdf(page, dir);

  const text = run('pdftotext', ['-layout', path, '-']);
  const flat = text.replace(/\s+/g, ' ');
  // Bram's VOG and the organisation's meldcode are attached; Fatima's VOG is not.
  expect(flat).toContain('BIJLAGE-VOG-BRAM');
  expect(flat).toContain('BIJLAGE-MELDCODE');
  expect(flat).not.toContain('BIJLAGE-VOG-FATIMA');
  // The cover and the summary name the choice; the counts cover all staff.
  expect(flat).toMatch(/Inhoud Alle eisen, 1 van de 2 medewerkers \(Bram Jansen\)/);
  expect(flat).toContain('Medewerkers in dit pakket: 1 van de 2 medewerkers (Bram Jansen).');
  // "Niet opgenomen": Fatima's VOG is counted with the reason, never named (AVG): no title, no file name.
  const notIncluded = text.slice(text.search(/^\s*Niet opgenomen\s*\n+\s*Van de/m)).replace(/\s+/g, ' ');
  expect(notIncluded).toContain('1 persoonlijk document');
  expect(notIncluded).toContain('Persoonlijk document van een medewerker die niet voor dit');
  expect(notIncluded).not.toContain('vog-bram.pdf');
  expect(flat).not.toContain('vog-fatima.pdf');
  expect(flat).not.toContain('Fatima');
});
