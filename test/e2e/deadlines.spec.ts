import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { makePdf } from '../fixtures/make-pdf';
import { addDaysIso, daysBetween, formatDateNl, subMonthsIso, todayInAmsterdam, validThroughAfterMonths } from '../../shared/dates';
import { monthLabelNl } from '../../shared/calendar';
import { parseIcs } from '../unit/calendar/helpers';
import { expectAccessible } from './accessibility';

const NOTIFICATIONS_KEY = 'e2e.notifications';

/**
 * Replaces window.Notification before the app loads: permission is 'granted' and every notification is
 * recorded in localStorage (so it survives reloads) and kept in window.__notifications for clicking.
 */
function fakeNotifications(key: string) {
  const created: unknown[] = [];
  class FakeNotification {
    static permission = 'granted';
    static requestPermission() {
      return Promise.resolve('granted');
    }
    onclick: (() => void) | null = null;
    constructor(
      readonly title: string,
      readonly options: { body?: string } = {},
    ) {
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
      list.push({ title, body: options.body ?? '' });
      localStorage.setItem(key, JSON.stringify(list));
      created.push(this);
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });
  Object.defineProperty(window, '__notifications', { value: created });
}

async function recorded(page: Page): Promise<{ title: string; body: string }[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), NOTIFICATIONS_KEY);
}

/** Adds a person with the BHV'er role (the page model's addPerson sets no roles). */
async function addBhvPerson(ui: AppPage, name: string, startDate: string) {
  const p = ui.page;
  await ui.nav('Personeel').click();
  await p.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await p.getByLabel('Naam', { exact: true }).fill(name);
  await p.getByLabel('In dienst sinds').fill(startDate);
  await p.getByRole('checkbox', { name: /^BHV/ }).check();
  await p.getByRole('button', { name: 'Opslaan' }).click();
  await p.getByRole('heading', { name }).waitFor();
}

/** Adds a certificate on the open person page: a BHV certificate, or training on `subject`. */
async function addCertificate(ui: AppPage, file: string, date: string, subject?: string) {
  const p = ui.page;
  await ui.chooseDocuments([{ name: file, mimeType: 'application/pdf', buffer: Buffer.from(await makePdf([file])) }]);
  await p.getByLabel('Soort bewijs').selectOption({ label: subject ? 'Scholingscertificaat' : 'BHV-certificaat' });
  await p.getByLabel('Datum training').fill(date);
  if (subject) await p.getByLabel('Onderwerp').selectOption({ label: subject });
  await p.getByRole('button', { name: 'Document opslaan' }).click();
  await expect(p.getByRole('cell', { name: file })).toBeVisible();
}

