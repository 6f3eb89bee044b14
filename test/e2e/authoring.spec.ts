/**
 * Issue 15: a zzp'er answers the meldcode, klachtenregeling and kwaliteitshandboek questionnaires, adopts the
 * texts, and the requirements they prove turn from ontbreekt to in orde; the Word file is unzipped and read, the
 * PDF read with pdftotext; a backup restored on a fresh profile keeps answers and documents.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PersistentBrowser } from './chromium';
import { AppPage } from './pages/app-page';
import { expectAccessible } from './accessibility';

const ORG = 'Zorg met Sanne';

async function kaderCounts(ui: AppPage, kader = 'Wmo Midden-Groningen'): Promise<Record<string, number>> {
  await ui.nav('Overzicht').click();
  const table = ui.page.getByRole('table').filter({ has: ui.page.getByRole('columnheader', { name: 'Kader' }) });
  const row = table.getByRole('row').filter({ has: ui.page.getByRole('rowheader', { name: kader }) });
  // allInnerTexts does not wait: read only once the overview has drawn the row.
  await expect(row).toBeVisible();
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const cells = await row.getByRole('cell').allInnerTexts();
  return Object.fromEntries(headers.slice(1).map((h, i) => [h, Number(cells[i])]));
}

async function adoptWith(page: Page, answers: Record<string, string>) {
  for (const [label, value] of Object.entries(answers)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je antwoorden zijn bewaard' })).toBeVisible();
  await expect(page.getByLabel('Vastgesteld door')).toHaveValue('Sanne de Vries');
  await page.getByRole('button', { name: /Vaststellen en opslaan als bewijs|Nieuwe versie vaststellen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vastgesteld en opgeslagen' })).toBeVisible({ timeout: 30_000 });
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const d = await event;
  return { path: (await d.path())!, name: d.suggestedFilename() };
}

test('a zzp’er writes her meldcode, klachtenregeling and kwaliteitshandboek with questions and adopts them', async ({ app }) => {
  // Three PDF renders, two downloads of each kind, a backup and a restore on a second profile: minutes on a shared CPU.
  test.setTimeout(360_000);
  const page = app.page;
  const ui = new AppPage(page);
  await ui.open();
  await ui.firstRun(ORG, 'zzp', { kvk: '12345678', address: 'Hoofdstraat 1, 9601 AA Hoogezand', contactPerson: 'Sanne de Vries' });
  const before = await kaderCounts(ui);
  console.log(`Wmo Midden-Groningen before: in orde ${before['In orde']}, ontbreekt ${before['Ontbreekt']}`);

  // The overview counts what one questionnaire would cover.
  const summary = page.getByRole('region', { name: 'Opstellen met vragen' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Kwaliteitshandboek' })).toContainText(/dekt \d+ eisen die nu ontbreken/);
  console.log(`Overview: ${(await summary.getByRole('listitem').allInnerTexts()).join(' | ')}`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await summary.scrollIntoViewIfNeeded();
  await ui.screenshot('test-results/authoring-overview-1366.png');

  // A missing requirement offers "Opstellen met vragen" next to "Document toevoegen".
  await page.goto('/#/checklist/mg-wmo/mg-wmo.veiligheid.meldcode');
  const card = page.getByRole('article', { name: /meldcode huiselijk geweld/ }).first();
  await expect(card.getByRole('link', { name: 'Document toevoegen' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await ui.screenshot('test-results/authoring-checklist-1366.png');
  await expectAccessible(page, 'checklist met Opstellen met vragen');
  const started = Date.now();
  await card.getByRole('link', { name: 'Opstellen met vragen' }).click();

  // Meldcode: only the question the app cannot know is empty; no team questions for a zzp'er.
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcode huiselijk geweld en kindermishandeling' })).toBeVisible();
  await expect(page.getByText('Wie is de aandachtsfunctionaris')).toHaveCount(0);
  await expect(page.getByLabel('Waar leg je signalen en de stappen vast?')).not.toHaveValue('');
  await expect(page.getByRole('button', { name: 'Vaststellen en opslaan als bewijs' })).toBeDisabled();
  await page.setViewportSize({ width: 1366, height: 768 });
  await ui.screenshot('test-results/authoring-meldcode-1366.png');
  await expectAccessible(page, 'vragenlijst meldcode');
  await adoptWith(page, { 'Met wie overleg je in stap 2 als je je zorgen maakt over een cliënt?': 'Petra Jansen, collega-zzp’er en aandachtsfunctionaris bij Zorggroep Noord' });

  const word = await download(page, 'Download Word (.docx)');
  expect(word.name).toMatch(/\.docx$/);
  const xml = execFileSync('unzip', ['-p', word.path, 'word/document.xml']).toString();
  const wordText = xml.replace(/<[^>]+>/g, ' ');
  for (const s of ['Meldcode huiselijk geweld en kindermishandeling', 'Vastgesteld op', 'Stap 1 – Signalen in kaart brengen', 'Petra Jansen', '0800-2000', 'kindcheck', 'meldrecht']) expect(wordText).toContain(s);
  execFileSync('unzip', ['-tq', word.path]);
  const pdf = await download(page, 'Download PDF');
  const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString();
  for (const s of ['Meldcode huiselijk geweld en', 'Vastgesteld op', 'Sanne de Vries', 'Stap 5', 'afwegingskader', 'Pagina 1 van']) expect(pdfText).toContain(s);

  // The text on screen is the adopted version while the answers still give it, and a concept again once one
  // differs (the adopt panel then says the adopted version keeps counting).
  const preview = page.getByRole('article', { name: 'Tekst van Meldcode huiselijk geweld en kindermishandeling' });
  await expect(preview).toContainText(/Vastgesteld op \d\d-\d\d-\d{4} door Sanne de Vries/);
  await preview.getByText(/^Vastgesteld op/).scrollIntoViewIfNeeded();
  await ui.screenshot('test-results/authoring-adopted-preview-1366.png');
  const consult = page.getByLabel('Met wie overleg je in stap 2 als je je zorgen maakt over een cliënt?', { exact: true });
  await consult.fill('Iemand anders');
  await expect(preview).toContainText('Concept – nog niet vastgesteld');
  await expect(page.getByRole('note').filter({ hasText: 'Je antwoorden wijken af van de vastgestelde versie' })).toBeVisible();
  await consult.fill('Petra Jansen, collega-zzp’er en aandachtsfunctionaris bij Zorggroep Noord');
  await expect(preview).toContainText('Vastgesteld op');

  // Klachtenregeling.
  await ui.nav('Opstellen').click();
  await expectAccessible(page, 'vragenlijsten');
  await page.getByRole('link', { name: 'Klachtenregeling' }).click();
  await adoptWith(page, {
    'Wie is je klachtenfunctionaris (naam of organisatie)?': 'Klachtenportaal Zorg',
    'Bij welke geschilleninstantie of onafhankelijke klachtencommissie ben je aangesloten?': 'Geschilleninstantie Zorg',
  });
  await expect(page.getByText('Het jaarlijkse bewijs van aansluiting bij de klachtenfunctionaris')).toBeVisible();

  // Kwaliteitshandboek: all protocols and werkwijzen in one book.
  await ui.nav('Opstellen').click();
  await page.getByRole('link', { name: 'Kwaliteitshandboek' }).click();
  await expect(page.getByRole('group', { name: 'BHV-plan' })).toHaveCount(0);
  await adoptWith(page, {
    'Bij wie kan een cliënt terecht die grensoverschrijdend gedrag wil melden, buiten jou om?': 'de vertrouwenspersoon van Klachtenportaal Zorg',
    'Wie neemt je werk over als je ziek bent of op vakantie gaat?': 'Karin Smit, collega-zzp’er in Hoogezand',
    'Welke programma’s of bedrijven verwerken cliëntgegevens voor je?': 'mijn dossier-app en mijn boekhouder',
    'Hoe lang bewaar je een dossier na het einde van de ondersteuning?': 'vijftien jaar',
  });
  const answering = Math.round((Date.now() - started) / 1000);
  await expect(page.getByText('de app blijft vragen om gedateerd bewijs uit de praktijk')).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await ui.screenshot('test-results/authoring-handboek-1920.png');
  const handboek = await download(page, 'Download PDF');
  const handboekText = execFileSync('pdftotext', ['-layout', handboek.path, '-']).toString();
  for (const s of ['Kwaliteitshandboek', 'Inhoud', 'Protocol omgaan met agressie', 'Werkwijzen rond de cliënt', 'Vervangingsplan', 'Privacybeleid', 'Karin Smit']) expect(handboekText).toContain(s);
  expect(handboekText).not.toContain('BHV-plan');

  const after = await kaderCounts(ui);
  console.log(`Wmo Midden-Groningen after: in orde ${after['In orde']}, ontbreekt ${after['Ontbreekt']} (answering and adopting took ${answering} s in this automated run)`);
  expect(after['In orde']! - before['In orde']!).toBeGreaterThanOrEqual(20);
  expect(before['Ontbreekt']! - after['Ontbreekt']!).toBe(after['In orde']! - before['In orde']!);
  await expect(page.getByRole('region', { name: 'Opstellen met vragen' }).getByText('Kwaliteitshandboek')).toHaveCount(0);

  // The two-part requirements keep asking for proof of practice.
  await page.goto('/#/checklist/mg-wmo/mg-wmo.clientgerichtheid.warme-overdracht');
  const warm = page.getByRole('article', { name: /warme overdracht/ }).first();
  await expect(warm.getByText('Ontbreekt').first()).toBeVisible();
  await expect(warm.getByRole('link', { name: /Kwaliteitshandboek/ })).toBeVisible();
  await expect(warm.getByText('Voeg het bewijs uit de praktijk')).toBeVisible();
  await expect(warm.getByRole('link', { name: 'Opstellen met vragen' })).toHaveCount(0);

  // A changed answer gives a new version; the old one stays in the history.
  await ui.nav('Opstellen').click();
  await page.getByRole('link', { name: 'Meldcode huiselijk geweld en kindermishandeling' }).click();
  await adoptWith(page, { 'Waar leg je signalen en de stappen vast?': 'in het digitale dossier, in een afgeschermd deel' });
  await page.getByText('Eerdere versies').click();
  await expect(page.getByRole('listitem').filter({ hasText: '(vervangen)' })).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: '(huidig)' })).toHaveCount(1);
  expect((await kaderCounts(ui))['In orde']).toBe(after['In orde']);

  // Backup and restore on a fresh profile keep answers and documents.
  await ui.nav('Instellingen').click();
  const backupEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const backup = readFileSync((await (await backupEvent).path())!);
  const fresh = new PersistentBrowser();
  try {
    const freshPage = await fresh.launch();
    await freshPage.goto('/');
    const restored = new AppPage(freshPage);
    await restored.restoreFromWelcome({ name: 'backup.kwaliteitsmap', buffer: backup }, ORG);
    expect((await kaderCounts(restored))['In orde']).toBe(after['In orde']);
    await restored.nav('Opstellen').click();
    await expect(freshPage.getByRole('listitem').filter({ has: freshPage.getByRole('heading', { name: 'Kwaliteitshandboek', exact: true }) })).toContainText('Vastgesteld op');
    await freshPage.getByRole('link', { name: 'Meldcode huiselijk geweld en kindermishandeling' }).click();
    await expect(freshPage.getByLabel('Met wie overleg je in stap 2 als je je zorgen maakt over een cliënt?')).toHaveValue(/Petra Jansen/);
    await expect(freshPage.getByLabel('Waar leg je signalen en de stappen vast?')).toHaveValue('in het digitale dossier, in een afgeschermd deel');
    await restored.nav('Instellingen').click();
    await freshPage.getByRole('button', { name: 'Controleer alle documenten' }).click();
    await expect(freshPage.getByRole('status').filter({ hasText: 'Alle documenten zijn gecontroleerd en in orde' })).toBeVisible();
    expect(fresh.requests.outside(new URL(freshPage.url()).origin)).toEqual([]);
  } finally {
    await fresh.dispose();
  }
});
