/**
 * Serves and ships tesseract.js's OCR files from the app itself (never a CDN): the worker script
 * (bundled here from tesseract.js's source, because the npm package does not ship a built one), the
 * LSTM-only WebAssembly cores and the Dutch and English language data from the npm registry.
 * They land under `tesseract/` in the build; renderer/src/reading/ocr.ts points tesseract.js there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Cores tesseract.js may pick (it detects relaxed SIMD / SIMD; LSTM-only because we use the LSTM engine). */
const CORES = ['tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-lstm.wasm.js'];
/** "best_int": the LSTM models tesseract.js uses by default, integer-quantised (3 MB each). */
const LANGS = ['nld', 'eng'];

/**
 * tesseract.js's own build gets a Buffer polyfill from webpack: zlibjs (which unpacks the .gz language data)
 * returns `new Buffer(n)`, and the BMP path uses Buffer too. Byte arrays are all they need here.
 */
const BUFFER_SHIM = 'var Buffer=self.Buffer||(function(){function B(n){return new Uint8Array(n)}B.from=function(a){return Uint8Array.from(a)};B.isBuffer=function(){return false};return B})();';

function workerScript(): Uint8Array {
  const entry = join(dirname(require.resolve('tesseract.js/package.json')), 'src/worker-script/browser/index.js');
  const out = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', platform: 'browser', define: { global: 'self' }, banner: { js: BUFFER_SHIM }, write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.contents;
}

/** Every file under tesseract/, by its path there, read lazily. */
function assets(): Map<string, () => Uint8Array> {
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const map = new Map<string, () => Uint8Array>();
  let worker: Uint8Array | undefined;
  map.set('tesseract/worker.min.js', () => (worker ??= workerScript()));
  for (const c of CORES) map.set(`tesseract/core/${c}`, () => readFileSync(join(core, c)));
  for (const l of LANGS) {
    const dir = dirname(require.resolve(`@tesseract.js-data/${l}/package.json`));
    map.set(`tesseract/lang/${l}.traineddata.gz`, () => readFileSync(join(dir, '4.0.0_best_int', `${l}.traineddata.gz`)));
  }
  return map;
}

export function tesseractAssets(): Plugin {
  const files = assets();
  return {
    name: 'kwaliteitsmap-tesseract-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        const read = files.get(path);
        if (!read) return next();
        res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(read());
      });
    },
    generateBundle() {
      for (const [fileName, read] of files) this.emitFile({ type: 'asset', fileName, source: read() });
    },
  };
}
