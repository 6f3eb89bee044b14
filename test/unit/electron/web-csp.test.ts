/**
 * One CSP for every way the app is served (shared/security/csp.mjs): the desktop's app:// header, the
 * browser build's header (scripts/serve-web.mjs, issue #14) and the <meta> the builds write into index.html.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { injectCspMeta } from '../../../renderer/vite-csp';
import { CONTENT_SECURITY_POLICY as SHARED_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/security/csp.mjs';

const repo = new URL('../../../', import.meta.url);

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
  // The built pages and the served header are checked after the builds: test/e2e/built-csp.spec.ts.
});
