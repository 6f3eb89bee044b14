/**
 * Storage benchmark (issue 9): `npx tsx bench/storage.ts [--mib 512] [--doc-mib 1] [--store-batch 1] [--check-batch 32] [--transfer]`.
 * Imports generated documents (valid PDFs and JPEGs, see test/harness/generated-documents.ts)
 * through the app's own vault worker in Chromium with a persistent profile: content checks, SHA-256,
 * one transaction per store call, read-back verification. Then reads everything back, runs
 * "Controleer alle documenten", and writes the same bytes as plain files with Node (write + fsync per
 * file) for comparison. Prints figures; asserts nothing.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocument } from '../test/harness/generated-documents';
import { PersistentBrowser } from '../test/e2e/chromium';
import { buildHarness, harness, openHarness, serveHarness } from '../test/e2e/storage-harness';

const MB = 1_000_000;
const MiB = 1024 * 1024;
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const num = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const totalMiB = num('mib', 512);
const docMiB = num('doc-mib', 1);
const storeBatch = num('store-batch', 1);
const checkBatch = num('check-batch', 32);
const transfer = flag('transfer');
const seed = num('seed', 42);
const rate = (bytes: number, ms: number) => (bytes / MB / (ms / 1000)).toFixed(0);

/** Plain files with Node: one file per document, each written and fsync'ed (what "stored" means on disk). */
function rawWrite(): { bytes: number; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kwaliteitsmap-raw-'));
  try {
    let bytes = 0;
    let ms = 0;
    for (let i = 0; i < Math.floor(totalMiB / docMiB); i++) {
      const doc = generateDocument(seed, i, docMiB * MiB); // not timed
      const t = performance.now();
      const fd = openSync(join(dir, doc.name), 'w');
      writeSync(fd, doc.bytes);
      fsyncSync(fd);
      closeSync(fd);
      ms += performance.now() - t;
      bytes += doc.bytes.length;
    }
    return { bytes, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await buildHarness();
const server = await serveHarness();
const browser = new PersistentBrowser();
try {
  const page = await browser.launch();
  await openHarness(page, server.url);
  const storage = await harness(page, 'storage');
  console.log(
    `Chromium ${browser.context.browser()?.version() ?? '(persistent context)'}; storage ${storage.persistence}; ` +
      `${totalMiB} MiB in ${docMiB} MiB documents; check ${checkBatch} per call, store ${storeBatch} per call, ${transfer ? 'transfer' : 'structured-clone copy'}`,
  );

  const wall = performance.now();
  const imp = await harness(page, 'importGenerated', { totalMiB, docMiB, seed, checkBatch, storeBatch, transfer });
  const wallMs = performance.now() - wall;
  const importMs = imp.checkMs + imp.storeMs;
  console.log(
    `import: ${imp.stored.length}/${imp.documents} stored, ${imp.refused.length} refused, ${imp.failedStores.length} failed stores; ` +
      `${(imp.bytes / MiB).toFixed(0)} MiB in ${(importMs / 1000).toFixed(2)} s = ${rate(imp.bytes, importMs)} MB/s ` +
      `(check+hash ${rate(imp.bytes, imp.checkMs)} MB/s, store+verify ${rate(imp.bytes, imp.storeMs)} MB/s; generating ${(imp.generateMs / 1000).toFixed(2)} s not counted; wall ${(wallMs / 1000).toFixed(1)} s)`,
  );

  const read = await harness(page, 'readAll');
  console.log(`read: ${read.documents} documents, ${(read.bytes / MiB).toFixed(0)} MiB in ${(read.ms / 1000).toFixed(2)} s = ${rate(read.bytes, read.ms)} MB/s, ${read.unreadable} unreadable`);

  const verify = await harness(page, 'verifyAll');
  console.log(`verify all (read + SHA-256): ${rate(read.bytes, verify.ms)} MB/s, ${verify.failures.length} failures`);

  const raw = rawWrite();
  console.log(`raw file write (Node write + fsync per file, same bytes, same disk): ${rate(raw.bytes, raw.ms)} MB/s`);
  console.log(`ratio import / raw write: ${(raw.ms / importMs).toFixed(2)}`);
  console.log(`ratio store+verify / raw write: ${(raw.ms / imp.storeMs).toFixed(2)}`);
} finally {
  await browser.dispose();
  await server.close();
}
