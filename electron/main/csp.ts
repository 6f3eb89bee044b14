/**
 * The Content-Security-Policy sent with every app:// response.
 * - no 'unsafe-inline' / 'unsafe-eval' anywhere (pdfmake >= 0.2.5 needs no eval);
 * - img-src blob:/data: for previews of attached images; worker-src blob: for bundled workers;
 * - frame-src / object-src 'none': PDF previews are drawn by pdf.js on a canvas, so the app needs
 *   no frames, no <embed> and no Chromium PDF viewer (see docs/security.md);
 * - connect-src 'self': the app never talks to a server.
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');

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
