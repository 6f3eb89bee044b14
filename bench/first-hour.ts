/**
 * Where a new zzp'er waits, measured in the real UI (browser build in Chromium, 1366x768):
 *  - start-up: opening the app until the overview's to-do is on screen (usable);
 *  - the small pack (7 documents): click "Maken" at once on opening the pack page, and after 4 s
 *    (the page's warm-up done), until "Klaar om op te slaan".
 * Prints medians (and all runs). Needs `npm run build:web` first. Port: BENCH_PORT (default 4505).
 * Run: npx tsx bench/first-hour.ts [runs]
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PersistentBrowser, grantPersistentStorage } from '../test/e2e/chromium';
import { FirstHourWalk, type WalkDocument } from '../test/e2e/pages/first-hour-walk';
import { paperPdf } from '../test/fixtures/first-hour-documents';
import { isoDaysAgo } from '../test/e2e/dates';

const PORT = Number(process.env.BENCH_PORT ?? 4505);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.argv[2] ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(ORIGIN)).ok;
  } catch {
    return false;
  }
}

async function main() {
  let server: ReturnType<typeof spawn> | undefined;
  if (!(await serverUp())) {
    server = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
    for (let i = 0; i < 50 && !(await serverUp()); i++) await new Promise((r) => setTimeout(r, 100));
  }
  const app = new PersistentBrowser();
  try {
    const page = await app.launch({ acceptDownloads: true });
    await grantPersistentStorage(page, ORIGIN);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${ORIGIN}/`);

    // Seed through the UI: the intake and seven documents, as in the E2E walk.
    const walk = new FirstHourWalk(page);
    await walk.intake('Begeleiding De Boer', 'Marieke de Boer', isoDaysAgo(40));
    const pdf = async (name: string, title: string) => ({ name, mimeType: 'application/pdf', buffer: await paperPdf([title, 'Marieke de Boer', 'Pagina met tekst']) });
    const docs: WalkDocument[] = [
      { file: await pdf('vog.pdf', 'Verklaring Omtrent het Gedrag'), type: 'VOG', issueDate: isoDaysAgo(60), checks: [/^45/] },
      { file: await pdf('diploma.pdf', 'Getuigschrift'), type: 'Diploma', selects: { 'Soort diploma': 'SPH – sociaal-pedagogische hulpverlening (hbo)' } },
      { file: await pdf('bhv.pdf', 'Certificaat BHV'), type: 'BHV-certificaat', issueDate: isoDaysAgo(90) },
      { file: await pdf('meldcode.pdf', 'Meldcode'), type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(30) },
      { file: await pdf('klachten.pdf', 'Klachtenregeling'), type: 'Klachtenregeling', issueDate: isoDaysAgo(30) },
      { file: await pdf('vertrouwenspersoon.pdf', 'Overeenkomst'), type: 'Afspraak met de vertrouwenspersoon', issueDate: isoDaysAgo(20) },
      { file: await pdf('polis.pdf', 'Polisblad'), type: 'Aansprakelijkheidsverzekering', issueDate: isoDaysAgo(100) },
    ];
    await walk.importDocuments(docs);
    // Answer the daily-backup question once, so it does not run during the measurements.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('kwaliteitsmap.settings') ?? '{}');
      localStorage.setItem('kwaliteitsmap.settings', JSON.stringify({ ...s, autoBackupAnswered: true, autoBackupEnabled: false }));
    });

    const startup: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${ORIGIN}/#/overzicht`);
      await page.getByRole('heading', { name: 'Wat nu aandacht vraagt' }).waitFor();
      await page.locator('.todo li').first().waitFor();
      startup.push(performance.now() - t0);
    }

    const nav = (label: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true });
    async function packTime(waitMs: number): Promise<number> {
      await nav('Overzicht').click();
      await page.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
      await nav('Bewijspakket').click();
      const make = page.getByRole('button', { name: 'Maken' });
      await make.waitFor();
      if (waitMs) await page.waitForTimeout(waitMs);
      const t0 = performance.now();
      await make.click();
      await page.getByRole('region', { name: 'Klaar om op te slaan' }).waitFor({ timeout: 120_000 });
      return performance.now() - t0;
    }
    const atOnce: number[] = [];
    const afterWarmUp: number[] = [];
    for (let i = 0; i < RUNS; i++) atOnce.push(await packTime(0));
    for (let i = 0; i < RUNS; i++) afterWarmUp.push(await packTime(4000));

    console.log(`first-hour bench (${RUNS} runs each, browser build, Chromium, 1366x768)`);
    console.log(`  start-up to usable overview: median ${fmt(median(startup))}  [${startup.map(fmt).join(', ')}]`);
    console.log(`  small pack (7 documents), clicked at once: median ${fmt(median(atOnce))}  [${atOnce.map(fmt).join(', ')}]`);
    console.log(`  small pack, clicked 4 s after opening the page: median ${fmt(median(afterWarmUp))}  [${afterWarmUp.map(fmt).join(', ')}]`);
    console.log('  (the 200-attachment pack: npm run bench:pack)');
  } finally {
    await app.dispose();
    server?.kill();
  }
}

await main();
