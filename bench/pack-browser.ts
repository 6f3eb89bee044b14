/**
 * The pack benchmark in the engine the app runs on: `npx tsx bench/pack-browser.ts [--runs 3]` (needs
 * `npm run build:web` first). bench/pack.ts runs the shared/pack code on this machine's Node 20 (V8 11.3);
 * the app runs it in a Chromium Web Worker (Electron 45 ships V8 14, with Maglev; Debian's Chromium here is
 * newer still). This script opens Debian's Chromium headless, stores the same 200 synthetic attachments in
 * IndexedDB, and has the app's own built pack worker (dist-web) build the pack from the stored Blobs into the
 * origin private file system, exactly as the pack page does. qpdf merges the same files in turn. CPU is
 * user+system time of every Chromium process (/proc), so the browser process's Blob reading and file writing
 * count too. Prints figures; asserts nothing. Loopback only: the page is served on 127.0.0.1.
 * `--profile [cold]`: one (warmed, or fresh) build under V8's sampling profiler, with an unminified build of the
 * web app (bench/.tmp/web-plain, made on first use); prints where the worker's time goes and keeps
 * bench/.tmp/pack-browser.cpuprofile for Chromium's DevTools. `--idle-gc [devtools]`: a full GC in the worker
 * between its warm-up and the build, as V8 runs while the worker waits for her (the app warms it up soon after
 * start-up, minutes before a build): `gc()`, or DevTools' memory-reducing one (worker-profiler.ts).
 * `--idle-wait S`: the worker then waits S seconds before the build, with nothing forced.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { selectForPack } from '../shared/pack';
import { chromiumCpu, cpuDelta, totalCpu } from './pack/chromium-cpu';
import type { BenchPage, BrowserBuild, BrowserZip } from './pack/browser-page';
import { imageWrappers, syntheticPackData } from './synth/pack-data';
import { printProfileSummary } from './pack/profile-summary';
import { workerProfiler, type WorkerProfiler } from './pack/worker-profiler';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = `${ROOT}/bench/.tmp/`;
const args = process.argv.slice(2);
const profiling = args.includes('--profile');
const WEB = profiling ? `${OUT}web-plain` : `${ROOT}/dist-web`;
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const MB = 1024 * 1024;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

if (profiling && !existsSync(WEB)) {
  spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--minify', 'false', '--outDir', WEB, '--emptyOutDir'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const assets = existsSync(`${WEB}/assets`) ? readdirSync(`${WEB}/assets`) : [];
const workerFile = assets.find((f) => /^pack\.worker-.*\.js$/.test(f));
if (!workerFile) {
  console.error('dist-web has no pack worker: run `npm run build:web` first.');
  process.exit(1);
}

const { build } = await import('esbuild');
await build({ entryPoints: { 'browser-page': `${ROOT}/bench/pack/browser-page.ts` }, outdir: `${OUT}bundle/`, bundle: true, format: 'esm', platform: 'browser', logLevel: 'warning' });
const data = await syntheticPackData((m) => console.log(m), { blobs: true });
const paths = new Map(data.files.map((f) => [f.spec.documentId, f.path]));
const modelJson = JSON.stringify({ ...data.model, attachments: data.model.attachments.map(({ blob: _blob, ...a }) => a) });

/** The bench page, its model and files, and the built web app's assets (the pack worker and its chunks). */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/bench-page.js"></script>');
    if (path === '/model.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(modelJson);
    const file = path === '/bench-page.js' ? `${OUT}bundle/browser-page.js` : path.startsWith('/data/') ? paths.get(path.slice(6)) : resolve(WEB, `.${path}`);
    if (!file || (!path.startsWith('/data/') && path !== '/bench-page.js' && !file.startsWith(WEB + sep)) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Waits until Chromium has used under 2 % of a CPU for a second (the worker loaded, or its warm-up done). */
async function settle(pid: number): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < 120; i++) {
    const before = totalCpu(chromiumCpu(pid));
    await new Promise((r) => setTimeout(r, 1000));
    if (totalCpu(chromiumCpu(pid)) - before <= 20) return;
  }
}

type Mode = 'cold' | 'warm';
const idleWaitS = args.includes('--idle-wait') ? Number(args[args.indexOf('--idle-wait') + 1]) : 0;
interface Round { build: BrowserBuild; cpuMs: number; byKind: Map<string, number> }

async function measure(page: Page, pid: number, mode: Mode, profiler?: WorkerProfiler, idleGc?: WorkerProfiler): Promise<Round> {
  await page.evaluate(([url, warm]) => (globalThis as unknown as { benchPack: BenchPage }).benchPack.startWorker(url, warm), [`/assets/${workerFile}`, mode === 'warm'] as const);
  await settle(pid);
  if (idleGc) {
    await idleGc.collectGarbage(args.includes('devtools') ? 'devtools' : 'gc');
    await settle(pid);
  }
  if (idleWaitS > 0) await new Promise((r) => setTimeout(r, idleWaitS * 1000));
  await profiler?.start();
  const before = chromiumCpu(pid, !!profiler);
  const result = (await page.evaluate(() => (globalThis as unknown as { benchPack: BenchPage }).benchPack.build())) as BrowserBuild;
  const byKind = cpuDelta(before, chromiumCpu(pid, !!profiler));
  if (profiler) {
    const profile = await profiler.stop();
    writeFileSync(`${OUT}pack-browser.cpuprofile`, JSON.stringify(profile));
    printProfileSummary(profile, workerFile as string, readFileSync(`${WEB}/assets/${workerFile}`, 'utf8'), 40);
  }
  return { build: result, cpuMs: totalCpu(byKind), byKind };
}

