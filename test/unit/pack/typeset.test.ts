/**
 * The pack's own typesetter (shared/pack/typeset): small document definitions laid out and written to a real
 * PDF, then read back with poppler (pdftotext, pdfinfo, pdffonts), qpdf and pdf-lib.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, PDFWriter, decodePDFRawStream } from 'pdf-lib';
import { typesetDefinition, type TypesetOutput } from '../../../shared/pack/typeset';
import { loadFonts } from './fixtures';

const has = (bin: string, arg = '-v') => spawnSync(bin, [arg]).error === undefined;
const popplerMissing = !has('pdftotext') || !has('pdfinfo') || !has('pdffonts');
const qpdfMissing = !has('qpdf', '--version');

const fonts = loadFonts();
const dir = mkdtempSync(join(tmpdir(), 'km-typeset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A4 = { width: 595.28, height: 841.89 };
const M = 50;
const base = { pageSize: 'A4', pageMargins: [M, M, M, M], defaultStyle: { fontSize: 10 } };
type Def = Parameters<typeof typesetDefinition>[0];

let files = 0;
async function render(content: unknown[], extra: Record<string, unknown> = {}, relocate?: (anchor: string, page: number) => number) {
  const out: TypesetOutput = await typesetDefinition({ ...base, ...extra, content } as Def, fonts, relocate);
  const bytes = await PDFWriter.forContext(out.context, 50).serializeToBuffer();
  const path = join(dir, `doc-${++files}.pdf`);
  writeFileSync(path, bytes);
  return { out, bytes, path };
}

const run = (bin: string, args: string[]) => {
  const res = spawnSync(bin, args, { encoding: 'utf8' });
  expect(res.status, res.stderr).toBe(0);
  return res.stdout;
};
/** Text of one page (1-based), or of the whole document. */
const text = (path: string, page?: number, layout = true) =>
  run('pdftotext', [...(layout ? ['-layout'] : []), ...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']);

interface Word { page: number; xMin: number; xMax: number; yMax: number; text: string }
/** Every word with its box (points from the top-left corner) and page. */
function words(path: string): Word[] {
  const out: Word[] = [];
  run('pdftotext', ['-bbox', path, '-']).split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      out.push({ page: i + 1, xMin: Number(m[1]), xMax: Number(m[2]), yMax: Number(m[3]), text: m[4] as string });
    }
  });
  return out;
}

/** Decoded content stream of each page, read back from the written bytes with pdf-lib. */
async function contents(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => Buffer.from(decodePDFRawStream(p.node.Contents() as PDFRawStream).decode()).toString('latin1'));
}

