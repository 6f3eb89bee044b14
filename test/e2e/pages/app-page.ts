import type { Page } from '@playwright/test';
import { isoDaysAgo } from '../dates';

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Page model of the app's main screens, by their accessible names. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  /**
   * Fills the one-page intake and clicks "Beginnen"; options not given keep the defaults. A zzp'er also
   * gives her own name and start date (she becomes a person, eigenaar with client contact).
   */
  async firstRun(name: string, kind: 'zzp' | 'organisatie', options: { staffCount?: number; kvk?: string; address?: string; contactPerson?: string; owner?: { name: string; startDate: string } } = {}) {
    const p = this.page;
    await p.getByRole('heading', { name: 'Welkom bij Kwaliteitsmap' }).waitFor();
    await p.getByLabel('Naam van de organisatie').fill(name);
    if (options.kvk) await p.getByLabel(/^KvK-nummer/).fill(options.kvk);
    if (options.address) await p.getByLabel(/^Adres/).fill(options.address);
    if (kind === 'organisatie') {
      await p.getByRole('radio', { name: 'Organisatie met personeel' }).check();
      await p.getByLabel('Aantal mensen (jezelf meegeteld)').fill(String(options.staffCount ?? 3));
      if (options.contactPerson) await p.getByLabel(/^Contactpersoon/).fill(options.contactPerson);
    } else {
      const owner = options.owner ?? { name: options.contactPerson ?? 'Sanne Bakker', startDate: isoDaysAgo(60) };
      await p.getByLabel('Je eigen naam').fill(owner.name);
      await p.getByLabel('Begonnen als zorgverlener op').fill(owner.startDate);
    }
    await p.getByRole('button', { name: 'Beginnen' }).click();
  }

  /** Opens a person's page from Personeel. */
  async openPerson(name: string) {
    await this.nav('Personeel').click();
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  nav(label: string) {
    return this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true });
  }

  async addPerson(name: string, options: { functionTitle?: string; startDate?: string } = {}) {
    await this.nav('Personeel').click();
    await this.page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await this.page.getByLabel('Naam', { exact: true }).fill(name);
    if (options.functionTitle) await this.page.getByLabel('Functie').fill(options.functionTitle);
    if (options.startDate) await this.page.getByLabel('In dienst sinds').fill(options.startDate);
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
    await this.page.getByRole('heading', { name }).waitFor();
  }

  /** The text of one cell of a people × credentials matrix, by person and column header. */
  async matrixCell(caption: string, person: string, column: string): Promise<string> {
    const table = this.page.getByRole('table', { name: caption });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    if (index < 1) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    const row = table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: person }) });
    return row.getByRole('cell').nth(index - 1).innerText();
  }

  /** A screenshot for the README, without transient notices (such as the daily backup's download notice). */
  async screenshot(path: string, options: { fullPage?: boolean } = {}) {
    await this.page.getByText('Automatische back-up maken…').waitFor({ state: 'hidden' });
    const hide = this.page.getByRole('button', { name: 'Melding verbergen' });
    if (await hide.isVisible()) await hide.click();
    await this.page.screenshot({ path, ...options });
  }

  /** On the welcome screen of an empty profile: restores a backup file after checking the dialog names `organisation`. */
  async restoreFromWelcome(file: { name: string; buffer: Buffer }, organisation: string) {
    const p = this.page;
    await p.getByRole('heading', { name: 'Welkom bij Kwaliteitsmap' }).waitFor();
    const chooser = p.waitForEvent('filechooser');
    await p.getByRole('button', { name: 'Back-up terugzetten…' }).click();
    await (await chooser).setFiles({ ...file, mimeType: 'application/zip' });
    const dialog = p.getByRole('dialog', { name: 'Back-up terugzetten?' });
    await dialog.getByText(organisation).first().waitFor();
    await dialog.getByRole('button', { name: 'Terugzetten' }).click();
  }

  /** Clicks "Document toevoegen" and answers the file chooser. */
  async chooseDocuments(files: FileSpec[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Document toevoegen' }).click();
    await (await chooser).setFiles(files);
  }
}
