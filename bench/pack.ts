/**
 * Evidence-pack benchmark: `npx tsx bench/pack.ts [--runs 3]`.
 * Builds the pack from 200 synthetic attachments (~150 MB, see synth/pack-data.ts) with the same shared/pack
 * code the app runs in its worker, and compares with `qpdf --empty --pages … -- out.pdf` merging the same
 * attachments (images wrapped in one-page PDFs). Each pack build runs bundled (esbuild, like the app's worker
 * bundle) in a fresh child process (pack/child.ts), so its peak RSS is its own. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { selectForPack } from '../shared/pack';
import type { ChildResult } from './pack/child';
import { imageWrappers, syntheticPackData, DATA_DIR } from './synth/pack-data';
import { bundleChildren } from './pack/bundle';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT_DIR = `${ROOT}/bench/.tmp/`;
const BUNDLE_DIR = `${OUT_DIR}bundle/`;
/** cold: a fresh worker; warm: after the warm-up the pack page starts when it opens (shared/pack/warm-up.ts). */
type Mode = 'cold' | 'warm';
const MB = 1024 * 1024;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

function runChild(mode: Mode): ChildResult {
  const res = spawnSync(process.execPath, ['--expose-gc', `${BUNDLE_DIR}child.mjs`, `${OUT_DIR}pack-out.pdf`, mode], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    env: { ...process.env, BENCH_ROOT: ROOT },
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`child failed: ${res.stderr}`);
  return JSON.parse(line.slice(7)) as ChildResult;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await bundleChildren(BUNDLE_DIR, { child: `${ROOT}/bench/pack/child.ts`, 'pdf-hash-worker': `${ROOT}/bench/pack/pdf-hash-worker.ts` });
  const data = await syntheticPackData((m) => console.log(m));
  const wrappers = await imageWrappers(data);
  const selection = selectForPack(data.model);
  const byId = new Map(data.files.map((f) => [f.spec.documentId, f.path]));
  const inputs = selection.attachments.map((a) => wrappers.get(a.documentId) ?? (byId.get(a.documentId) as string));
  const kinds = data.files.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.spec.fileKind]: (acc[f.spec.fileKind] ?? 0) + 1 }), {});
  console.log(`data: ${data.files.length} attachments (${JSON.stringify(kinds)}), ${(data.totalBytes / MB).toFixed(1)} MB in ${DATA_DIR}`);

  const qpdfOut = `${OUT_DIR}qpdf-out.pdf`;
  const qpdfTimes: number[] = [];
  const qpdfCpu: number[] = [];
  writeFileSync(`${OUT_DIR}qpdf-inputs.txt`, inputs.join('\n'));
  const runQpdf = (): void => {
    const t0 = performance.now();
    // bash's `time` gives qpdf's own user+sys CPU, which the machine's load does not inflate as much as wall time.
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time (qpdf --empty --pages $(cat '${OUT_DIR}qpdf-inputs.txt') -- '${qpdfOut}')`], { encoding: 'utf8' });
    qpdfTimes.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed: ${r.stderr}`);
    const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    qpdfCpu.push(((user ?? 0) + (sys ?? 0)) * 1000);
  };
  // qpdf, a fresh and a warmed build in turn, so all three see the same machine load (a shared machine's
  // load moves the CPU time of the same work by ±30 %).
  const byMode: Record<Mode, ChildResult[]> = { cold: [], warm: [] };
  const loads: string[] = [];
  for (let i = 0; i < runs; i++) {
    loads.push(readFileSync('/proc/loadavg', 'utf8').split(' ')[0] as string);
    runQpdf();
    for (const mode of ['cold', 'warm'] as const) byMode[mode].push(runChild(mode));
  }
  const qpdfMs = median(qpdfTimes);
  const qpdfCpuMs = median(qpdfCpu);
  console.log(`load average (1 min) at each round: ${loads.join(', ')} on ${availableParallelism()} CPUs`);
  console.log(`qpdf --empty --pages (${inputs.length} files): wall ${qpdfTimes.map((t) => t.toFixed(0)).join(', ')} ms → median ${qpdfMs.toFixed(0)} ms; CPU ${qpdfCpu.map((t) => t.toFixed(0)).join(', ')} ms → median ${qpdfCpuMs.toFixed(0)} ms; output ${(statSync(qpdfOut).size / MB).toFixed(1)} MB`);
  for (const mode of ['cold', 'warm'] as const) report(mode, byMode[mode], qpdfMs, qpdfCpu);
  // The last saved ZIP, checked by another tool (every entry's CRC-32 and sizes), not timed.
  const check = spawnSync('unzip', ['-tq', `${OUT_DIR}pack-out.pdf.zip`], { encoding: 'utf8' });
  console.log(`\nlast ZIP checked with unzip -tq: ${check.error ? 'unzip not installed' : check.stdout.trim() || check.stderr.trim()}`);
}

