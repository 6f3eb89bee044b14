/**
 * Issue 9: document storage that survives gigabytes. Imports generated documents (valid PDFs and JPEGs)
 * through the app's own import pipeline, the vault worker the UI uses (check → store with read-back
 * verification), via the test-only harness page (test/e2e/storage-harness.ts). Prints its figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { generateDocument } from '../harness/generated-documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PersistentBrowser, RequestLog } from './chromium';
import { expect, ORIGIN, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { buildHarness, harness, openHarness, serveHarness, type ImportResult } from './storage-harness';

const MiB = 1024 * 1024;
const TOTAL_MIB = 700;
/** Exactly like ImportPanel: one selection is checked in one call, then each document is stored (and verified) on its own. */
const IMPORT = { totalMiB: TOTAL_MIB, docMiB: 1, checkBatch: 32, storeBatch: 1 } as const;

let server: Awaited<ReturnType<typeof serveHarness>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildHarness();
  server = await serveHarness();
});

test.afterAll(async () => {
  await server?.close();
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
function report(label: string, r: ImportResult) {
  const lost = r.failedStores.reduce((n, f) => n + f.names.length, 0);
  console.log(
    `[durability] ${label}: ${r.stored.length}/${r.documents} documents stored (${(r.bytes / MiB).toFixed(0)} MiB), ` +
      `${lost} refused after read-back, ${r.refused.length} refused by the check; ` +
      `check ${seconds(r.checkMs)} s, store+verify ${seconds(r.storeMs)} s, ${rate(r.bytes, r.checkMs + r.storeMs)} MB/s`,
  );
}

/** The invariant of issue 9: a failed store leaves nothing behind, and every recorded document reads back intact. */
async function expectNothingRecordedUnreadable(page: Parameters<typeof harness>[0], imported: ImportResult) {
  for (const failure of imported.failedStores) {
    expect(failure.code).toBe('verify-failed');
    expect(failure.message).toMatch(/^Opslaan is mislukt: .* niet foutloos worden teruggelezen\. Er is niets bewaard\./);
  }
  const inventory = await harness(page, 'inventory');
  expect(inventory.documents).toBe(imported.stored.length);
  expect(inventory.contents).toBe(imported.stored.length);
  expect(inventory.hashes).toEqual(imported.stored.map((d) => d.sha256).sort());
  const verified = await harness(page, 'verifyAll');
  expect(verified.failures, 'documents recorded as stored whose content cannot be read back').toEqual([]);
  const read = await harness(page, 'readAll');
  expect(read.unreadable).toBe(0);
  expect(read.bytes).toBe(imported.stored.reduce((n, d) => n + d.size, 0));
  return { verified, read };
}

test('700 MiB imported through the vault worker survive a browser restart on a persistent profile', async () => {
  test.setTimeout(600_000);
  const started = performance.now();
  const browser = new PersistentBrowser();
  try {
    let page = await browser.launch();
    await openHarness(page, server.url);
    console.log(`[durability] persistent profile: storage ${(await harness(page, 'storage')).persistence}`);

    const imported = await harness(page, 'importGenerated', IMPORT);
    report('persistent profile', imported);
    expect(imported.refused).toEqual([]);
    expect(imported.failedStores).toEqual([]);
    expect(imported.stored).toHaveLength(TOTAL_MIB);
    expect(imported.bytes).toBeGreaterThanOrEqual(TOTAL_MIB * MiB - TOTAL_MIB * 1024);

    page = await browser.restart();
    await openHarness(page, server.url);
    const { verified, read } = await expectNothingRecordedUnreadable(page, imported);
    console.log(
      `[durability] after restart: ${read.documents} documents, ${(read.bytes / MiB).toFixed(0)} MiB read at ${rate(read.bytes, read.ms)} MB/s; ` +
        `"Controleer alle documenten" re-hashed all in ${seconds(verified.ms)} s (${rate(read.bytes, verified.ms)} MB/s), ${verified.failures.length} failures`,
    );
    expect(browser.requests.outside(server.origin)).toEqual([]);
  } finally {
    await browser.dispose();
    console.log(`[durability] persistent test took ${seconds(performance.now() - started)} s`);
  }
});

test.describe('off the record (browser.newPage())', () => {
  let browser: Browser;
  const requests = new RequestLog();
  test.beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  test.afterEach(() => {
    expect(requests.outside(server.origin).filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
  });

  test('the same 700 MiB import records nothing it cannot read back', async () => {
    test.setTimeout(600_000);
    const started = performance.now();
    const page = await browser.newPage();
    requests.attach(page.context());
    await openHarness(page, server.url);
    expect((await harness(page, 'storage')).persistence).toBe('not-persistent');

    const imported = await harness(page, 'importGenerated', IMPORT);
    report('off the record', imported);
    expect(imported.refused).toEqual([]);
    await expectNothingRecordedUnreadable(page, imported);
    await page.context().close();
    console.log(`[durability] off-the-record import took ${seconds(performance.now() - started)} s`);
  });

  test('when Chromium loses Blobs, the store fails with the Dutch verify error and records nothing', async () => {
    test.setTimeout(300_000);
    // A browser of its own: what Chromium keeps readable is per browser process, and an earlier context
    // that has been closed changes when the loss begins.
    const fresh = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await fresh.newPage();
      requests.attach(page.context());
      await openHarness(page, server.url);
      // Other Blobs made on the main thread fill what Chromium keeps readable off the record (~500 MiB);
      // after that it accepts writes and loses them. The app's own pipeline then runs into real loss.
      await harness(page, 'fillBlobMemory', 480);
      const imported = await harness(page, 'importGenerated', { ...IMPORT, totalMiB: 200, seed: 2 });
      report('off the record, after 480 MiB of other Blobs', imported);
      // Whether Chromium loses Blobs here depends on its internals; the guarantee under test is that
      // nothing unreadable is ever recorded. When no loss happened, say so rather than pass silently.
      if (imported.failedStores.length === 0) {
        test.info().annotations.push({ type: 'not reached', description: 'Chromium lost no Blobs in this run; the verify-failed path was not exercised' });
        console.log('[durability] NOTE: Chromium lost no Blobs in this run; the verify-failed path was not exercised');
      }
      await expectNothingRecordedUnreadable(page, imported);
    } finally {
      await fresh.close();
    }
  });

  test('the overview warns and a large import asks first when storage is not persistent', async () => {
    test.setTimeout(120_000);
    const page = await browser.newPage({ baseURL: ORIGIN, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    requests.attach(page.context());
    const ui = new AppPage(page);
    await ui.open();
    await ui.firstRun('Zorg met Aandacht', 'zzp');
    await ui.nav('Overzicht').click();
    // Off the record, like an incognito window; Chromium hides that (same quota), so the notice says what it can.
    await expect(page.getByRole('status').filter({ hasText: 'Opslag in deze browser is niet gegarandeerd.' })).toContainText('privévenster');

    // > 100 MB on storage the browser may evict: ImportPanel asks before it reads anything.
    const dir = mkdtempSync(join(tmpdir(), 'kwaliteitsmap-large-'));
    try {
      const big = generateDocument(3, 0, 101 * MiB);
      writeFileSync(join(dir, 'groot.pdf'), big.bytes);
      await ui.nav('Documenten').click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Document toevoegen' }).click();
      await (await chooser).setFiles(join(dir, 'groot.pdf'));
      const dialog = page.getByRole('dialog', { name: 'Opslag is niet gegarandeerd' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('deze browser heeft geen blijvende opslag toegezegd');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await expect(dialog).toBeHidden();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.context().close();
    }
  });
});
