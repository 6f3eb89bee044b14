/**
 * The kader engine bundled as one IIFE script (with vite, as the app is built), so the bench can run
 * `evaluate` inside Chromium on the data the app stored and time it apart from React and Dexie.
 * The app's own bundle is minified and does not expose the engine.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ENGINE_GLOBAL = '__benchEngine';

export async function engineBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('../../shared/engine/index.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2023',
      minify: true,
      lib: { entry, formats: ['iife'], name: ENGINE_GLOBAL, fileName: 'engine' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no engine bundle');
}
