import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMeta } from './vite-csp';
import { tesseractAssets } from './vite-tesseract';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The browser build of the renderer (served on 127.0.0.1 for tests and `npm run start:web`). */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta(), tesseractAssets()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4000,
    // One stylesheet, loaded at start as before: the lazy pages' CSS keeps its cascade order (link-dialog.css
    // and import-queue.css both style .link-button) whichever page loads first.
    cssCodeSplit: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
