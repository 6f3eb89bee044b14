import { expect, type Page } from '@playwright/test';
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
}

/**
 * The zzp'er's first hour as steps, each counted. `importDocuments` is the one step that depends on how
 * files come in: today the single-file import (one details form after another); swap this method for
 * the queue when it lands, the rest of the walk stays.
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

  async importDocuments(docs: WalkDocument[]) {
    const p = this.page;
    await this.user.click(this.nav('Documenten'), 'Documenten');
    await this.user.pickFiles(p.getByRole('button', { name: 'Document toevoegen' }), docs.map((d) => d.file), 'Document toevoegen');
    for (const [i, d] of docs.entries()) {
      const form = p.getByRole('form', { name: `Gegevens van ${d.file.name}` });
      await form.waitFor();
      await this.user.choose(form.getByLabel('Soort bewijs'), d.type, `soort van ${d.file.name}`);
      if (d.issueDate) await this.user.type(form.getByLabel(/^(Datum|Vastgesteld|Ingangsdatum)/).first(), d.issueDate, `datum van ${d.file.name}`);
      if (d.validUntil) await this.user.type(form.getByLabel(/^Geldig tot en met/), d.validUntil, `geldig tot van ${d.file.name}`);
      for (const [label, option] of Object.entries(d.selects ?? {})) await this.user.choose(form.getByLabel(label, { exact: true }), option, label);
      for (const check of d.checks ?? []) await this.user.check(form.getByRole('checkbox', { name: check }), String(check));
      await this.user.click(form.getByRole('button', { name: 'Document opslaan' }), 'Document opslaan');
      if (i < docs.length - 1) await form.waitFor({ state: 'detached' });
    }
    await p.getByRole('status').filter({ hasText: /opgeslagen en gecontroleerd/ }).waitFor();
    await this.user.click(p.getByRole('button', { name: 'Sluiten' }), 'Sluiten');
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
