/**
 * Issue 19: how every PDF gets into the pack, and what the slow paths cost.
 *   npx tsx bench/pdf-intake.ts [--runs 3]
 * 1. The corpus (test/fixtures/pdf-corpus): per case the import verdict and the way into the pack (native,
 *    decrypted, repaired, flattened, rendered, refused), counted per outcome.
 * 2. A 20-page scanned PDF (one JPEG per A4 page, ~200 dpi) four ways: as it is, encrypted with restrictions
 *    only (qpdf decrypts), with a broken xref (pdf-lib reads it object by object), and encrypted *and* broken
 *    (only pdf.js reads it: every page rendered). Wall time of the intake and of a whole pack with that one
 *    attachment, and the RSS growth (peak, sampled every 5 ms) over each. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { validateImport } from '../shared/files/validate-import';
import { buildEvidencePack } from '../shared/pack';
import { intakePdf } from '../shared/pack/pdf-intake';
import { generatePdfCorpus } from '../test/fixtures/pdf-corpus/generate';
import { usePdfRendererInNode } from '../test/helpers/pdf-render-node';
import { useQpdfInNode } from '../test/helpers/qpdf-node';
import { corpusModel } from '../test/unit/pack/pdf-corpus-model';
import { loadFonts } from '../test/unit/pack/fixtures';
import { encodeJpeg } from './synth/jpeg';
import { synthPhoto } from './synth/images';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 3);

useQpdfInNode();
usePdfRendererInNode();

function qpdfCli(qpdfArgs: string[], input: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'km-bench-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), input);
    execFileSync('qpdf', [...qpdfArgs, join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: 'pipe' });
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function breakXref(bytes: Uint8Array): Uint8Array {
  const s = Buffer.from(bytes).toString('latin1');
  const at = s.lastIndexOf('\nxref');
  const table = s.slice(at).replace(/(\d{10}) 00000 n/g, (_m, off: string) => `${String(Number(off) + 7).padStart(10, '0')} 00000 n`);
  return new Uint8Array(Buffer.from(s.slice(0, at) + table, 'latin1'));
}

async function scannedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // 1240 × 1754 px is A4 at 150 dpi; grain makes the JPEGs as heavy as a real scan (~300–500 KB a page).
  for (let i = 0; i < pages; i++) {
    const [w, h] = [1240, 1754];
    const jpeg = await doc.embedJpg(encodeJpeg(synthPhoto(w, h, 100 + i, 18), w, h, 80));
    doc.addPage([595.28, 841.89]).drawImage(jpeg, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}

/** Runs `work` and returns its wall time and the peak RSS growth over it. */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; rssMb: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rssMb: (peak - base) / 1024 / 1024, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// ---- 1. corpus
const corpus = await generatePdfCorpus();
const rows: { file: string; import: string; pack: string; expected: string }[] = [];
for (const c of corpus) {
  const check = await validateImport({ bytes: c.bytes, name: c.name });
  const verdict = check.ok ? (check.note ? 'accepted, with note' : 'accepted') : check.code;
  const intake = await intakePdf(c.bytes);
  rows.push({ file: c.name, import: verdict, pack: typeof intake === 'string' ? `refused (${intake})` : intake.route, expected: c.pack });
}
console.log('\nPDF corpus (test/fixtures/pdf-corpus): import verdict and way into the pack');
console.table(rows);
const counts = new Map<string, number>();
for (const r of rows) counts.set(r.pack.startsWith('refused') ? 'refused' : r.pack, (counts.get(r.pack.startsWith('refused') ? 'refused' : r.pack) ?? 0) + 1);
console.log(`Included ${rows.filter((r) => !r.pack.startsWith('refused')).length} of ${rows.length}:`, Object.fromEntries(counts));

// ---- 2. the slow paths on a 20-page scan
const scan = await scannedPdf(20);
const restricted = qpdfCli(['--encrypt', '', 'eigenaar', '256', '--print=none', '--'], scan);
const variants: [string, Uint8Array][] = [
  ['as it is (native)', scan],
  ['restrictions only (decrypt)', restricted],
  ['broken xref (repair)', breakXref(scan)],
  ['restrictions + broken xref (render)', breakXref(restricted)],
];
console.log(`\n20-page scanned PDF, ${(scan.length / 1024 / 1024).toFixed(1)} MB; median of ${RUNS} runs`);
const table: Record<string, string | number>[] = [];
for (const [label, bytes] of variants) {
  const intake: { ms: number; rssMb: number }[] = [];
  const pack: { ms: number; rssMb: number }[] = [];
  let route = '';
  for (let r = 0; r < RUNS; r++) {
    const i = await measure(() => intakePdf(bytes));
    route = typeof i.value === 'string' ? i.value : i.value.route;
    intake.push(i);
    const model = corpusModel([{ name: 'scan.pdf', bytes, import: 'accept', pack: 'native', fidelity: false, description: label }]);
    pack.push(await measure(() => buildEvidencePack(model, { fonts: loadFonts() })));
  }
  table.push({
    variant: label,
    route,
    'intake ms': Math.round(median(intake.map((x) => x.ms))),
    'intake +RSS MB': Math.round(median(intake.map((x) => x.rssMb))),
    'pack ms': Math.round(median(pack.map((x) => x.ms))),
    'pack +RSS MB': Math.round(median(pack.map((x) => x.rssMb))),
  });
}
console.table(table);
