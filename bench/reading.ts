/**
 * Benchmark: reading documents on import. Run with `npx tsx bench/reading.ts` (npm run bench:reading).
 * - text extraction (pdf.js text layer) of a 10-page policy PDF + the proposal: median of 15 runs, target < 300 ms;
 * - OCR of one photographed A4 page (JPEG, 150 dpi, no text layer) with tesseract.js and the local Dutch and
 *   English data, as the app does: first page (engine start + data load) and a second page, with progress.
 *   Target < 8 s.
 */
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { proposeDocument } from '../shared/reading';
import { readDocument } from '../shared/reading/node';
import { makeLayoutPdf, paragraph } from '../test/fixtures/reading/layout-pdf';
import { FIRST_HOUR_DOCUMENTS, fixturePdf } from '../test/fixtures/reading/first-hour';
import { pdfPageToJpeg } from '../test/fixtures/reading/photo';

const require = createRequire(import.meta.url);
const PEOPLE = [{ id: 'p1', name: 'Sanne de Vries' }];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function tenPagePdf(): Promise<Uint8Array> {
  const body = Array.from({ length: 48 }, (_, i) => `Regel ${i + 1}: als ik signalen zie, leg ik ze vast in het dossier en bespreek ik ze met een collega of met Veilig Thuis.`);
  const pages = Array.from({ length: 10 }, (_, p) => [
    { text: p === 0 ? 'Meldcode huiselijk geweld en kindermishandeling' : `Hoofdstuk ${p + 1}`, y: 790, size: 16, bold: true },
    ...(p === 0 ? [{ text: 'Vastgesteld op 2 september 2025', y: 770, size: 10 }] : []),
    ...paragraph(740, body, 9),
  ]);
  return makeLayoutPdf(pages);
}

async function benchText(): Promise<void> {
  const pdf = await tenPagePdf();
  await readDocument({ bytes: pdf, fileName: 'meldcode.pdf', people: PEOPLE, today: '2026-01-10' }); // warm-up (module load)
  const times: number[] = [];
  let result;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    result = await readDocument({ bytes: pdf, fileName: 'meldcode.pdf', people: PEOPLE, today: '2026-01-10' });
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) proposeDocument({ text: result!.text, fileName: 'meldcode.pdf', people: PEOPLE, today: '2026-01-10' });
  const proposeMs = (performance.now() - t0) / 100;
  console.log(`Tekst uit een PDF van 10 pagina's (${pdf.length} bytes, ${result!.text.length} tekens) + voorstel: mediaan ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; doel < 300 ms)`);
  console.log(`  waarvan alleen het voorstel (proposeDocument): ${proposeMs.toFixed(2)} ms; voorstel: ${result!.proposal.evidenceType?.value}, ${result!.proposal.issueDate?.value}`);
}

async function benchOcr(): Promise<void> {
  const photoDoc = FIRST_HOUR_DOCUMENTS.find((d) => d.kind === 'photo')!;
  const jpeg = pdfPageToJpeg(await fixturePdf(photoDoc));
  const langPath = (l: string) => join(dirname(require.resolve(`@tesseract.js-data/${l}/package.json`)), '4.0.0_best_int');
  // Both languages live in separate folders in the npm packages; tesseract.js takes one langPath, so load
  // from nld's folder and eng's via a second worker would cost more: copy both into one temp folder instead.
  const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'km-lang-'));
  for (const l of ['nld', 'eng']) copyFileSync(join(langPath(l), `${l}.traineddata.gz`), join(dir, `${l}.traineddata.gz`));
  let lastStep = '';
  const t0 = performance.now();
  const worker = await createWorker(['nld', 'eng'], OEM.LSTM_ONLY, {
    langPath: dir,
    gzip: true,
    cacheMethod: 'none',
    logger: (m) => {
      const step = `${m.status} ${Math.round(m.progress * 100)}%`;
      if (m.status !== lastStep && (m.progress === 0 || m.progress === 1)) console.log(`  voortgang: ${step} (${(performance.now() - t0).toFixed(0)} ms)`);
      if (m.progress === 1) lastStep = m.status;
    },
  });
  const ready = performance.now() - t0;
  const t1 = performance.now();
  const first = await worker.recognize(Buffer.from(jpeg));
  const firstMs = performance.now() - t1;
  const t2 = performance.now();
  await worker.recognize(Buffer.from(jpeg));
  const secondMs = performance.now() - t2;
  await worker.terminate();
  rmSync(dir, { recursive: true, force: true });
  const proposal = proposeDocument({ text: first.data.text, fileName: photoDoc.fileName, people: PEOPLE, today: '2026-01-10' });
  console.log(`OCR van een gefotografeerde A4-pagina (JPEG ${jpeg.length} bytes, 150 dpi): ${((ready + firstMs) / 1000).toFixed(1)} s inclusief starten en taalgegevens laden (${(ready / 1000).toFixed(1)} s), daarna ${(secondMs / 1000).toFixed(1)} s per pagina (doel < 8 s)`);
  console.log(`  voorstel uit de OCR-tekst: ${proposal.evidenceType?.value}, persoon ${proposal.personId?.value}, ${proposal.issueDate?.value}, onderwerp ${String(proposal.details['subject']?.value)}`);
}

await benchText();
await benchOcr();
