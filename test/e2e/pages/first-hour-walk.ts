import { expect, type Locator, type Page } from '@playwright/test';
import type { FileSpec } from './app-page';
import { CountingUser } from './counting-user';

/** One of the seven documents the zzp'er has at hand, with what she must tell the app about it. */
export interface WalkDocument {
  file: FileSpec;
  type: string;
  issueDate?: string;
  validUntil?: string;
  checks?: RegExp[];
  selects?: Record<string, string>;
  /** Her name, for her own documents, where the app could not read it. */
  person?: string;
}

/**
 * The zzp'er's first hour as steps, each counted. `importDocuments` is the one step that depends on how
 * files come in: the import queue, which reads the documents and proposes what it finds.
 */
export class FirstHourWalk {
  readonly user: CountingUser;

  constructor(readonly page: Page) {
    this.user = new CountingUser(page);
  }

  private nav(label: string) {
    return this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true });
  }

  async intake(org: string, name: string, startDate: string) {
    const p = this.page;
    await p.getByRole('heading', { name: 'Welkom bij Kwaliteitsmap' }).waitFor();
    await this.user.type(p.getByLabel('Naam van de organisatie'), org, 'naam organisatie');
    await this.user.type(p.getByLabel('Je eigen naam'), name, 'eigen naam');
    await this.user.type(p.getByLabel('Begonnen als zorgverlener op'), startDate, 'startdatum');
    await this.user.click(p.getByRole('button', { name: 'Beginnen' }), 'Beginnen');
    await p.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
  }

  /**
   * The import as she meets it: all seven files chosen at once go into the queue, the app reads them and
   * proposes type, person and dates; she completes only what it could not read and confirms all at once.
   */
  async importDocuments(docs: WalkDocument[]) {
    const p = this.page;
    await this.user.click(this.nav('Documenten'), 'Documenten');
    await this.user.pickFiles(p.getByRole('button', { name: 'Document toevoegen' }), docs.map((d) => d.file), 'Document toevoegen');
    const list = p.getByRole('list', { name: 'Bestanden in de wachtrij' });
    await expect(list.getByRole('listitem')).toHaveCount(docs.length, { timeout: 60_000 });
    await expect(list.getByText(/Lezen…|Controleren…/)).toHaveCount(0, { timeout: 240_000 });
    for (const d of docs) {
      const item = list.getByRole('button', { name: new RegExp(d.file.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      if ((await item.textContent())?.includes('Compleet')) continue;
      await this.user.click(item, `open ${d.file.name}`);
      await this.complete(p.getByRole('form', { name: `Gegevens van ${d.file.name}` }), d);
    }
    await this.user.click(p.getByRole('button', { name: `Alle complete bevestigen (${docs.length})` }), 'Alle complete bevestigen');
    await p.getByRole('status').filter({ hasText: `${docs.length} documenten zijn opgeslagen en gecontroleerd.` }).waitFor({ timeout: 60_000 });
    await this.user.click(p.getByRole('button', { name: 'Sluiten', exact: true }), 'Sluiten');
  }

  /** Fills in, in one queue form, only what the app's proposal left empty or got wrong. */
  private async complete(form: Locator, d: WalkDocument) {
    await form.waitFor();
    const type = form.getByLabel('Soort bewijs');
    if ((await type.locator('option:checked').textContent())?.trim() !== d.type) await this.user.choose(type, d.type, `soort van ${d.file.name}`);
    const person = form.getByLabel('Van wie');
    if ((await person.count()) > 0 && (await person.inputValue()) === '' && d.person) await this.user.choose(person, d.person, `persoon van ${d.file.name}`);
    const issue = form.locator('input[id$="-issue"]');
    if (d.issueDate && (await issue.inputValue()) !== d.issueDate) await this.user.type(issue, d.issueDate, `datum van ${d.file.name}`);
    const until = form.locator('input[id$="-until"]');
    if (d.validUntil && (await until.inputValue()) !== d.validUntil) await this.user.type(until, d.validUntil, `geldig tot van ${d.file.name}`);
    for (const [label, option] of Object.entries(d.selects ?? {})) {
      const select = form.getByLabel(label, { exact: true });
      if ((await select.locator('option:checked').textContent())?.trim() !== option) await this.user.choose(select, option, label);
    }
    for (const check of d.checks ?? []) {
      const box = form.getByRole('checkbox', { name: check });
      if (!(await box.isChecked())) await this.user.check(box, String(check));
    }
  }

  /** Builds the PDF pack with the page's defaults and saves it; returns the download. */
  async buildPack() {
    const p = this.page;
    await this.user.click(this.nav('Bewijspakket'), 'Bewijspakket');
    await this.user.click(p.getByRole('button', { name: 'Maken' }), 'Maken');
    const ready = p.getByRole('region', { name: 'Klaar om op te slaan' });
    await expect(ready).toBeVisible({ timeout: 60_000 });
    const download = p.waitForEvent('download');
    await this.user.click(ready.getByRole('button', { name: 'Opslaan…' }), 'Opslaan…');
    const file = await download;
    await expect(ready.getByRole('status').last()).toContainText('is opgeslagen');
    return file;
  }
}
