import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMeta } from './renderer/vite-csp';
import { tesseractAssets } from './renderer/vite-tesseract';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      // Bundle every dependency (electron-store is ESM-only; zod, conf, ...) into out/main, so the
      // packaged app needs no node_modules at all. Only 'electron' and Node built-ins stay external.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but 'electron' and a few built-ins:
      // one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    // Mirrors renderer/vite.config.ts (the browser build) so both hosts get the same app.
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta(), tesseractAssets()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      target: 'es2023',
      chunkSizeWarningLimit: 4000,
    // One stylesheet, loaded at start as before: the lazy pages' CSS keeps its cascade order (link-dialog.css
    // and import-queue.css both style .link-button) whichever page loads first.
    cssCodeSplit: false,
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
