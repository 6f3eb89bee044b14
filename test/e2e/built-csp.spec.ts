/**
 * The builds carry the one CSP (shared/security/csp.mjs; unit test test/unit/electron/web-csp.test.ts checks the
 * source and the plugin). Here, after `npm test` has built both, the built pages and the served header: these
 * checks need the builds, which the unit stage runs before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/security/csp.mjs';
import { ORIGIN } from './fixtures';

const repo = new URL('../../', import.meta.url);
const metaPolicies = (html: string): string[] =>
  [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1] as string);

test('the built browser and desktop pages carry the one policy, and the web server sends it', async ({ request }) => {
  expect(metaPolicies(readFileSync(new URL('dist-web/index.html', repo), 'utf8'))).toEqual([META_CONTENT_SECURITY_POLICY]);
  const desktop = new URL('out/renderer/index.html', repo);
  // `npm test` builds the desktop app before this suite; a browser-only run (build:web) has no desktop build.
  if (existsSync(desktop)) expect(metaPolicies(readFileSync(desktop, 'utf8'))).toEqual([META_CONTENT_SECURITY_POLICY]);
  else test.info().annotations.push({ type: 'note', description: 'out/renderer not built: desktop page not checked' });
  const response = await request.get(`${ORIGIN}/`);
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});
