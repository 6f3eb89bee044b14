import { test as base, expect } from '@playwright/test';
import { PersistentBrowser } from './chromium';

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** `app`: a fresh persistent profile per test, with persistent storage granted; after the test, asserts no request left 127.0.0.1. */
export const test = base.extend<{ app: PersistentBrowser }>({
  app: async ({}, use) => {
    const app = new PersistentBrowser();
    await app.launch({ grantPersistentStorageTo: ORIGIN });
    await use(app);
    const outside = app.requests.outside(ORIGIN);
    await app.dispose();
    expect(outside, 'requests beyond the app origin').toEqual([]);
  },
});

export { expect };
