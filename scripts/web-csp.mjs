// The Content-Security-Policy of the browser build: the same as the desktop's (electron/main/csp.ts), which a
// unit test (test/unit/electron/csp-menu.test.ts) keeps identical. Plain .mjs so serve-web.mjs can use it.
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
