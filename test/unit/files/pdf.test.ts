import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../shared/files';
import { addEncryptDictionary, makePdf, textPdf } from '../../fixtures/malformed/generate';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('inspectPdf', () => {
  it('accepts intact PDFs with a classic xref table or an xref stream and counts pages', async () => {
    expect(await inspectPdf(await makePdf(3))).toMatchObject({ status: 'ok', pageCount: 3, xref: 'ok', eofMarker: true, version: '1.7' });
    expect(await inspectPdf(await makePdf(2, { objectStreams: true }))).toMatchObject({ status: 'ok', pageCount: 2, xref: 'stream' });
  });

  it('detects /Encrypt in the trailer', async () => {
    const result = await inspectPdf(addEncryptDictionary(await makePdf(1)));
    expect(result.status).toBe('encrypted');
  });

  it('treats a broken xref as repaired when every page is still there', async () => {
    const pdf = latin1(await makePdf(2));
    const wrongStart = await inspectPdf(bytes(pdf.replace(/startxref\s+\d+/, 'startxref 17')));
    expect(wrongStart).toMatchObject({ status: 'repaired', xref: 'broken', pageCount: 2 });
    // Extra bytes after the header move every object; startxref is corrected, the entries are not.
    const extra = '%extra bytes\n';
    const moved = pdf
      .replace('%PDF-1.7\n', '%PDF-1.7\n' + extra)
      .replace(/startxref\s+(\d+)/, (_, n: string) => `startxref\n${Number(n) + extra.length}`);
    const shifted = await inspectPdf(bytes(moved));
    expect(shifted).toMatchObject({ status: 'repaired', xref: 'broken', pageCount: 2 });
    expect(shifted.problems.join()).toMatch(/points at offset/);
  });

  it('calls a PDF corrupt when pages or their content are missing', async () => {
    const pdf = await makePdf(3);
    const cut = await inspectPdf(pdf.slice(0, Math.floor(pdf.length * 0.5)));
    expect(cut).toMatchObject({ status: 'corrupt', eofMarker: false });
    const missingPage = textPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>', '<< /Type /Page /MediaBox [0 0 1 1] >>']);
    const r = await inspectPdf(missingPage);
    expect(r.status).toBe('corrupt');
    expect(r.problems.join()).toMatch(/9 0 R missing/);
    expect((await inspectPdf(bytes('%PDF-1.7\n'))).status).toBe('corrupt');
    expect((await inspectPdf(bytes('geen pdf'))).status).toBe('corrupt');
  });

  it('does not loop on a cyclic page tree', async () => {
    const cyclic = textPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] >>', '<< /Type /Pages /Kids [2 0 R] >>']);
    const r = await inspectPdf(cyclic);
    expect(r.status).toBe('corrupt');
    expect(r.problems).toContain('page tree has a cycle');
  });
});
