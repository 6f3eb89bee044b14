/**
 * Node side of the storage harness (issue 9): builds test/harness/storage-harness.html, a test-only page that
 * drives the app's real vault worker, into .cache/storage-harness (never into dist-web, so production
 * bundles stay free of it), and serves it on 127.0.0.1 with the same CSP as the app.
 * Used by test/e2e/durability.spec.ts and bench/storage.ts.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ImportOptions, ImportResult, StorageHarness } from '../harness/storage-page';

export type { ImportOptions, ImportResult };

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const HARNESS_DIR = resolve(repo, '.cache/storage-harness');
/** The page's sources: test code, so they live in test/ and not in renderer/src. */
const HARNESS_SRC = resolve(repo, 'test/harness');

/** Builds the harness page with the renderer's own Vite config (same plugins and CSP, worker format, target). */
export async function buildHarness(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve(repo, 'renderer/vite.config.ts'),
    root: HARNESS_SRC,
    logLevel: 'error',
    build: {
      outDir: HARNESS_DIR,
      emptyOutDir: true,
      rolldownOptions: { input: resolve(HARNESS_SRC, 'storage-harness.html') },
    },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves the built harness on an ephemeral 127.0.0.1 port. */
export async function serveHarness(): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(HARNESS_DIR, normalize('.' + path));
    if (!file.startsWith(HARNESS_DIR + sep)) return void res.writeHead(403).end();
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/storage-harness.html`,
    origin,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Opens the harness page and waits until `window.__harness` is there. */
export async function openHarness(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__harness !== undefined);
}

/** Calls one harness function in the page. */
export function harness<K extends keyof StorageHarness>(
  page: Page,
  fn: K,
  ...args: Parameters<StorageHarness[K]>
): Promise<Awaited<ReturnType<StorageHarness[K]>>> {
  return page.evaluate(
    ([name, a]) => (window.__harness![name] as (...x: unknown[]) => Promise<unknown>)(...a),
    [fn, args] as const,
  ) as Promise<Awaited<ReturnType<StorageHarness[K]>>>;
}