/** Distinct, numbered words so that order and completeness can be checked. */
const numbered = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}${['', 'kwaliteit', 'zorg', 'bewijsstuk'][i % 4]}`);
const nonBlank = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(popplerMissing)('typesetDefinition, read back with poppler', () => {
  it('wraps a paragraph within the content width and keeps every word in order', async () => {
    const list = numbered(150);
    const { out, path } = await render([{ text: list.join(' ') }]);
    expect(out.pageCount).toBe(1);
    expect(text(path).split(/\s+/).filter(Boolean)).toEqual(list);
    const boxes = words(path);
    expect(new Set(boxes.map((w) => w.yMax)).size).toBeGreaterThanOrEqual(5);
    for (const w of boxes) {
      expect(w.xMin).toBeGreaterThanOrEqual(M - 1);
      expect(w.xMax).toBeLessThanOrEqual(A4.width - M + 1);
    }
  });

  it('cuts a word longer than its table column at characters and loses none of them', async () => {
    const name = `${'bijlage_kwaliteitsmap_'.repeat(5)}${'x'.repeat(10)}.pdf`;
    expect(name.length).toBe(124);
    const { path } = await render([{ table: { widths: [60, '*'], body: [[name, 'Rechts']] } }]);
    expect(nonBlank(text(path, 1, false)).replace('Rechts', '')).toBe(name);
    // Column content box: 50 (margin) + 1 (line) + 4 (padding) to 60 pt further.
    const pieces = words(path).filter((w) => w.text !== 'Rechts');
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const w of pieces) expect(w.xMax).toBeLessThanOrEqual(M + 1 + 4 + 60 + 1);
  });

  it("widens a '*' column into the right margin to keep a file name whole, up to 10 pt from the page edge", async () => {
    // The '*' column gets 495.28 - 380 - 16 (paddings) - 3 (lines) ≈ 96 pt; the name is ~115 pt at 10 pt (no break opportunity in it).
    const name = 'klachtenregeling_2024.png';
    const fits = await render([{ table: { widths: [380, '*'], body: [['Links', name]] } }]);
    const whole = words(fits.path).find((w) => w.text === name);
    expect(whole, 'the name on one line').toBeDefined();
    expect(whole!.xMax).toBeGreaterThan(A4.width - M);
    // Far wider than the margin allows: split, and nothing past the page edge minus 10 pt.
    const long = 'x'.repeat(80) + '.png';
    const split = await render([{ table: { widths: [380, '*'], body: [['Links', long]] } }]);
    expect(nonBlank(text(split.path, 1, false)).replace('Links', '')).toBe(long);
    for (const w of words(split.path)) expect(w.xMax).toBeLessThanOrEqual(A4.width - 10 + 1);
  });

  it('breaks pages, switches to landscape and starts a portrait section without footer', async () => {
    const footer = (current: number) => ({ text: `Voet ${current}`, margin: [M, 18, M, 0] });
    const { out, path } = await render(
      ['Een', { text: '', pageBreak: 'after', pageOrientation: 'landscape' }, 'Twee', { section: ['Drie'], pageOrientation: 'portrait', footer: null }],
      { footer },
    );
    expect(out.pageCount).toBe(3);
    const sizes = [...run('pdfinfo', ['-f', '1', '-l', '3', path]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${m[1]}x${m[2]}`);
    expect(sizes).toEqual(['595.28x841.89', '841.89x595.28', '595.28x841.89']);
    expect(nonBlank(text(path, 1))).toBe('EenVoet1');
    expect(nonBlank(text(path, 2))).toBe('TweeVoet2');
    expect(nonBlank(text(path, 3))).toBe('Drie');
  });

  it('repeats a table header row on every page and never splits a row', async () => {
    const body = [['Kolomkop links', 'Kolomkop rechts'], ...Array.from({ length: 120 }, (_, i) => [`Rij ${i}`, { text: `Waarde ${i}`, fillColor: '#eeeeee' }])];
    const { out, path } = await render([{ text: 'Titel', margin: [0, 0, 0, 300] }, { table: { headerRows: 1, dontBreakRows: true, widths: ['*', '*'], body } }]);
    expect(out.pageCount).toBeGreaterThanOrEqual(3);
    const seen: number[] = [];
    for (let p = 1; p <= out.pageCount; p++) {
      const page = text(path, p);
      expect(page.match(/Kolomkop links\s+Kolomkop rechts/g), `page ${p}`).toHaveLength(1);
      for (const m of page.matchAll(/Rij (\d+)\s+Waarde (\d+)/g)) {
        expect(m[2]).toBe(m[1]);
        seen.push(Number(m[1]));
      }
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('splits a table row taller than a page without losing text', async () => {
    const list = numbered(1000);
    expect(list.join(' ').length).toBeGreaterThan(8000);
    const { out, path } = await render([{ table: { widths: ['*', 80], body: [[list.join(' '), 'Rechts']] } }]);
    expect(out.pageCount).toBeGreaterThanOrEqual(3);
    const all = words(path);
    expect(all.filter((w) => w.text !== 'Rechts').map((w) => w.text)).toEqual(list);
    for (const w of all) expect(w.yMax, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(A4.height - M + 1);
  });

  // A row taller than a page under a header: each piece leaves room for the repeated header (table.ts `limit`),
  // and the header goes along with the first piece (flow.ts keepWithNext).
  const tallRowUnderHeader = () => render([{ table: { headerRows: 1, widths: ['*', 80], body: [[{ text: 'Kop\nover\ndrie regels' }, 'Kop'], [numbered(1000).join(' '), 'Rechts']] } }]);

  it('keeps a row taller than a page inside the bottom margin under a repeated header', async () => {
    const { path } = await tallRowUnderHeader();
    for (const w of words(path)) expect(w.yMax, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(A4.height - M + 1);
  });

  it('does not leave a header row alone on a page before a row taller than a page', async () => {
    const { path } = await tallRowUnderHeader();
    expect(text(path, 1)).toContain('w0');
  });

  it('moves an unbreakable block to the next page, and lays out one taller than a page anyway', async () => {
    const lines = numbered(8, 'blok');
    const filler = { text: 'Vulling', margin: [0, 0, 0, 680] };
    const moved = await render([filler, { unbreakable: true, stack: lines }]);
    expect(moved.out.pageCount).toBe(2);
    expect(nonBlank(text(moved.path, 1))).toBe('Vulling');
    expect(text(moved.path, 2).split(/\s+/).filter(Boolean)).toEqual(lines);
    // Without `unbreakable` the same block starts on page 1.
    const split = await render([filler, { stack: lines }]);
    expect(text(split.path, 1)).toContain(lines[0]);

    const tall = numbered(150, 'regel');
    const huge = await render([filler, { unbreakable: true, stack: tall }]);
    expect(huge.out.pageCount).toBeGreaterThanOrEqual(3);
    expect(text(huge.path, undefined, false).split(/\s+/).filter((w) => w.startsWith('regel'))).toEqual(tall);
  });

  it('prints the page a pageReference points at, links it and names the destination', async () => {
    const content = [
      { columns: [{ text: 'Hoofdstuk twee', id: 'b-toc' }, { pageReference: 'sec2', noWrap: true, alignment: 'right', width: 40 }] },
      { text: '', pageBreak: 'after' },
      'Tussenpagina',
      { text: '', pageBreak: 'after' },
      { text: 'Two', id: 'sec2' },
      { text: 'Einde', id: 'a-end' },
    ];
    const plain = await render(content);
    expect(plain.out.positions).toEqual({ 'b-toc': 1, sec2: 3, 'a-end': 3 });
    expect(text(plain.path, 1)).toMatch(/Hoofdstuk twee\s+3\s*$/);
    const moved = await render(content, {}, (_anchor, page) => page + 10);
    expect(moved.out.positions.sec2).toBe(13);
    expect(text(moved.path, 1)).toMatch(/Hoofdstuk twee\s+13\s*$/);
    // The number is right-aligned against the content box's right edge.
    const number = words(moved.path).find((w) => w.page === 1 && w.text === '13');
    expect(number?.xMax).toBeCloseTo(A4.width - M, 0);

    const doc = await PDFDocument.load(moved.bytes);
    const pages = doc.getPages();
    const annots = pages[0]!.node.Annots() as PDFArray;
    expect(annots.size()).toBe(1);
    const link = annots.lookup(0, PDFDict);
    expect(link.get(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
    expect(link.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('D'), PDFString).decodeText()).toBe('sec2');
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('Dests'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const keys = Array.from({ length: names.size() / 2 }, (_, i) => names.lookup(2 * i, PDFString).decodeText());
    expect(keys).toEqual(['a-end', 'b-toc', 'sec2']);
    // Destinations point at the layout page: relocating is the merge's job.
    const dest = names.lookup(2 * keys.indexOf('sec2') + 1, PDFArray);
    expect(dest.get(0)).toBeInstanceOf(PDFRef);
    expect(dest.get(0)).toBe(pages[2]!.ref);
    expect(dest.get(1)).toBe(PDFName.of('XYZ'));
  });

  it('prints the footer with the page number and count on every page', async () => {
    const footer = (current: number, count: number) => ({ text: `Pagina ${current} van ${count}`, alignment: 'right', margin: [M, 18, M, 0] });
    const { out, path } = await render(['Een', { text: '', pageBreak: 'after' }, 'Twee', { text: '', pageBreak: 'after' }, 'Drie'], { footer });
    expect(out.pageCount).toBe(3);
    for (let p = 1; p <= 3; p++) expect(text(path, p)).toMatch(new RegExp(`Pagina ${p} van 3\\s*$`));
    const last = words(path).filter((w) => w.page === 3).at(-1);
    expect(last?.text).toBe('3');
    expect(last!.xMax).toBeCloseTo(A4.width - M, 0);
    expect(last!.yMax).toBeGreaterThan(A4.height - M + 18);
  });

  it('does not let character spacing leak into the text after it', async () => {
    const { bytes, path } = await render([
      { text: 'Gespreid', characterSpacing: 3 },
      'Kwaliteitsmap bewijspakket',
      { text: [{ text: 'Wijd', characterSpacing: 3 }, ' Kwaliteitsmap normaal'] },
    ]);
    const list = words(path).map((w) => w.text);
    expect(list.filter((w) => w === 'Kwaliteitsmap')).toHaveLength(2);
    expect(list).toEqual(expect.arrayContaining(['bewijspakket', 'normaal']));
    const [page] = await contents(bytes);
    expect(page!.match(/ 3 Tc /g)).toHaveLength(2);
    expect(page!.match(/ 0 Tc /g)).toHaveLength(2);
  });

  it('uses the Medium, Italic and MediumItalic faces as subsets with ToUnicode, and keeps non-Latin-1 letters', async () => {
    const { path } = await render([
      'Łukasz Çağrı Şükrü',
      { text: 'Vet', bold: true },
      { text: 'Schuin', italics: true },
      { text: 'Beide', bold: true, italics: true },
    ]);
    expect(text(path, undefined, false).split(/[\n\f]/).filter(Boolean)).toEqual(['Łukasz Çağrı Şükrü', 'Vet', 'Schuin', 'Beide']);
    const rows = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
    const faces = rows.map((row) => {
      // name, "CID TrueType", encoding, emb, sub, uni
      const [name, , , , emb, sub, uni] = row.split(/\s+/);
      expect([emb, sub, uni], name).toEqual(['yes', 'yes', 'yes']);
      return name!.replace(/^[A-Z]{6}\+/, '');
    });
    expect(faces.sort()).toEqual(['Roboto-Italic', 'Roboto-Medium', 'Roboto-MediumItalic', 'Roboto-Regular']);
  });

  it.skipIf(qpdfMissing)('writes a PDF qpdf --check accepts', async () => {
    const { path } = await render(
      [{ text: 'Titel', id: 'top', bold: true }, { pageReference: 'top' }, { table: { headerRows: 1, body: [['a', 'b'], ...numbered(80).map((w) => [w, { text: w, italics: true }])] } }],
      { footer: (c: number) => ({ text: String(c) }) },
    );
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors');
  });

  // What follows a section continues on the section's page, so it is measured for that page's width.
  it('lays out content after a section at the width of the page it lands on', async () => {
    const { path } = await render([
      { text: '', pageBreak: 'after', pageOrientation: 'landscape' },
      { section: ['Portret'], pageOrientation: 'portrait' },
      numbered(200).join(' '),
    ]);
    for (const w of words(path)) expect(w.xMax, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(A4.width - M + 1);
  });
});

describe('typesetDefinition, content streams', () => {
  it('draws the background rect on page 1 only', async () => {
    const background = (page: number, size: { width: number }) => (page === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: 170, color: '#123456' }] } : null);
    const { out, bytes } = await render(['Een', { text: '', pageBreak: 'after' }, 'Twee'], { background });
    expect(out.pageCount).toBe(2);
    const [first, second] = await contents(bytes);
    // #123456 → 18/255, 52/255, 86/255; the rect's bottom is 170 pt below the top edge.
    expect(first).toContain('0.071 0.204 0.337 rg 0 671.89 595.28 170 re f');
    expect(first!.indexOf(' re f')).toBeLessThan(first!.indexOf('BT'));
    expect(second).not.toContain(' re f');
    expect(second).toContain('BT');
  });
});
