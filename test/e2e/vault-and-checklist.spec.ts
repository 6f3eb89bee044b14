import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { expectAccessible } from './accessibility';
import { makePdf } from '../fixtures/make-pdf';
import { isoDaysAgo } from './dates';

const pdf = async (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await makePdf([name])) });

test('a zzp’er goes through the intake and adds VOG, diploma, BHV, meldcode and klachtenregeling; the checklist follows', async ({ app }) => {
  const ui = new AppPage(app.page);
  const page = app.page;
  await ui.open();
  await expectAccessible(page, 'intake');
  await ui.firstRun('Zorg door Sanne', 'zzp', { kvk: '12345678', owner: { name: 'Sanne Bakker', startDate: isoDaysAgo(60) } });

  // The intake entered her as a person: eigenaar, with client contact, from the day she gave.
  await ui.openPerson('Sanne Bakker');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await expect(page.getByLabel('Soort')).toHaveValue('eigenaar');
  await expect(page.getByLabel('In dienst sinds')).toHaveValue(isoDaysAgo(60));
  await page.getByRole('checkbox', { name: 'BHV’er' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await ui.chooseDocuments([await pdf('vog.pdf'), await pdf('diploma.pdf'), await pdf('bhv.pdf')]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(70), checks: [/^45/] }, { more: true });
  await fillDocumentDetails(page, { type: 'Diploma', issueDate: '2015-06-30', selects: { 'Soort diploma': 'SPH – sociaal-pedagogische hulpverlening (hbo)' } }, { more: true });
  await fillDocumentDetails(page, { type: 'BHV-certificaat', issueDate: isoDaysAgo(30) });

  const card = page.getByRole('table', { name: 'Wat deze persoon nodig heeft' });
  await expect(card.getByRole('row', { name: /VOG met screeningsprofiel 45/ })).toContainText('In orde');
  await expect(card.getByRole('row', { name: /passend diploma/ })).toContainText('In orde');
  await expect(card.getByRole('row', { name: /BHV-certificaat/ })).toContainText('In orde');
  await expectAccessible(page, 'persoon');

  await ui.nav('Checklist').click();
  const meldcode = page.getByRole('article', { name: /actuele meldcode huiselijk geweld/ });
  await expect(meldcode).toContainText('Ontbreekt');
  await expectAccessible(page, 'checklist');

  await ui.nav('Documenten').click();
  await ui.chooseDocuments([await pdf('meldcode.pdf'), await pdf('klachtenregeling.pdf')]);
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(20) }, { more: true });
  await fillDocumentDetails(page, { type: 'Klachtenregeling', issueDate: isoDaysAgo(10) });
  await expect(page.getByRole('link', { name: 'Meldcode huiselijk geweld en kindermishandeling' })).toBeVisible();
  await expectAccessible(page, 'documenten');
  await page.getByRole('link', { name: 'Meldcode huiselijk geweld en kindermishandeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcode huiselijk geweld en kindermishandeling' })).toBeVisible();
  // pdf.js draws the first page into a canvas: something other than white paper is on it.
  const firstPage = page.getByRole('img', { name: /pagina 1$/ });
  await expect(firstPage).toBeVisible();
  await expect
    .poll(() =>
      firstPage.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) ink++;
        return ink;
      }),
    )
    .toBeGreaterThan(50);
  await expectAccessible(page, 'document');

  await ui.nav('Checklist').click();
  await expect(page.getByRole('article', { name: /actuele meldcode huiselijk geweld/ })).toContainText('In orde');
  await expect(page.getByRole('article', { name: /klachtenprocedure is eenvoudig/ })).toContainText('In orde');

  // "Niet van toepassing" needs a reason, and is kept with it.
  const agressie = page.getByRole('article', { name: /protocol.*agressie|agressie.*protocol/i }).first();
  await agressie.getByRole('button', { name: 'Niet van toepassing…' }).click();
  await agressie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(agressie.getByRole('alert')).toContainText('reden');
  await agressie.getByLabel('Waarom is deze eis niet van toepassing?').fill('Ik werk alleen met kinderen onder de 4 jaar');
  await agressie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(agressie).toContainText('Niet van toepassing: Ik werk alleen met kinderen onder de 4 jaar');

  // The toelichting is saved when the field loses focus, and survives a reload.
  const klachten = page.getByRole('article', { name: /klachtenprocedure is eenvoudig/ });
  await klachten.getByLabel('Toelichting: hoe voldoe je hieraan?').fill('De regeling staat op mijn website onder Contact.');
  await klachten.getByLabel('Toelichting: hoe voldoe je hieraan?').blur();
  await expect(klachten.getByRole('status')).toContainText('Toelichting opgeslagen');
  await page.reload();
  await expect(page.getByRole('article', { name: /klachtenprocedure is eenvoudig/ }).getByLabel('Toelichting: hoe voldoe je hieraan?')).toHaveValue(
    'De regeling staat op mijn website onder Contact.',
  );

  // Search covers requirements and documents.
  await page.getByLabel('Zoeken in eisen en documenten').fill('klachtenregeling.pdf');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('Zoeken in eisen en documenten').fill('');
  await ui.screenshot('docs/screenshots/checklist.png');

  await ui.nav('Overzicht').click();
  await expect(page.getByRole('heading', { name: 'Wat nu aandacht vraagt' })).toBeVisible();
  await expectAccessible(page, 'overzicht');
  await ui.nav('Instellingen').click();
  await expectAccessible(page, 'instellingen');
});