async function exportCalendar(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda exporteren (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kwaliteitsmap-termijnen.ics');
  await expect(page.getByRole('status')).toContainText('Agenda-bestand opgeslagen met');
  return readFile(await file.path(), 'utf8');
}

test('deadlines: grouped and filtered, calendar export with stable UIDs, renewal, one notification a day', async ({ app }) => {
  await app.context.addInitScript(fakeNotifications, NOTIFICATIONS_KEY);
  const page = app.page;
  const ui = new AppPage(page);
  const today = todayInAmsterdam();

  await ui.open();
  await ui.firstRun('Zorg met Aandacht', 'organisatie');
  // Notifications off while seeding, so no summary appears halfway; a late reminder time keeps the
  // in-page daily timer quiet, so below only launches (page loads) can show a summary.
  await ui.nav('Instellingen').click();
  await page.getByLabel('Tijd van de dagelijkse melding').fill('23:59');
  await expect(page.getByRole('status')).toHaveText('Opgeslagen.');
  await page.getByRole('checkbox', { name: /Meldingen tonen/ }).uncheck();
  await expect(page.getByLabel('Tijd van de dagelijkse melding')).toBeDisabled();

  // Anna (BHV'er): BHV certificate ~11.5 months ago (expires within the horizon), agressie training
  // 14 months ago (expired). Bram: meldcode training 3 months ago (in order, beyond the horizon).
  const bhvIssued = addDaysIso(today, -350);
  const bhvDue = validThroughAfterMonths(bhvIssued, 12);
  const agressieIssued = subMonthsIso(today, 14);
  const agressieDue = validThroughAfterMonths(agressieIssued, 12);
  const bramIssued = subMonthsIso(today, 3);
  const bramDue = validThroughAfterMonths(bramIssued, 12);
  await addBhvPerson(ui, 'Anna de Vries', '2020-01-01');
  await addCertificate(ui, 'bhv-anna.pdf', bhvIssued);
  await addCertificate(ui, 'agressie-anna.pdf', agressieIssued, 'Omgaan met agressie');
  await ui.addPerson('Bram Bakker', { functionTitle: 'Begeleider', startDate: '2021-03-01' });
  await addCertificate(ui, 'meldcode-bram.pdf', bramIssued, 'Meldcode huiselijk geweld en kindermishandeling');

  // The deadlines view: overdue first under "Verlopen", then per month in Dutch.
  await ui.nav('Termijnen').click();
  await expect(page.getByRole('heading', { name: 'Termijnen', level: 1 })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings).toEqual(['Verlopen', monthLabelNl(bhvDue), monthLabelNl(bramDue)].filter((h, i, a) => a.indexOf(h) === i));
  const overdue = page.getByRole('region', { name: 'Verlopen' });
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue).toContainText('Anna de Vries');
  await expect(overdue).toContainText(formatDateNl(agressieDue));
  await expect(overdue.locator('.status-verlopen')).toContainText('Verlopen');
  const soonItem = page.getByRole('region', { name: monthLabelNl(bhvDue) }).getByRole('listitem').filter({ hasText: 'Anna de Vries' });
  await expect(soonItem).toContainText('BHV-certificaat – Anna de Vries');
  await expect(soonItem).toContainText(formatDateNl(bhvDue));
  await expect(soonItem.locator('.status-verloopt-binnenkort')).toContainText('Verloopt binnenkort');
  await expect(soonItem.getByRole('button', { name: 'Nieuwe versie toevoegen' })).toBeVisible();
  const bramItem = page.getByRole('listitem').filter({ hasText: 'Bram Bakker' });
  await expect(bramItem.locator('.status-in-orde')).toBeVisible();
  // Not about to expire: no renewal button.
  await expect(bramItem.getByRole('button', { name: 'Nieuwe versie toevoegen' })).toHaveCount(0);
  await expect(soonItem).toContainText(`(nog ${daysBetween(today, bhvDue)} dagen)`);
  await expectAccessible(page, 'Termijnen');
  await ui.screenshot('docs/screenshots/termijnen.png', { fullPage: true });

  // Filters.
  await page.getByLabel('Persoon').selectOption({ label: 'Bram Bakker' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([monthLabelNl(bramDue)]);
  await expect(page.getByRole('listitem').filter({ hasText: 'Anna de Vries' })).toHaveCount(0);
  await page.getByLabel('Persoon').selectOption({ label: 'Organisatie (geen persoon)' });
  await expect(page.getByText('Geen termijnen voor deze selectie.')).toBeVisible();
  await page.getByLabel('Persoon').selectOption({ label: 'Iedereen' });
  await page.getByLabel('Kader').selectOption({ index: 1 });
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3);
  await page.getByLabel('Kader').selectOption({ label: 'Alle kaders' });

  // Calendar export: one event per deadline, all-day, alarms, UIDs stable across two exports.
  const first = parseIcs(await exportCalendar(page));
  const events = first.children.filter((c) => c.type === 'VEVENT');
  expect(events.map((e) => e.get('DTSTART')!.value).sort()).toEqual([agressieDue, bhvDue, bramDue].map((d) => d.replaceAll('-', '')).sort());
  for (const e of events) {
    expect(e.get('UID')!.value).toMatch(/^[0-9a-f]{16}@kwaliteitsmap\.local$/);
    expect(e.get('DTSTART')!.params).toEqual({ VALUE: 'DATE' });
    expect(e.get('SUMMARY')!.value).toMatch(/^Scholing vernieuwen: .+ – (Anna de Vries|Bram Bakker)$/);
    const alarms = e.children.filter((c) => c.type === 'VALARM');
    // Default horizon 60 days, reminder time 23:59 (set above): 60 days before at 23:59.
    expect(alarms.map((a) => a.get('TRIGGER')!.value)).toEqual(e.get('DTSTART')!.value === agressieDue.replaceAll('-', '') ? [] : ['-P59DT1M']);
  }
  expect(new Set(events.map((e) => e.get('UID')!.value)).size).toBe(3);
  await page.getByLabel('Herinnering in de agenda').selectOption({ label: '14 dagen van tevoren' });
  const second = parseIcs(await exportCalendar(page));
  const uids = (cal: typeof first) =>
    Object.fromEntries(cal.children.filter((c) => c.type === 'VEVENT').map((e) => [e.get('DTSTART')!.value, e.get('UID')!.value]));
  expect(uids(second)).toEqual(uids(first));
  expect(second.children.flatMap((e) => e.children.map((a) => a.get('TRIGGER')!.value))).toEqual(['-P13DT1M', '-P13DT1M']);

  // Notifications: nothing while they are off, even at launch.
  await ui.nav('Instellingen').click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await recorded(page), 'no notification while notifications are off').toEqual([]);
  await page.getByRole('checkbox', { name: /Meldingen tonen/ }).check();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen.');

  // The next launch shows one summary.
  await page.evaluate(() => (location.hash = '#/overzicht'));
  await page.reload();
  await expect.poll(() => recorded(page)).toHaveLength(1);
  const [note] = await recorded(page);
  expect(note!.title).toBe('Kwaliteitsmap: termijnen');
  expect(note!.body).toBe('1 verlopen, 1 verloopt binnenkort: Omgaan met agressie Anna de Vries en BHV-certificaat Anna de Vries');
  // Clicking the notification opens the deadlines view.
  await page.evaluate(() => (window as unknown as { __notifications: { onclick: () => void }[] }).__notifications[0]!.onclick());
  await expect(page).toHaveURL(/#\/termijnen$/);
  await expect(page.getByRole('heading', { name: 'Termijnen', level: 1 })).toBeVisible();

  // A second launch the same day shows nothing new.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Termijnen', level: 1 })).toBeVisible();
  await page.waitForTimeout(2000);
  expect(await recorded(page)).toHaveLength(1);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kwaliteitsmap.settings') ?? '{}').lastNotificationDate)).toBe(today);

  // Renewal from the deadline keeps the history: the new file supersedes the old document.
  const renew = page.waitForEvent('filechooser');
  await page
    .getByRole('region', { name: monthLabelNl(bhvDue) })
    .getByRole('listitem')
    .filter({ hasText: 'Anna de Vries' })
    .getByRole('button', { name: 'Nieuwe versie toevoegen' })
    .click();
  await (await renew).setFiles([{ name: 'bhv-anna-2.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(['bhv-anna-2.pdf'])) }]);
  const form = page.getByRole('form', { name: 'Gegevens van bhv-anna-2.pdf' });
  await expect(form).toContainText('nieuwe versie');
  await expect(form.getByLabel('Soort bewijs')).toHaveValue('bhv');
  await expect(form.getByLabel('Soort bewijs')).toBeDisabled();
  await form.getByLabel('Datum training').fill(today);
  await form.getByRole('button', { name: 'Document opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het document is opgeslagen en gecontroleerd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  const renewedDue = validThroughAfterMonths(today, 12);
  const renewed = page.getByRole('region', { name: monthLabelNl(renewedDue) }).getByRole('listitem').filter({ hasText: 'Anna de Vries' });
  await expect(renewed).toContainText(formatDateNl(renewedDue));
  await expect(page.getByText(formatDateNl(bhvDue))).toHaveCount(0);
  await renewed.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Versies' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'bhv-anna.pdf' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'bhv-anna-2.pdf' })).toContainText('(huidige versie)');
});
