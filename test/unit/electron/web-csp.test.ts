/**
 * One CSP for every way the app is served (shared/security/csp.mjs): the desktop's app:// header, the
 * browser build's header (scripts/serve-web.mjs, issue #14) and the <meta> the builds write into index.html.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { injectCspMeta } from '../../../renderer/vite-csp';
import { CONTENT_SECURITY_POLICY as SHARED_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/security/csp.mjs';

const repo = new URL('../../../', import.meta.url);
const builtWeb = new URL('dist-web/index.html', repo);
const builtDesktop = new URL('out/renderer/index.html', repo);

/** The content of every CSP <meta> in a page. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1]!);
}

describe('one CSP', () => {
  it('the desktop and the web server send the same policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_POLICY);
  });

  it('the <meta> is the header minus what a <meta> cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('index.html has no policy of its own; the build writes the one policy after the charset', () => {
    const source = readFileSync(new URL('renderer/index.html', repo), 'utf8');
    expect(metaPolicies(source)).toEqual([]);
    const built = injectCspMeta(source);
    expect(metaPolicies(built)).toEqual([META_CONTENT_SECURITY_POLICY]);
    expect(built.indexOf('Content-Security-Policy')).toBeGreaterThan(built.indexOf('<meta charset="UTF-8" />'));
    expect(() => injectCspMeta(built)).toThrow(/own CSP/);
  });

  it.skipIf(!existsSync(builtWeb))('the built browser index.html carries it', () => {
    expect(metaPolicies(readFileSync(builtWeb, 'utf8'))).toEqual([META_CONTENT_SECURITY_POLICY]);
  });

  it.skipIf(!existsSync(builtDesktop))('the built desktop index.html carries it', () => {
    expect(metaPolicies(readFileSync(builtDesktop, 'utf8'))).toEqual([META_CONTENT_SECURITY_POLICY]);
  });

  it.skipIf(!existsSync(builtWeb))('serve-web sends it with the page', async () => {
    const port = 4590 + Math.floor(Math.random() * 9);
    const server = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => server.stdout.once('data', resolve));
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      server.kill();
    }
  });
});