function qpdfCpuMs(inputsFile: string, out: string): number {
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time (qpdf --empty --pages $(cat '${inputsFile}') -- '${out}')`], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return ((user ?? 0) + (sys ?? 0)) * 1000;
}

const wrappers = await imageWrappers(data);
const inputs = selectForPack(data.model).attachments.map((a) => wrappers.get(a.documentId) ?? (paths.get(a.documentId) as string));
writeFileSync(`${OUT}qpdf-inputs.txt`, inputs.join('\n'));

const server = await serve();
const port = (server.address() as { port: number }).port;
const profile = mkdtempSync(join(tmpdir(), 'kwaliteitsmap-bench-'));
// A persistent profile: an off-the-record context drops large Blobs from IndexedDB.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...(args.includes('--idle-gc') ? ['--js-flags=--expose-gc'] : []), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const pid = readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .find((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        return cmd.includes(profile) && !cmd.includes('--type=');
      } catch {
        return false;
      }
    });
  if (!pid) throw new Error('Chromium browser process not found');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'benchPack' in globalThis);
  const stored = (await page.evaluate(() => (globalThis as unknown as { benchPack: BenchPage }).benchPack.setup())) as number;
  console.log(`Chromium ${context.browser()?.version() ?? ''}: ${data.model.attachments.length} attachments stored in IndexedDB (${(stored / MB).toFixed(1)} MB)`);

  if (profiling) {
    const round = await measure(page, pid, args.includes('cold') ? 'cold' : 'warm', await workerProfiler(context, page));
    const threads = [...round.byKind].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
    console.log(`\nprofiled build: wall ${round.build.wallMs.toFixed(0)} ms, CPU ${round.cpuMs} ms; per thread: ${threads.map(([k, ms]) => `${k} ${ms}`).join(', ')}`);
  }
  const idleGc = args.includes('--idle-gc') ? await workerProfiler(context, page) : undefined;
  const qpdf: number[] = [];
  const byMode: Record<Mode, Round[]> = { cold: [], warm: [] };
  for (let i = 0; i < (profiling ? 0 : runs); i++) {
    qpdf.push(qpdfCpuMs(`${OUT}qpdf-inputs.txt`, `${OUT}qpdf-out.pdf`));
    for (const mode of ['cold', 'warm'] as const) byMode[mode].push(await measure(page, pid, mode, undefined, idleGc));
    console.log(`round ${i + 1}: qpdf CPU ${qpdf[i]!.toFixed(0)} ms; fresh ${byMode.cold[i]!.cpuMs} ms; warmed ${byMode.warm[i]!.cpuMs} ms (load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
  }
  const qpdfMedian = median(qpdf);
  if (!profiling) console.log(`\nqpdf --empty --pages (${inputs.length} files): CPU median ${qpdfMedian.toFixed(0)} ms`);
  for (const mode of profiling ? [] : (['cold', 'warm'] as const)) {
    const rounds = byMode[mode];
    const cpu = median(rounds.map((r) => r.cpuMs));
    const mid = rounds.find((r) => r.cpuMs === cpu) as Round;
    const ratios = rounds.map((r, i) => (r.cpuMs / (qpdf[i] as number)).toFixed(2));
    const ratio = cpu / qpdfMedian;
    console.log(`\npack in Chromium, ${mode === 'cold' ? 'fresh worker' : 'warmed worker'}, ${rounds.length} runs:`);
    console.log(`  wall median ${median(rounds.map((r) => r.build.wallMs)).toFixed(0)} ms; ${mid.build.pages} pages, ${(mid.build.pdfBytes / MB).toFixed(1)} MB written to OPFS`);
    console.log(`  steps (median run): ${Object.entries(mid.build.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    console.log(`  CPU per process (median run): ${[...mid.byKind].filter(([, ms]) => ms > 0).map(([k, ms]) => `${k} ${ms} ms`).join(', ')}`);
    console.log(`  (CPU time) whole pack / qpdf: ${ratio.toFixed(2)}× (target ≤ 1×: ${ratio <= 1 ? 'met' : 'MISSED'}); per round ${ratios.join(', ')}`);
  }
  // The ZIP in Chromium: a fresh worker builds the pack and then the ZIP (headers plus references to the PDF's
  // OPFS file and the IndexedDB Blobs, its PDF read by a second worker), as the page's ZIP choice does.
  for (let i = 0; i < (profiling ? 0 : Math.min(runs, 3)); i++) {
    await page.evaluate((url) => (globalThis as unknown as { benchPack: BenchPage }).benchPack.startWorker(url, false), `/assets/${workerFile}`);
    const z = (await page.evaluate(() => (globalThis as unknown as { benchPack: BenchPage }).benchPack.buildWithZip())) as BrowserZip;
    console.log(`ZIP in Chromium, fresh worker, run ${i + 1}: build ${z.buildMs.toFixed(0)} ms, ZIP ${(z.zipBytes / MB).toFixed(1)} MB made in ${z.zipMs.toFixed(0)} ms (${(z.zipMs / z.buildMs).toFixed(2)}× the build); reading it back whole: ${z.readMs.toFixed(0)} ms`);
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
