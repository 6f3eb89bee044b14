import type { Locator, Page } from '@playwright/test';
import type { FileSpec } from './app-page';

/**
 * A user whose effort is counted: every click (a checkbox, a button, a link, opening and choosing in a
 * list = 2, focusing a field = 1, confirming a file dialog = 1) and every typed field and character.
 */
export class CountingUser {
  clicks = 0;
  typedFields = 0;
  typedChars = 0;
  readonly log: string[] = [];

  constructor(readonly page: Page) {}

  async click(target: Locator, what: string) {
    this.clicks++;
    this.log.push(`klik: ${what}`);
    await target.click();
  }

  async check(target: Locator, what: string) {
    this.clicks++;
    this.log.push(`vink: ${what}`);
    await target.check();
  }

  async choose(select: Locator, label: string, what: string) {
    this.clicks += 2;
    this.log.push(`kies: ${what} = ${label}`);
    await select.selectOption({ label });
  }

  async type(field: Locator, text: string, what: string) {
    this.clicks++;
    this.typedFields++;
    this.typedChars += text.length;
    this.log.push(`typ: ${what} (${text.length} tekens)`);
    await field.fill(text);
  }

  /** Clicks `button` and picks `files` in the file dialog (one more click: "Openen"). */
  async pickFiles(button: Locator, files: FileSpec[], what: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.click(button, what);
    await (await chooser).setFiles(files);
    this.clicks++;
    this.log.push(`bestandsdialoog: ${files.length} bestanden gekozen`);
  }

  summary(): string {
    return `${this.clicks} klikken, ${this.typedFields} getypte velden (${this.typedChars} tekens)`;
  }
}
