import { test, expect } from './fixtures';
import { FirstHourWalk, type WalkDocument } from './pages/first-hour-walk';
import { expectAccessible } from './accessibility';
import { isoDaysAgo } from './dates';
import { dmy, paperPdf } from '../fixtures/first-hour-documents';

const NAME = 'Marieke de Boer';
const ORG = 'Begeleiding De Boer';
const START = isoDaysAgo(40);

/** A photographed page: text drawn on a slightly grey, tilted "paper" in Chromium, saved as JPEG. */
async function photographedPage(page: import('@playwright/test').Page, lines: string[]): Promise<Buffer> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1240;
    canvas.height = 1754;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#8a8a80';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.translate(620, 877);
    g.rotate(-0.02);
    g.fillStyle = '#f4f1ea';
    g.fillRect(-560, -820, 1120, 1640);
    g.fillStyle = '#222';
    text.forEach((t, i) => {
      g.font = i === 0 ? 'bold 44px sans-serif' : '30px sans-serif';
      g.fillText(t, -480, -700 + i * 56);
    });
    return canvas.toDataURL('image/jpeg', 0.85);
  }, lines);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test("a zzp'er goes from the first screen to a saved bewijspakket; clicks and typing are counted", async ({ app }) => {
  test.setTimeout(480_000);
  const page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  const walk = new FirstHourWalk(page);

  await expectAccessible(page, 'intake');
  await page.screenshot({ path: 'test-results/first-hour-intake-1366.png', fullPage: true });
  await walk.intake(ORG, NAME, START);
  // The intake asks three things and one click.
  expect([walk.user.typedFields, walk.user.clicks - walk.user.typedFields]).toEqual([3, 1]);

  // Begin hier: her own missing VOG is the first thing, the werkwijze rows are one item.
  await expect(page.getByRole('heading', { name: 'Begin hier' })).toBeVisible();
  const first = page.getByRole('region', { name: 'Eerst regelen' }).getByRole('listitem').first();
  await expect(first).toContainText(`VOG voor ${NAME} ontbreekt`);
  await expect(page.getByRole('link', { name: /^De werkwijze voor \d+ eisen$/ })).toHaveCount(1);
  await expectAccessible(page, 'begin hier');
  await page.screenshot({ path: 'test-results/first-hour-begin-hier-1366.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/first-hour-begin-hier-1920.png', fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  const vogDate = isoDaysAgo(60);
  const docs: WalkDocument[] = [
    {
      file: { name: 'VOG Marieke de Boer.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Verklaring Omtrent het Gedrag', `Naam: ${NAME}`, 'Screeningsprofiel: 45 Gezondheid en welzijn van mens en dier', `Datum: ${dmy(vogDate)}`]) },
      type: 'VOG',
      person: NAME,
      issueDate: vogDate,
      checks: [/^45/],
    },
    {
      file: { name: 'diploma-sph.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Getuigschrift', `${NAME} heeft met goed gevolg afgelegd het examen`, 'Sociaal-Pedagogische Hulpverlening (hbo)', 'Hanzehogeschool Groningen, 30-06-2015']) },
      type: 'Diploma',
      person: NAME,
      selects: { 'Soort diploma': 'SPH – sociaal-pedagogische hulpverlening (hbo)' },
    },
    {
      file: { name: 'bhv-certificaat.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Certificaat Bedrijfshulpverlening', NAME, `Datum training: ${dmy(isoDaysAgo(90))}`, `Geldig tot: ${dmy(isoDaysAgo(90 - 365))}`]) },
      type: 'BHV-certificaat',
      person: NAME,
      issueDate: isoDaysAgo(90),
    },
    {
      file: { name: 'meldcode.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Meldcode huiselijk geweld en kindermishandeling', ORG, `Vastgesteld: ${dmy(isoDaysAgo(30))}`]) },
      type: 'Meldcode huiselijk geweld en kindermishandeling',
      issueDate: isoDaysAgo(30),
    },
    {
      file: { name: 'klachtenregeling.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Klachtenregeling', ORG, `Vastgesteld: ${dmy(isoDaysAgo(30))}`]) },
      type: 'Klachtenregeling',
      issueDate: isoDaysAgo(30),
    },
    {
      file: { name: 'vertrouwenspersoon.jpg', mimeType: 'image/jpeg', buffer: await photographedPage(page, ['Overeenkomst vertrouwenspersoon', ORG, `Ingangsdatum: ${dmy(isoDaysAgo(20))}`]) },
      type: 'Afspraak met de vertrouwenspersoon',
      issueDate: isoDaysAgo(20),
    },
    {
      file: { name: 'polis-aansprakelijkheid.pdf', mimeType: 'application/pdf', buffer: await paperPdf(['Polisblad beroepsaansprakelijkheid', ORG, 'Polisnummer: BA-2211-0042', `Ingangsdatum: ${dmy(isoDaysAgo(100))}`]) },
      type: 'Aansprakelijkheidsverzekering',
      issueDate: isoDaysAgo(100),
    },
  ];
  await walk.importDocuments(docs);

  // All seven are stored with the right type and person.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(docs.length + 1);
  for (const title of ['VOG', 'Diploma', 'BHV-certificaat', 'Klachtenregeling', 'Afspraak met de vertrouwenspersoon', 'Aansprakelijkheidsverzekering']) {
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  }

  // The search box shows its whole placeholder at 1366 (it was cut off at "…bestand of r").
  const search = page.getByLabel('Zoeken');
  const fits = await search.evaluate((el: HTMLInputElement) => {
    const cs = getComputedStyle(el);
    const g = document.createElement('canvas').getContext('2d')!;
    g.font = `${cs.fontSize} ${cs.fontFamily}`;
    return g.measureText(el.placeholder).width <= el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  });
  expect(fits, 'search placeholder fits its box').toBe(true);

  const download = await walk.buildPack();
  expect(download.suggestedFilename()).toMatch(/^bewijspakket-.*\.pdf$/);

  const u = walk.user;
  console.log(`[first-hour] Van het eerste scherm tot een opgeslagen bewijspakket: ${u.summary()}`);
  console.log(`[first-hour] ${u.log.join(' · ')}`);
  // The issue's goal: at most 25 clicks and 3 typed fields (the organisation's name, her name, her start date).
  expect(u.clicks).toBeLessThanOrEqual(25);
  expect(u.typedFields).toBe(3);

  // One document for many requirements, from a document's page (not part of the counted walk).
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Documenten', exact: true }).click();
  await page.getByRole('link', { name: 'Meldcode huiselijk geweld en kindermishandeling', exact: true }).click();
  await page.getByRole('button', { name: 'Aan meer eisen koppelen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Koppelen aan eisen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  await expectAccessible(page, 'koppelen aan eisen');
  await page.screenshot({ path: 'test-results/first-hour-link-dialog-1366.png' });
  const agressie = dialog.getByRole('checkbox', { name: /agressie/i }).first();
  await agressie.check();
  const chosen = await dialog.getByRole('checkbox', { checked: true }).count();
  await dialog.getByRole('button', { name: /^Koppelen aan \d+ eis/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Gekoppeld aan ${chosen} ${chosen === 1 ? 'eis' : 'eisen'}.` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Wat nu aandacht vraagt' })).toBeVisible();
  await page.screenshot({ path: 'test-results/first-hour-overzicht-1366.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/first-hour-overzicht-1920.png', fullPage: true });
});
