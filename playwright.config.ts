import { defineConfig } from '@playwright/test';

/** Override with E2E_PORT to run two suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Browser E2E: the built renderer served on 127.0.0.1, driven in Debian's Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
