/**
 * Writes the app's Content-Security-Policy (shared/security/csp.mjs, the one source) into every HTML page a
 * build emits, as a <meta> right after the charset. Only in builds: Vite's dev server injects inline scripts
 * for hot reload, which the policy forbids. A page that already carries a policy fails the build, so no
 * second, stale copy can creep back into index.html.
 */
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/csp.mjs';

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
}

/** Pure, so a unit test can run it on renderer/index.html without a build. */
export function injectCspMeta(html: string, page = 'page'): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) throw new Error(`${page} has its own CSP <meta>; it comes from shared/security/csp.mjs`);
  if (!CHARSET.test(html)) throw new Error(`${page} has no <meta charset="UTF-8">, after which the CSP <meta> goes`);
  return html.replace(CHARSET, (charset) => `${charset}\n    ${cspMetaTag()}`);
}

export function cspMeta(): Plugin {
  return {
    name: 'kwaliteitsmap-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: (html, ctx) => injectCspMeta(html, ctx.filename) },
  };
}
