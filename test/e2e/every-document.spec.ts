import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { expectAccessible } from './accessibility';
import { makePdf } from '../fixtures/make-pdf';
import { isoDaysAgo } from './dates';
import { makeAndSavePdf } from './pages/pack-build';
import { formatDateNl, todayInAmsterdam, validThroughAfterMonths, addDaysIso } from '../../shared/dates';
import { parseIcs } from '../unit/calendar/helpers';

const pdf = async (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await makePdf([name])) });

/**
 * Issue 13: a zzp'er stores seven documents; none is lost. All seven are listed with status and last valid
 * day, the BHV certificate (no BHV role) and the insurance policy (no requirement) are watched in Termijnen
 * and in the .ics, and a VOG's details are corrected (profile 45) without a new upload, with a history.
 */
test('every document counts: seven documents of a zzp’er, watched dates, a details edit with history', async ({ app }) => {
  const ui = new AppPage(app.page);
  const page = app.page;
  const today = todayInAmsterdam();
  const bhvIssued = addDaysIso(today, -350);
  const bhvDue = validThroughAfterMonths(bhvIssued, 12);
  const policyUntil = addDaysIso(today, 200);

  await ui.open();
  // The intake enters her as a person (eigenaar, client contact); her own documents go on her page.
  await ui.firstRun('Zorg door Anna', 'zzp', { kvk: '12345678', owner: { name: 'Anna de Vries', startDate: isoDaysAgo(400) } });
  await ui.nav('Personeel').click();
  await page.getByRole('link', { name: 'Anna de Vries' }).click();

  // On her page: VOG (with the wrong screening profile), diploma, BHV certificate (no BHV role).
  await ui.chooseDocuments([await pdf('vog.pdf'), await pdf('diploma.pdf'), await pdf('bhv.pdf')]);
  const vogForm = page.getByRole('form', { name: 'Gegevens van vog.pdf' });
  await vogForm.getByLabel('Soort bewijs').selectOption({ label: 'VOG' });
  // Someone with client contact: the profile decides whether the VOG counts, so it is not optional.
  await expect(vogForm.getByRole('group', { name: 'Screeningsprofiel' })).toBeVisible();
  await expect(vogForm.getByRole('group', { name: 'Screeningsprofiel (optioneel)' })).toHaveCount(0);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(430), checks: [/^Ander screeningsprofiel/] }, { more: true });
  await fillDocumentDetails(page, { type: 'Diploma', issueDate: '2015-06-30', selects: { 'Soort diploma': 'SPH – sociaal-pedagogische hulpverlening (hbo)' } }, { more: true });
  await fillDocumentDetails(page, { type: 'BHV-certificaat', issueDate: bhvIssued });

  // Organisation documents: meldcode, klachtenregeling, vertrouwenspersoon (no end date), insurance policy.
  await ui.nav('Documenten').click();
  await ui.chooseDocuments([await pdf('meldcode.pdf'), await pdf('klachtenregeling.pdf'), await pdf('vertrouwenspersoon.pdf'), await pdf('polis.pdf')]);
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(20) }, { more: true });
  await fillDocumentDetails(page, { type: 'Klachtenregeling', issueDate: isoDaysAgo(10) }, { more: true });
  await fillDocumentDetails(page, { type: 'Afspraak met de vertrouwenspersoon', issueDate: isoDaysAgo(30) }, { more: true });
  const polis = page.getByRole('form', { name: 'Gegevens van polis.pdf' });
  await polis.getByLabel('Soort bewijs').selectOption({ label: 'Aansprakelijkheidsverzekering' });
  await polis.getByLabel('Ingangsdatum polis').fill('2020-01-01');
  await polis.getByLabel(/^Geldig tot en met/).fill(policyUntil);
  await polis.getByRole('button', { name: 'Document opslaan' }).click();
  await page.getByRole('status').filter({ hasText: /opgeslagen en gecontroleerd/ }).waitFor();
  await page.getByRole('button', { name: 'Sluiten' }).click();

  // All seven in Documenten, each with a status and a last valid day (or "Geen einddatum").
  const table = page.getByRole('main').getByRole('table');
  const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows).toHaveCount(7);
  for (const row of await rows.all()) {
    await expect(row.locator('.status')).toHaveCount(1);
    await expect(row.getByRole('cell').nth(3)).toHaveText(/\d{2}-\d{2}-\d{4}|Geen einddatum/);
  }
  const row = (file: string) => rows.filter({ hasText: file });
  await expect(row('bhv.pdf')).toContainText(formatDateNl(bhvDue));
  await expect(row('bhv.pdf')).toContainText('Verloopt binnenkort');
  await expect(row('bhv.pdf')).toContainText('Telt nergens voor');
  await expect(row('polis.pdf')).toContainText(formatDateNl(policyUntil));
  await expect(row('polis.pdf')).toContainText('Geldig');
  await expect(row('vertrouwenspersoon.pdf')).toContainText('Geen einddatum');
  await expect(row('meldcode.pdf')).toContainText('Wmo Midden-Groningen: 1 eis');
  await expectAccessible(page, 'documenten');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/every-document-list-1366.png', fullPage: true });

  // Termijnen: the BHV certificate and the policy are watched though no requirement uses them.
  await ui.nav('Termijnen').click();
  const bhvItem = page.getByRole('listitem').filter({ hasText: 'BHV-certificaat – Anna de Vries' });
  await expect(bhvItem).toContainText(formatDateNl(bhvDue));
  await expect(bhvItem).toContainText('telt voor geen eis van je kaders');
  await expect(bhvItem).toContainText('Berekend: BHV-certificaat 1 jaar geldig (NIBHV)');
  await expect(page.getByRole('listitem').filter({ hasText: 'Aansprakelijkheidsverzekering' })).toContainText(formatDateNl(policyUntil));
  // The meldcode is due for review, and the badge says so.
  await expect(page.getByRole('listitem').filter({ hasText: 'Meldcode' }).locator('.status')).not.toContainText('Verloopt');
  await expect(page.getByRole('listitem').filter({ hasText: 'vertrouwenspersoon' })).toHaveCount(0);
  await expectAccessible(page, 'termijnen');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda exporteren (.ics)' }).click();
  const ics = parseIcs(await readFile(await (await download).path(), 'utf8'));
  const events = ics.children.filter((c) => c.type === 'VEVENT');
  const bhvEvent = events.find((e) => e.get('SUMMARY')!.value === 'Scholing vernieuwen: BHV-certificaat – Anna de Vries');
  expect(bhvEvent?.get('DTSTART')!.value).toBe(bhvDue.replaceAll('-', ''));
  expect(bhvEvent?.get('DESCRIPTION')!.value).toContain('berekend: BHV-certificaat 1 jaar geldig (NIBHV)');
  const policyEvent = events.find((e) => e.get('SUMMARY')!.value === 'Verloopt: Aansprakelijkheidsverzekering');
  expect(policyEvent?.get('DTSTART')!.value).toBe(policyUntil.replaceAll('-', ''));

  // The VOG: wrong profile, so it counts for nothing and says how to fix it.
  await ui.nav('Documenten').click();
  await page.getByRole('link', { name: 'VOG' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'VOG' })).toBeVisible();
  // Her own document, opened from Documenten: the way back is Documenten, not her page.
  await expect(page.getByRole('link', { name: '← Documenten' })).toHaveAttribute('href', '#/documenten');
  const nothing = page.getByTestId('counts-for-nothing');
  await expect(nothing).toContainText('deze eis vraagt 45');
  await nothing.getByRole('button', { name: 'Gegevens van het document aanpassen' }).click();
  const edit = page.getByRole('form', { name: 'Gegevens van het document aanpassen' });
  await edit.getByRole('checkbox', { name: /^45/ }).check();
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 wijziging opgeslagen.' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Geschiedenis van de gegevens' });
  const change = history.getByRole('row').filter({ hasText: 'Screeningsprofiel' });
  await expect(change.getByRole('cell').nth(2)).toHaveText('Ander screeningsprofiel');
  await expect(change.getByRole('cell').nth(3)).toHaveText('Ander screeningsprofiel, 45 – Gezondheid en welzijn van mens en dier');
  await expect(page.getByTestId('counts-for')).toContainText('screeningsprofiel 45');
  await expect(page.getByTestId('counts-for').getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Versies' })).toHaveCount(0); // no new upload
  await expectAccessible(page, 'document');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/every-document-vog-1366.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/every-document-vog-1920.png', fullPage: true });

  // The VOG requirement is green now, on her card and in the checklist.
  await ui.nav('Personeel').click();
  await page.getByRole('link', { name: 'Anna de Vries' }).click();
  await expect(page.getByRole('table', { name: 'Wat deze persoon nodig heeft' }).getByRole('row', { name: /VOG met screeningsprofiel 45/ })).toContainText('In orde');

  // The BHV certificate: one click gives Anna the role, and it counts.
  await ui.nav('Documenten').click();
  await page.getByRole('checkbox', { name: 'Alleen “telt nergens voor”' }).check();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'bhv.pdf' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'polis.pdf' })).toHaveCount(1);
  await page.getByRole('link', { name: 'BHV-certificaat' }).click();
  await expect(page.getByTestId('counts-for-nothing')).toContainText('Telt niet mee: niemand heeft de rol BHV’er.');
  await page.getByRole('button', { name: 'Rol BHV’er geven aan Anna de Vries?' }).click();
  await expect(page.getByTestId('counts-for')).toContainText('BHV');
  await expect(page.getByTestId('date-source')).toContainText('berekend: BHV-certificaat 1 jaar geldig (NIBHV)');
  await page.screenshot({ path: 'test-results/every-document-bhv-1920.png', fullPage: true });

  // The pack leaves nothing out without a word: every stored document is a bijlage or on "Niet opgenomen".
  await ui.nav('Bewijspakket').click();
  const packPath = await makeAndSavePdf(page, mkdtempSync(join(tmpdir(), 'km-every-')));
  const packText = execFileSync('pdftotext', [packPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const counted = /7 opgeslagen: (\d+) als bijlage opgenomen, (\d+) niet opgenomen/.exec(packText);
  const all = packText.includes('7 opgeslagen, alle 7 als bijlage opgenomen');
  expect(counted || all, 'the cover counts all seven stored documents').toBeTruthy();
  if (counted) {
    expect(Number(counted[1]) + Number(counted[2])).toBe(7);
    // The policy counts for no requirement: it is named on the "Niet opgenomen" page with a reason.
    expect(packText).toContain('Niet opgenomen');
    expect(packText).toContain('polis.pdf');
  }
});
