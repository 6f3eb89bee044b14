import type { Page } from '@playwright/test';

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

  async firstRun(name: string, kind: 'zzp' | 'organisatie') {
    await this.page.getByRole('heading', { name: 'Welkom bij Kwaliteitsmap' }).waitFor();
    await this.page.getByLabel('Naam van de organisatie').fill(name);
    await this.page
      .getByRole('radio', { name: kind === 'zzp' ? "Ik werk alleen (zzp'er)" : 'Organisatie met personeel' })
      .check();
    await this.page.getByRole('button', { name: 'Beginnen' }).click();
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

  /** Clicks "Document toevoegen" and answers the file chooser. */
  async chooseDocuments(files: FileSpec[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Document toevoegen' }).click();
    await (await chooser).setFiles(files);
  }
}