function report(mode: Mode, results: ChildResult[], qpdfMs: number, qpdfCpu: number[]): void {
  const qpdfCpuMs = median(qpdfCpu);
  const wall = median(results.map((r) => r.wallMs));
  const merge = median(results.map((r) => (r.timings.inspect ?? 0) + (r.timings.merge ?? 0) + (r.timings.save ?? 0)));
  const mid = results.find((r) => r.wallMs === wall) as ChildResult;
  const ratio = (x: number, target: number) => `${x.toFixed(2)}× (target ≤ ${target}×: ${x <= target ? 'met' : 'MISSED'})`;
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  console.log(`\npack, ${mode === 'cold' ? 'fresh worker (first build right after opening the page)' : 'warmed worker (the page warms it up when it opens)'}, ${results.length} runs, median:`);
  const cpuMs = median(results.map((r) => r.cpuMs));
  const cpuRatios = results.map((r, i) => r.cpuMs / (qpdfCpu[i] as number));
  console.log(`  wall ${wall.toFixed(0)} ms (runs: ${results.map((r) => r.wallMs.toFixed(0)).join(', ')}); CPU median ${cpuMs.toFixed(0)} ms`);
  if (mode === 'warm') {
    // Not part of the build, but not free: the worker spends it when the pack page opens (and it is lost again
    // after ~30 s of idle in Chromium, see docs/pack.md).
    console.log(`  the warm-up before it: CPU median ${median(results.map((r) => r.warmUpCpuMs)).toFixed(0)} ms (when the pack page opens)`);
  }
  console.log(`  steps (median run): ${Object.entries(mid.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  console.log(`  output ${mid.outputMb.toFixed(1)} MB, ${mid.pages} pages; ZIP ${mid.zipMb.toFixed(1)} MB made in ${mid.zipMs.toFixed(0)} ms (headers + references to the PDF and originals); saving it to a file: ${mid.saveMs.toFixed(0)} ms`);
  const zipMs = median(results.map((r) => r.zipMs));
  console.log(`  ZIP time / pack build time:     ${ratio(zipMs / wall, 1)}  (ZIP median ${zipMs.toFixed(0)} ms, CPU ${median(results.map((r) => r.zipCpuMs)).toFixed(0)} ms)`);
  const peakZip = Math.max(...results.map((r) => r.peakAfterZipMb));
  console.log(`  peak RSS with ZIP / output (PDF + ZIP ${(mid.outputMb + mid.zipMb).toFixed(0)} MB): ${ratio(peakZip / (mid.outputMb + mid.zipMb), 1.5)}`);
  console.log(`  peak RSS ${peak.toFixed(0)} MB (RSS before the build, attachments as file-backed Blobs: ${mid.rssBeforeMb.toFixed(0)} MB)`);
  console.log(`  whole pack / qpdf:              ${ratio(wall / qpdfMs, 2)}`);
  console.log(`  merge step (inspect+merge+save) / qpdf: ${ratio(merge / qpdfMs, 1.5)}`);
  console.log(`  peak RSS / output size:         ${ratio(peak / mid.outputMb, 1.5)}`);
  console.log(`  (CPU time) whole pack / qpdf:   ${ratio(cpuMs / qpdfCpuMs, 1)}; per round ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}`);
}

await main();
