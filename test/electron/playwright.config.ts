import { defineConfig } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The Electron suite (_electron.launch against the built app in out/). Run `npm run build` first.
 * Where the Electron binary is not installed (it downloads lazily; no network here), every test
 * is skipped and one line says why; the run still exits 0.
 */
const electronBinary = findElectronBinary();
// The config is evaluated in the runner and again in each worker: say it once.
if (!electronBinary && !process.env['TEST_WORKER_INDEX']) {
  console.log('Electron-tests overgeslagen: het Electron-programma is niet geïnstalleerd op deze computer (zie docs/release.md).');
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: electronBinary ? [['list']] : [['dot']],
  outputDir: '../../test-results/electron',
  forbidOnly: Boolean(process.env['CI']),
});
