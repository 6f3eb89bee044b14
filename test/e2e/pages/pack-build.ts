import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** On the pack page with its choices made: builds the PDF, saves the download in `dir` and returns its path. */
export async function makeAndSavePdf(page: Page, dir: string): Promise<string> {
  await page.getByRole('radio', { name: /Bewijspakket als PDF/ }).check();
  await page.getByRole('button', { name: 'Maken' }).click();
  const ready = page.getByRole('region', { name: 'Klaar om op te slaan' });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await ready.getByRole('button', { name: 'Opslaan…' }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}