test('an agency adds three people with their documents and reads the matrix', async ({ app }) => {
  const ui = new AppPage(app.page);
  const page = app.page;
  await ui.open();
  await ui.firstRun('Thuiszorg De Linde', 'organisatie', { staffCount: 8 });

  await ui.addPerson('Bram Jansen', { functionTitle: 'Begeleider', startDate: isoDaysAgo(200) });
  await ui.chooseDocuments([await pdf('vog-bram.pdf')]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(230), checks: [/^45/] });

  await ui.addPerson('Fatima El Amrani', { functionTitle: 'Begeleider', startDate: isoDaysAgo(200) });
  await ui.chooseDocuments([await pdf('vog-fatima.pdf')]);
  // Issued more than 3 months before the start of work: not valid for this start.
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(350), checks: [/^45/] });

  await ui.addPerson('Kees de Boer', { functionTitle: 'Huishoudelijk medewerker', startDate: isoDaysAgo(100) });

  await ui.nav('Personeel').click();
  const caption = 'Personeel en bewijzen';
  expect(await ui.matrixCell(caption, 'Bram Jansen', 'VOG')).toContain('In orde');
  expect(await ui.matrixCell(caption, 'Fatima El Amrani', 'VOG')).not.toContain('In orde');
  expect(await ui.matrixCell(caption, 'Kees de Boer', 'VOG')).toContain('Ontbreekt');
  await expectAccessible(page, 'personeel');

  await page.getByRole('checkbox', { name: 'Alles wat aandacht nodig heeft' }).check();
  const rows = page.getByRole('table', { name: caption }).getByRole('rowheader');
  await expect(rows).toHaveText(['Bram Jansen', 'Fatima El Amrani', 'Kees de Boer'].filter(Boolean));
  await page.getByRole('checkbox', { name: 'Alles wat aandacht nodig heeft' }).uncheck();
  await ui.screenshot('docs/screenshots/personeel.png');

  // Erasing a person shows exactly what goes, and takes their documents with them.
  await page.getByRole('link', { name: 'Fatima El Amrani' }).click();
  await page.getByRole('button', { name: 'Persoon verwijderen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fatima El Amrani verwijderen?' });
  await expect(dialog).toContainText('vog-fatima.pdf');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Personeel' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Fatima El Amrani' })).toHaveCount(0);
  await ui.nav('Documenten').click();
  await expect(page.getByText('vog-fatima.pdf')).toHaveCount(0);
  await expect(page.getByText('vog-bram.pdf')).toBeVisible();
});
