import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** The import queue's parts, as a user finds them by their labels. */
export const queueList = (page: Page) => page.getByRole('list', { name: 'Bestanden in de wachtrij' });
export const queueEntry = (page: Page, name: string) =>
  queueList(page).getByRole('button', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** A new zzp'er on the Documenten page at 1366×768; returns the page errors seen from then on. */
export async function startOnDocuments(ui: AppPage, organisation: string): Promise<string[]> {
  const pageErrors: string[] = [];
  ui.page.on('pageerror', (e) => pageErrors.push(e.message));
  await ui.page.setViewportSize({ width: 1366, height: 768 });
  await ui.open();
  await ui.firstRun(organisation, 'zzp');
  await ui.nav('Documenten').click();
  return pageErrors;
}
