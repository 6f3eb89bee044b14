import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { tesseractAssets } from './vite-tesseract';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Vite's dev server injects inline scripts for hot reload; the strict CSP only applies to builds. */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/** The browser build of the renderer (served on 127.0.0.1 for tests and `npm run start:web`). */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspOnlyInBuild(), tesseractAssets()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
