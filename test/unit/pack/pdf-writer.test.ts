import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import { joinParts } from '../../../shared/pack/parts';
import { PdfPartsWriter } from '../../../shared/pack/pdf-writer';

const qpdfMissing = spawnSync('qpdf', ['--version']).error !== undefined;

/** A document whose first page carries a 40 KB stream that is a view on `source`. */
async function twoRoundDocument(source: Uint8Array) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  const first = doc.addPage([200, 200]);
  first.drawText('eerste ronde', { x: 10, y: 100, size: 12, font });
  const big = doc.context.register(doc.context.stream(source, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }));
  first.node.set(PDFName.of('KmBig'), big);
  await doc.flush();
  return { doc, big };
}

describe('PdfPartsWriter', () => {
  it('writes objects in two rounds into one valid PDF, large stream contents as views on their source', async () => {
    const source = new Uint8Array(40_000).fill(0x20);
    const { doc, big } = await twoRoundDocument(source);
    const writer = new PdfPartsWriter();
    const pagesRef = doc.catalog.get(PDFName.of('Pages'));
    writer.writePending(doc.context, [pagesRef as never, doc.context.trailerInfo.Root as never]);

    // Round 2: a page added later; the page tree and catalog (deferred) change after round 1.
    const font = doc.embedStandardFont(StandardFonts.HelveticaBold);
    doc.addPage([200, 200]).drawText('tweede ronde', { x: 10, y: 100, size: 12, font });
    await doc.flush();
    doc.setLanguage('nl-NL');
    writer.writePending(doc.context);
    const parts = writer.finish(PdfPartsWriter.trailerOf(doc.context));
    // The big stream is its source itself, not a copy: the pack never copies attachment contents.
    expect(parts).toContain(source);
    source[0] = 0x25;
    const pdf = joinParts(parts);

    const back = await PDFDocument.load(pdf);
    expect(back.getPageCount()).toBe(2);
    expect(back.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(nl-NL)');
    const stream = back.context.lookup(big);
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect((stream as PDFRawStream).getContents()[0]).toBe(0x25);
    expect((stream as PDFRawStream).getContents()).toHaveLength(40_000);
    expect(new TextDecoder().decode(pdf.subarray(0, 8))).toBe('%PDF-1.7');
  });

  it.skipIf(qpdfMissing)('has a cross-reference table qpdf accepts without repair', async () => {
    const { doc } = await twoRoundDocument(new Uint8Array(20_000).fill(0x20));
    const writer = new PdfPartsWriter();
    writer.writePending(doc.context);
    const pdf = joinParts(writer.finish(PdfPartsWriter.trailerOf(doc.context)));
    const path = join(mkdtempSync(join(tmpdir(), 'km-writer-')), 'out.pdf');
    writeFileSync(path, pdf);
    const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
  });
});
