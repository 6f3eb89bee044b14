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
import { printProfileSummary, type CpuProfile } from './pack/profile-summary';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = `${ROOT}/bench/.tmp/`;
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 40;

await syntheticPackData((m) => console.log(m));
await bundleChildren(`${OUT}bundle/`, { 'profile-child': `${ROOT}/bench/pack/profile-child.ts` });
const run = spawnSync(process.execPath, ['--expose-gc', `${OUT}bundle/profile-child.mjs`, `${OUT}pack.cpuprofile`, args.includes('cold') ? 'cold' : 'warm'], {
  encoding: 'utf8',
  env: { ...process.env, BENCH_ROOT: ROOT },
});
const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
if (!line) throw new Error(`child failed: ${run.stderr}`);
console.log(line.slice(7));
const profile = JSON.parse(readFileSync(`${OUT}pack.cpuprofile`, 'utf8')) as CpuProfile;
printProfileSummary(profile, 'profile-child.mjs', readFileSync(`${OUT}bundle/profile-child.mjs`, 'utf8'), top);
