import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const electronBinary = findElectronBinary();

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
}

/** Starts the built app (out/) on the given data folder. */
export async function launchApp(userDataDir: string): Promise<LaunchedApp> {
  if (!electronBinary) throw new Error('Electron binary missing');
  if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) throw new Error('out/ missing: run `npm run build` first');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  env['KWALITEITSMAP_USER_DATA_DIR'] = userDataDir;
  // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer stays
  // sandboxed at the Electron level (sandbox: true, no Node in the preload).
  const args = process.getuid?.() === 0 ? ['--no-sandbox', root] : [root];
  const app = await _electron.launch({ executablePath: electronBinary, args, env, cwd: root, timeout: 30_000 });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

interface Fixtures {
  userDataDir: string;
  launched: LaunchedApp;
}

export const test = base.extend<Fixtures>({
  // Each test gets its own data folder (and so its own single-instance lock and IndexedDB).
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kwaliteitsmap-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  launched: async ({ userDataDir }, use) => {
    const launched = await launchApp(userDataDir);
    await use(launched);
    await launched.app.close().catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
