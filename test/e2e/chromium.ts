import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Like the Electron host (app.commandLine 'lang'): date inputs then read dd-mm-jjjj.
  '--lang=nl',
];

/** Every request the page made, so a test can prove nothing left 127.0.0.1. */
export class RequestLog {
  readonly urls: string[] = [];
  attach(context: BrowserContext) {
    context.on('request', (r: Request) => this.urls.push(r.url()));
  }
  /** Requests to anything but the app's own origin (data: and blob: URLs stay inside the page). */
  outside(origin: string): string[] {
    return this.urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  }
}

/**
 * A persistent Chromium profile, like a real user's browser: a non-persistent (off-the-record)
 * context silently loses large Blobs in IndexedDB, so app tests never run in one.
 */
export class PersistentBrowser {
  readonly profileDir: string;
  context!: BrowserContext;
  page!: Page;
  readonly requests = new RequestLog();
  private launchOptions: Parameters<PersistentBrowser['launch']>[0] = {};

  constructor(profileDir?: string) {
    this.profileDir = profileDir ?? mkdtempSync(join(tmpdir(), 'kwaliteitsmap-e2e-'));
  }

  async launch(options: { acceptDownloads?: boolean; grantPersistentStorageTo?: string } = {}): Promise<Page> {
    this.launchOptions = options;
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'nl-NL',
      // With Debian's chromium-l10n, date inputs then show dd-mm-jjjj as in the Dutch desktop app.
      env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 860 },
      acceptDownloads: options.acceptDownloads ?? true,
    });
    this.requests.attach(this.context);
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    if (options.grantPersistentStorageTo) await grantPersistentStorage(this.page, options.grantPersistentStorageTo);
    return this.page;
  }

  async restart(): Promise<Page> {
    await this.context.close();
    return this.launch(this.launchOptions);
  }

  async dispose(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/**
 * Grants `origin` persistent storage, as a user's engagement does in Chrome and as the desktop host's
 * permission policy does for app://kwaliteitsmap; headless Chromium never grants it by itself.
 */
export async function grantPersistentStorage(page: Page, origin: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  // The session stays attached: DevTools drops its permission overrides when it detaches.
  await cdp.send('Browser.grantPermissions', { origin, permissions: ['durableStorage'], browserContextId: targetInfo.browserContextId });
}
