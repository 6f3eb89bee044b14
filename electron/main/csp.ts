import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.mjs';

/** The policy itself lives in shared/security/csp.mjs, the one source the web server and index.html use too. */
export { CONTENT_SECURITY_POLICY };

/** Headers for every app:// response. */
export function securityHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
