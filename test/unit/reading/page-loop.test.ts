/**
 * A scan read page by page, stopping once the proposal has the type and its dates. Real OCR of real
 * renderings: each page of the fixture PDFs rendered by poppler to a JPEG without text, read by tesseract.js
 * with the app's language data; a page is rendered only when the loop asks for it.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OCR_PAGES, proposalHasDates, proposeDocument, readPagesUntilEnough, type DocumentProposal } from '../../../shared/reading';
import { startNodeOcr, type NodeOcr } from '../../fixtures/reading/ocr';
import { pdfPageToJpeg } from '../../fixtures/reading/photo';
import { BHV_SCAN, scanPdf, UNDATED_PROTOCOL } from '../../fixtures/reading/scans';

const popplerMissing = spawnSync('pdftoppm', ['-v']).error !== undefined;
const TODAY = '2026-01-10';
const propose = (text: string, fileName: string) => proposeDocument({ text, fileName, people: [], today: TODAY });
const summary = (p: DocumentProposal) => ({ evidenceType: p.evidenceType?.value, issueDate: p.issueDate?.value, validUntil: p.validUntil?.value });

describe.skipIf(popplerMissing)('reading a scan page by page', { timeout: 180_000 }, () => {
  let ocr: NodeOcr;
  beforeAll(async () => {
    ocr = await startNodeOcr();
  }, 120_000);
  afterAll(() => ocr?.terminate());

  async function readScan(scan: typeof BHV_SCAN | typeof UNDATED_PROTOCOL, signal?: AbortSignal) {
    const pdf = await scanPdf(scan);
    const rendered: number[] = [];
    const announced: string[] = [];
    const result = await readPagesUntilEnough({
      pageCount: scan.pages.length,
      readPage: async (n) => {
        rendered.push(n);
        return (await ocr.recognize(pdfPageToJpeg(pdf, 150, n))).text;
      },
      enough: (text) => proposalHasDates(propose(text, scan.fileName)),
      onPage: (n, total) => announced.push(`pagina ${n} van ${total}`),
      ...(signal ? { signal } : {}),
    });
    return { result, rendered, announced };
  }

  it('stops after the page that gives the dates: a certificate on page 3 of 5', async () => {
    const { result, rendered, announced } = await readScan(BHV_SCAN);
    expect(rendered).toEqual([1, 2, 3]);
    expect(announced).toEqual(['pagina 1 van 5', 'pagina 2 van 5', 'pagina 3 van 5']);
    expect([result.pagesRead, result.total]).toEqual([3, 5]);
    expect(summary(propose(result.text, BHV_SCAN.fileName))).toEqual(BHV_SCAN.expected);
  });

  it(`reads at most ${MAX_OCR_PAGES} pages when no page gives a date`, async () => {
    const { result, rendered } = await readScan(UNDATED_PROTOCOL);
    expect(rendered).toEqual([1, 2, 3, 4, 5, 6]);
    expect([result.pagesRead, result.total]).toEqual([6, 6]);
    const proposal = propose(result.text, UNDATED_PROTOCOL.fileName);
    expect(proposal.evidenceType?.value).toBe('meldcode');
    expect(proposal.issueDate).toBeUndefined();
  });

  it('reads no further page once the file is taken out of the queue', async () => {
    const stop = new AbortController();
    const pdf = await scanPdf(BHV_SCAN);
    const rendered: number[] = [];
    const pending = readPagesUntilEnough({
      pageCount: BHV_SCAN.pages.length,
      readPage: async (n) => {
        rendered.push(n);
        const text = (await ocr.recognize(pdfPageToJpeg(pdf, 150, n))).text;
        stop.abort(new Error('verwijderd'));
        return text;
      },
      enough: (text) => proposalHasDates(propose(text, BHV_SCAN.fileName)),
      signal: stop.signal,
    });
    await expect(pending).rejects.toThrow('verwijderd');
    expect(rendered).toEqual([1]);
  });
});

describe('what a proposal needs before reading stops', () => {
  it('the type and the dates that type takes from the paper', () => {
    const p = (text: string) => proposalHasDates(propose(text, 'scan.pdf'));
    expect(p('CERTIFICAAT Bedrijfshulpverlening (BHV) Basis. Datum training: 14-03-2025')).toBe(true);
    expect(p('CERTIFICAAT Bedrijfshulpverlening (BHV) Basis. Met goed gevolg afgerond.')).toBe(false);
    expect(p('Ingangsdatum: 14-03-2025')).toBe(false);
  });
});
