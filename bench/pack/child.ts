/**
 * One pack build in a fresh process: `node child.mjs <out.pdf> [warm]`. bench/pack.ts runs it bundled, like
 * the app's worker bundle, so its peak RSS is the pack's own and not a TypeScript loader's. `warm`: first the
 * sample pack the app's worker builds when the pack page opens (warm-up.ts), as a build started after that.
 */
import { closeSync, openSync, writevSync } from 'node:fs';
import { buildEvidencePack, buildPackZip, warmUpPack } from '../../shared/pack';
import { syntheticPackData } from '../synth/pack-data';
import { loadFonts } from './fonts';

export interface ChildResult {
  wallMs: number;
  /** user+system CPU of the whole process during the build (all threads). */
  cpuMs: number;
  timings: Record<string, number>;
  peakRssMb: number;
  rssBeforeMb: number;
  outputMb: number;
  pages: number;
  zipMs: number;
  /** Writing the ZIP's parts to disk. */
  zipWriteMs: number;
  zipMb: number;
  /** Peak RSS including the ZIP. */
  peakAfterZipMb: number;
}

const MB = 1024 * 1024;
const outPath = process.argv[2] as string;
const warm = process.argv[3] === 'warm';
const data = await syntheticPackData();
const fonts = loadFonts();
if (warm) await warmUpPack(fonts);
// Started with --expose-gc: drop the data generator's garbage, so the figures start from what the app's worker
// holds when a build starts (the attachments it was handed, the code, the fonts).
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = await buildEvidencePack(data.model, { fonts });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const fd = openSync(outPath, 'w');
for (let i = 0; i < result.pdf.length; i += 512) writevSync(fd, result.pdf.slice(i, i + 512));
closeSync(fd);
const z0 = performance.now();
const { zip, size: zipSize } = await buildPackZip(data.model, result);
const zipMs = performance.now() - z0;
// The ZIP goes to disk as parts, as the desktop app writes it (writev); the PDF is already written above.
const zipFd = openSync(`${outPath}.zip`, 'w');
for (let i = 0; i < zip.length; i += 512) writevSync(zipFd, zip.slice(i, i + 512));
closeSync(zipFd);
const zipWriteMs = performance.now() - z0 - zipMs;
const peakAfterZipMb = process.resourceUsage().maxRSS / 1024;
const out: ChildResult = {
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  timings: result.timings as Record<string, number>,
  peakRssMb,
  rssBeforeMb: rssBefore / MB,
  outputMb: result.pdfSize / MB,
  pages: result.pageCount,
  zipMs,
  zipWriteMs,
  zipMb: zipSize / MB,
  peakAfterZipMb,
};
process.stdout.write(`\nRESULT ${JSON.stringify(out)}\n`);
