import { describe, expect, it } from 'vitest';
import { sha256Hex, validateImport, type ImportCheck } from '../../../shared/files';
import { addEncryptDictionary, makeDocx, makeHeic, makeJpeg, makePdf, makePng, makeTiff } from '../../fixtures/malformed/generate';

function refused(r: ImportCheck) {
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r)}`);
  return r;
}
function accepted(r: ImportCheck) {
  if (!r.ok) throw new Error(`expected acceptance, got ${r.code}: ${r.message}`);
  return r;
}

describe('validateImport', () => {
  it('accepts a PDF with its page count, hash and content MIME type', async () => {
    const bytes = await makePdf(2);
    const r = accepted(await validateImport({ bytes, name: 'VOG Jan.pdf' }));
    expect(r).toMatchObject({ fileKind: 'pdf', detectedType: 'pdf', mimeType: 'application/pdf', mergeable: true, pageCount: 2, size: bytes.length });
    expect(r.sha256).toBe(await sha256Hex(bytes));
    expect(r.note).toBeUndefined();
  });

  it('accepts JPEG and PNG as mergeable images', async () => {
    expect(accepted(await validateImport({ bytes: makeJpeg(), name: 'diploma.jpg' }))).toMatchObject({ fileKind: 'jpeg', mergeable: true });
    expect(accepted(await validateImport({ bytes: makePng(), name: 'bhv.png' }))).toMatchObject({ fileKind: 'png', mergeable: true });
  });

  it('refuses an empty file', async () => {
    const r = refused(await validateImport({ bytes: new Uint8Array(0), name: 'leeg.pdf' }));
    expect(r.code).toBe('empty');
    expect(r.message).toContain('‘leeg.pdf’ is leeg');
  });

  it('refuses files over the limit, default 100 MB and configurable', async () => {
    const bytes = await makePdf(1);
    const r = refused(await validateImport({ bytes, name: 'groot.pdf', maxBytes: bytes.length - 1 }));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/de grens is/);
    expect((await validateImport({ bytes, name: 'ok.pdf', maxBytes: bytes.length })).ok).toBe(true);
    const big = new Uint8Array(100 * 1024 * 1024 + 1);
    const d = refused(await validateImport({ bytes: big, name: 'scan.pdf' }));
    expect(d.code).toBe('too-large');
    expect(d.message).toContain('100 MB');
  });

  it('accepts by content when the extension lies, with a Dutch note and a corrected name', async () => {
    const r = accepted(await validateImport({ bytes: makePng(), name: 'foto.jpg' }));
    expect(r).toMatchObject({ fileKind: 'png', mimeType: 'image/png', mergeable: true, suggestedName: 'foto.png' });
    expect(r.note).toBe('Dit bestand heet ‘.jpg’ maar is een PNG-afbeelding; de app behandelt het als een PNG-afbeelding.');
  });

  it('refuses an encrypted PDF with advice', async () => {
    const r = refused(await validateImport({ bytes: addEncryptDictionary(await makePdf(1)), name: 'beveiligd.pdf' }));
    expect(r.code).toBe('pdf-encrypted');
    expect(r.message).toMatch(/wachtwoord/);
  });

  it('refuses a cut-off PDF and a PDF with missing pages', async () => {
    const pdf = await makePdf(3);
    const r = refused(await validateImport({ bytes: pdf.slice(0, pdf.length / 2), name: 'half.pdf' }));
    expect(r.code).toBe('pdf-corrupt');
    expect(r.message).toMatch(/niet compleet/);
  });

  it('keeps HEIC, TIFF and Word but marks them not mergeable, explaining why', async () => {
    for (const [bytes, name, type] of [
      [makeHeic(), 'IMG_1234.HEIC', 'heic'],
      [makeTiff(), 'scan.tif', 'tiff'],
      [makeDocx(), 'meldcode.docx', 'docx'],
    ] as const) {
      const r = accepted(await validateImport({ bytes, name }));
      expect(r).toMatchObject({ fileKind: 'other', detectedType: type, mergeable: false });
      expect(r.note).toMatch(/kan|kunnen niet in het bewijspakket/);
      // Shown in the import queue before she confirms: it must not say the file is already stored.
      expect(r.note).not.toMatch(/is bewaard/);
      expect(r.note).toContain('Kwaliteitsmap bewaart het bestand wel.');
    }
  });

  it('refuses a duplicate, naming the stored document', async () => {
    const bytes = await makePdf(1);
    const existingHashes = new Map([[await sha256Hex(bytes), { id: 'd1', title: 'VOG Jan de Vries 2025' }]]);
    const r = refused(await validateImport({ bytes, name: 'kopie.pdf', existingHashes }));
    expect(r.code).toBe('duplicate');
    expect(r.duplicateOf).toEqual({ id: 'd1', title: 'VOG Jan de Vries 2025' });
    expect(r.message).toBe('‘kopie.pdf’ staat al in de app, als ‘VOG Jan de Vries 2025’. Het is niet nog een keer toegevoegd.');
  });

  it('refuses unknown content and names a damaged file by its promised type', async () => {
    const text = Uint8Array.from('gewoon tekst', (c) => c.charCodeAt(0));
    expect(refused(await validateImport({ bytes: text, name: 'notitie.txt' })).code).toBe('unsupported');
    const fake = refused(await validateImport({ bytes: text, name: 'diploma.pdf' }));
    expect(fake.code).toBe('pdf-corrupt');
    expect(fake.message).toMatch(/de inhoud is geen PDF/);
  });

  it('does not change the input bytes', async () => {
    const bytes = await makePdf(2);
    const before = await sha256Hex(bytes);
    await validateImport({ bytes, name: 'x.pdf' });
    expect(await sha256Hex(bytes)).toBe(before);
  });
});
