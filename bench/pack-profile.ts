/**
 * Where a pack build spends its time: `npx tsx bench/pack-profile.ts [cold] [--top 40]`. Runs one build of the
 * bench/pack.ts data (warmed unless `cold`) under V8's sampling profiler in a fresh bundled process and prints
 * the functions with the most self time (main thread only; WebCrypto's hashing threads are not sampled).
 * The profile is kept in bench/.tmp/pack.cpuprofile for Chromium's DevTools.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleChildren } from './pack/bundle';
import { syntheticPackData } from './synth/pack-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = `${ROOT}/bench/.tmp/`;
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 40;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

await syntheticPackData((m) => console.log(m));
await bundleChildren(`${OUT}bundle/`, { 'profile-child': `${ROOT}/bench/pack/profile-child.ts` });
const run = spawnSync(process.execPath, ['--expose-gc', `${OUT}bundle/profile-child.mjs`, `${OUT}pack.cpuprofile`, args.includes('cold') ? 'cold' : 'warm'], {
  encoding: 'utf8',
  env: { ...process.env, BENCH_ROOT: ROOT },
});
const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
if (!line) throw new Error(`child failed: ${run.stderr}`);
console.log(line.slice(7));
const profile = JSON.parse(readFileSync(`${OUT}pack.cpuprofile`, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = (nodes.get(id) as ProfileNode).callFrame;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  self.set(key, (self.get(key) ?? 0) + dt);
});
console.log(`sampled ${(total / 1000).toFixed(0)} ms; top ${top} by self time:`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);

// Self time per package: esbuild marks where each module starts in the bundle ("// node_modules/pdf-lib/…").
const bundleLines = readFileSync(`${OUT}bundle/profile-child.mjs`, 'utf8').split('\n');
const starts: { line: number; module: string }[] = [];
bundleLines.forEach((text, i) => {
  const m = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|[a-z]+\/[a-z-]+)\//.exec(text);
  if (m) starts.push({ line: i, module: (m[1] as string).replace('node_modules/', '') });
});
const byModule = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const frame = (nodes.get(id) as ProfileNode).callFrame;
  let module = frame.url.endsWith('profile-child.mjs') ? '(bundle)' : frame.functionName.startsWith('(') ? frame.functionName : 'node/native';
  if (module === '(bundle)') {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as { line: number }).line <= frame.lineNumber) lo = mid;
      else hi = mid - 1;
    }
    module = starts[lo]?.module ?? '(bundle)';
  }
  byModule.set(module, (byModule.get(module) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log('\nself time by package:');
for (const [module, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${module}`);
