import type { Page } from '@playwright/test';

export interface DocumentDetails {
  type: string;
  issueDate?: string;
  validUntil?: string;
  /** Person name, for organisation-wide imports of personal documents. */
  person?: string;
  selects?: Record<string, string>;
  checks?: RegExp[];
}

/**
 * Fills the details form of the first pending file and stores it. With `more`, further files of the
 * same selection are still waiting, so the panel stays open; otherwise it is closed after the last one.
 */
export async function fillDocumentDetails(page: Page, details: DocumentDetails, options: { more?: boolean } = {}) {
  const form = page.getByRole('form', { name: /^Gegevens van / });
  const name = (await form.getAttribute('aria-label'))!;
  await form.getByLabel('Soort bewijs').selectOption({ label: details.type });
  if (details.person) await form.getByLabel('Van wie').selectOption({ label: details.person });
  if (details.issueDate) await form.getByLabel(/^(Datum|Vastgesteld)/).first().fill(details.issueDate);
  if (details.validUntil) await form.getByLabel(/^Geldig tot en met/).fill(details.validUntil);
  for (const [label, option] of Object.entries(details.selects ?? {})) await form.getByLabel(label, { exact: true }).selectOption({ label: option });
  for (const check of details.checks ?? []) await form.getByRole('checkbox', { name: check }).check();
  await form.getByRole('button', { name: 'Document opslaan' }).click();
  if (options.more) {
    await page.getByRole('form', { name }).waitFor({ state: 'detached' });
    return;
  }
  await page.getByRole('status').filter({ hasText: /opgeslagen en gecontroleerd/ }).waitFor();
  await page.getByRole('button', { name: 'Sluiten' }).click();
}
