// The app's one Content-Security-Policy. Plain JavaScript (with csp.d.mts beside it) so that every user
// imports this very file: the Electron main process (bundled by electron-vite, electron/main/csp.ts), the
// plain-Node web server (scripts/serve-web.mjs) and the Vite builds, which write it into index.html's
// <meta> (renderer/vite-csp.ts).
// - no 'unsafe-inline' / 'unsafe-eval' anywhere (pdfmake >= 0.2.5 needs no eval);
// - img-src blob:/data: for previews of attached images; worker-src blob: for bundled workers;
// - frame-src / object-src 'none': PDF previews are drawn by pdf.js on a canvas, so the app needs
//   no frames, no <embed> and no Chromium PDF viewer (see docs/security.md);
// - connect-src 'self': the app never talks to a server.
const DIRECTIVES = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the workers compile the app's own WebAssembly (qpdf in the pack and vault workers,
  // tesseract's OCR core); it allows no eval() of strings and, with script-src 'self', no code from elsewhere.
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
];

/** Sent as a response header with every file of the app (app:// on the desktop, serve-web.mjs in a browser). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Directives a <meta> policy cannot carry: the browser ignores them there and warns in the console. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The same policy for index.html's <meta>, which applies even when a page is opened without the header. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !HEADER_ONLY.has(d.split(' ')[0])).join('; ');
