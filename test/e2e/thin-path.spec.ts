import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { makePdf } from '../fixtures/make-pdf';
import { isoDaysAgo } from './dates';

test('first run, a person, a VOG, the overview, and everything survives a reload and a restart', async ({ app }) => {
  const ui = new AppPage(app.page);
  await ui.open();
  await ui.firstRun('Zorg met Aandacht', 'organisatie');

  await ui.addPerson('Anna de Vries', { functionTitle: 'Persoonlijk begeleider', startDate: isoDaysAgo(60) });
  await ui.chooseDocuments([{ name: 'vog-anna.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf()) }]);
  await app.page.getByLabel('Soort bewijs').selectOption({ label: 'VOG' });
  await app.page.getByLabel('Datum van afgifte').fill(isoDaysAgo(75));
  await app.page.getByRole('checkbox', { name: /^45/ }).check();
  await app.page.getByRole('button', { name: 'Document opslaan' }).click();
  await expect(app.page.getByRole('cell', { name: 'vog-anna.pdf' })).toBeVisible();

  await ui.nav('Overzicht').click();
  const vogCell = () => ui.matrixCell('Bewijzen per persoon', 'Anna de Vries', 'VOG');
  expect(await vogCell()).toContain('In orde');
  // Persistent storage is granted (as on the desktop), so no warning about data that may be lost.
  await expect(app.page.getByRole('alert').filter({ hasText: 'niet veilig bewaard' })).toHaveCount(0);
  await ui.screenshot('docs/screenshots/overzicht.png');

  await app.page.reload();
  expect(await vogCell()).toContain('In orde');

  const restarted = new AppPage(await app.restart());
  await restarted.open();
  expect(await restarted.matrixCell('Bewijzen per persoon', 'Anna de Vries', 'VOG')).toContain('In orde');
});
