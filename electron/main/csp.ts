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
  // 'wasm-unsafe-eval' lets the workers compile the app's own WebAssembly (qpdf, issue 19); it allows no eval() of
  // strings and, with script-src 'self', no code from elsewhere.
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

/**
 * The policy of the OCR worker script only (tesseract/worker.min.js, see renderer/vite-tesseract.ts): a worker
 * gets its CSP from its own response, and tesseract's WebAssembly core needs 'wasm-unsafe-eval' to compile.
 * Nothing else (the page, the other workers) gets it.
 */
export const OCR_WORKER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** The app path (from the renderer root) of the one script that may compile WebAssembly. */
export const OCR_WORKER_PATH = 'tesseract/worker.min.js';

/** Headers for every app:// response; `ocrWorker` for the OCR worker script's own response. */
export function securityHeaders(mimeType: string, options: { ocrWorker?: boolean } = {}): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': options.ocrWorker ? OCR_WORKER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
