/**
 * One pack build in a fresh process: `node child.mjs <out.pdf> [warm]`. bench/pack.ts runs it bundled, like
 * the app's worker bundle, so its peak RSS is the pack's own and not a TypeScript loader's. `warm`: first the
 * sample pack the app's worker builds when the pack page opens (warm-up.ts), as a build started after that.
 * As the app's worker does: the attachments are file-backed Blobs (IndexedDB's, here synth/pack-data.ts `fileBlob`), the PDF
 * and then the ZIP are written to files as they are made (the worker's origin private file system, here a
 * file descriptor), and the ZIP reads the PDF back from its file.
 */
import { closeSync, openSync, writevSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { blobSlices, buildEvidencePack, buildPackZip, warmUpPack, type FileDigest, type PackSink, type ZipPart } from '../../shared/pack';
import { fileBlob, syntheticPackData } from '../synth/pack-data';
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
  /** user+system CPU of the ZIP (all threads). */
  zipCpuMs: number;
  zipMb: number;
  /** Saving the ZIP made of references to a file (the copy the user's save makes), after it is made. */
  saveMs: number;
  /** Peak RSS including the ZIP and its save. */
  peakAfterZipMb: number;
  /** CPU of the warm-up before the build (warm mode; 0 otherwise): spent when the pack page opens, not in her build. */
  warmUpCpuMs: number;
}

const MB = 1024 * 1024;
const outPath = process.argv[2] as string;
const warm = process.argv[3] === 'warm';
const data = await syntheticPackData(undefined, { blobs: true });

/** Writes each batch of parts at once (sync, like the worker's FileSystemSyncAccessHandle). */
function fileSink(fd: number): PackSink {
  return {
    write(parts) {
      for (let i = 0; i < parts.length; i += 512) writevSync(fd, parts.slice(i, i + 512));
    },
    copies: true,
  };
}

const fonts = loadFonts();
const warmCpu0 = process.cpuUsage();
if (warm) await warmUpPack(fonts);
const warmCpu = process.cpuUsage(warmCpu0);
// Started with --expose-gc: drop the data generator's garbage, so the figures start from what the app's worker
// holds when a build starts (the attachments it was handed, the code, the fonts).
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const fd = openSync(outPath, 'w');
const result = await buildEvidencePack(data.model, { fonts, sink: fileSink(fd) });
closeSync(fd);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const z0 = performance.now();
const zipCpu0 = process.cpuUsage();
// As the app's worker does: a second thread reads the PDF for its digest while the ZIP reads the originals.
const pdfDigest = new Promise<FileDigest>((resolve, reject) => {
  const worker = new Worker(new URL('./pdf-hash-worker.mjs', import.meta.url), { workerData: { path: outPath } });
  worker.once('message', resolve);
  worker.once('error', reject);
});
const { zip, size: zipSize } = await buildPackZip(data.model, result, { pdf: fileBlob(outPath), pdfDigest });
const zipMs = performance.now() - z0;
const zipCpu = process.cpuUsage(zipCpu0);

/** The user's save: the ZIP's parts copied to a file in order, stored files slice by slice (save-blob.ts). */
async function saveParts(parts: readonly ZipPart[], path: string): Promise<void> {
  const fd = openSync(path, 'w');
  const sink = fileSink(fd);
  try {
    for (const part of parts) {
      if (part instanceof Uint8Array) sink.write([part]);
      else for await (const slice of blobSlices(part)) sink.write([slice]);
    }
  } finally {
    closeSync(fd);
  }
}
const s0 = performance.now();
await saveParts(zip, `${outPath}.zip`);
const saveMs = performance.now() - s0;
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
  zipCpuMs: (zipCpu.user + zipCpu.system) / 1000,
  zipMb: zipSize / MB,
  saveMs,
  peakAfterZipMb,
  warmUpCpuMs: warm ? (warmCpu.user + warmCpu.system) / 1000 : 0,
};
process.stdout.write(`\nRESULT ${JSON.stringify(out)}\n`);
