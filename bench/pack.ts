/**
 * Evidence-pack benchmark: `npx tsx bench/pack.ts [--runs 3]`.
 * Builds the pack from 200 synthetic attachments (~150 MB, see synth/pack-data.ts) with the same shared/pack
 * code the app runs in its worker, and compares with `qpdf --empty --pages … -- out.pdf` merging the same
 * attachments (images wrapped in one-page PDFs). Each pack build runs in a fresh child process so its peak
 * RSS is its own. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { buildEvidencePack, buildPackZip, selectForPack } from '../shared/pack';
import { imageWrappers, syntheticPackData, DATA_DIR } from './synth/pack-data';

const OUT_DIR = new URL('./.tmp/', import.meta.url).pathname;
const MB = 1024 * 1024;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

function loadFonts() {
  const read = (name: string) => new Uint8Array(readFileSync(new URL(`../resources/fonts/${name}`, import.meta.url)));
  return {
    regular: read('Roboto-Regular.ttf'),
    bold: read('Roboto-Medium.ttf'),
    italics: read('Roboto-Italic.ttf'),
    bolditalics: read('Roboto-MediumItalic.ttf'),
  };
}

interface ChildResult {
  wallMs: number;
  /** user+system CPU of the whole process during the build (all threads). */
  cpuMs: number;
  timings: Record<string, number>;
  peakRssMb: number;
  rssBeforeMb: number;
  outputMb: number;
  pages: number;
  zipMs: number;
  zipMb: number;
}

async function child(objectStreams: boolean): Promise<void> {
  const data = await syntheticPackData();
  const fonts = loadFonts();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await buildEvidencePack(data.model, { fonts, objectStreams });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const outPath = `${OUT_DIR}pack-out${objectStreams ? '-objstm' : ''}.pdf`;
  writeFileSync(outPath, result.pdf);
  const z0 = performance.now();
  const { zip } = await buildPackZip(data.model, result);
  const zipMs = performance.now() - z0;
  const out: ChildResult = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    timings: result.timings as Record<string, number>,
    peakRssMb,
    rssBeforeMb: rssBefore / MB,
    outputMb: result.pdf.length / MB,
    pages: result.pageCount,
    zipMs,
    zipMb: zip.length / MB,
  };
  process.stdout.write(`\nRESULT ${JSON.stringify(out)}\n`);
}

function runChild(objectStreams: boolean): ChildResult {
  const res = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', ...(objectStreams ? ['--object-streams'] : [])],
    { encoding: 'utf8', maxBuffer: 64 * MB },
  );
  const line = res.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`child failed: ${res.stderr}`);
  return JSON.parse(line.slice(7)) as ChildResult;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  if (args.includes('--child')) return child(args.includes('--object-streams'));
  mkdirSync(OUT_DIR, { recursive: true });
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
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // bash's `time` gives qpdf's own user+sys CPU, which the machine's load does not inflate as much as wall time.
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time (qpdf --empty --pages $(cat '${OUT_DIR}qpdf-inputs.txt') -- '${qpdfOut}')`], { encoding: 'utf8' });
    qpdfTimes.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed: ${r.stderr}`);
    const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    qpdfCpu.push(((user ?? 0) + (sys ?? 0)) * 1000);
  }
  const qpdfMs = median(qpdfTimes);
  const qpdfCpuMs = median(qpdfCpu);
  console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${availableParallelism()} CPUs`);
  console.log(`qpdf --empty --pages (${inputs.length} files): wall ${qpdfTimes.map((t) => t.toFixed(0)).join(', ')} ms → median ${qpdfMs.toFixed(0)} ms; CPU median ${qpdfCpuMs.toFixed(0)} ms; output ${(statSync(qpdfOut).size / MB).toFixed(1)} MB`);

  for (const objectStreams of [false, true]) {
    const results: ChildResult[] = [];
    for (let i = 0; i < runs; i++) results.push(runChild(objectStreams));
    const wall = median(results.map((r) => r.wallMs));
    const merge = median(results.map((r) => (r.timings.inspect ?? 0) + (r.timings.merge ?? 0) + (r.timings.save ?? 0)));
    const mid = results.find((r) => r.wallMs === wall) as ChildResult;
    const peak = Math.max(...results.map((r) => r.peakRssMb));
    console.log(`\npack (useObjectStreams: ${objectStreams}), ${runs} runs, median:`);
    const cpuMs = median(results.map((r) => r.cpuMs));
    console.log(`  wall ${wall.toFixed(0)} ms (runs: ${results.map((r) => r.wallMs.toFixed(0)).join(', ')}); CPU median ${cpuMs.toFixed(0)} ms`);
    console.log(`  steps (median run): ${Object.entries(mid.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    console.log(`  output ${mid.outputMb.toFixed(1)} MB, ${mid.pages} pages; ZIP ${mid.zipMb.toFixed(1)} MB in ${mid.zipMs.toFixed(0)} ms`);
    console.log(`  peak RSS ${peak.toFixed(0)} MB (RSS before build, attachments loaded: ${mid.rssBeforeMb.toFixed(0)} MB)`);
    const ratio = (x: number, target: number) => `${x.toFixed(2)}× (target ≤ ${target}×: ${x <= target ? 'met' : 'MISSED'})`;
    console.log(`  whole pack / qpdf:              ${ratio(wall / qpdfMs, 2)}`);
    console.log(`  merge step (inspect+merge+save) / qpdf: ${ratio(merge / qpdfMs, 1.5)}`);
    console.log(`  peak RSS / output size:         ${ratio(peak / mid.outputMb, 3)}`);
    console.log(`  (CPU time) whole pack / qpdf:   ${ratio(cpuMs / qpdfCpuMs, 2)}`);
  }
}

await main();
