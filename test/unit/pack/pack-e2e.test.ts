/**
 * End-to-end in Node: build a pack from the fixture, then check the real PDF with poppler (pdfinfo,
 * pdftotext), qpdf --check, and the ZIP with `sha256sum -c`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PackCancelledError,
  buildEvidencePack,
  buildKwaliteitsverslag,
  buildPackZip,
  zipBytes,
  joinParts,
  type PackModel,
  type PackProgress,
  type PackResult,
} from '../../../shared/pack';
import { loadFonts, makeFixture, sha256Hex, type Fixture } from './fixtures';

const has = (bin: string, arg = '-v') => spawnSync(bin, [arg]).error === undefined;
const popplerMissing = !has('pdfinfo') || !has('pdftotext');
const qpdfMissing = !has('qpdf', '--version');
const sha256sumMissing = !has('sha256sum', '--version');
if (popplerMissing) console.warn('pack e2e: poppler-utils (pdfinfo/pdftotext) ontbreekt — apt-get install -y poppler-utils; PDF-controles overgeslagen');

const fonts = loadFonts();
let dir: string;
let fixture: Fixture;
let result: PackResult;
const events: PackProgress[] = [];

function write(name: string, bytes: Uint8Array | Uint8Array[]): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Array.isArray(bytes) ? joinParts(bytes) : bytes);
  return path;
}

/** Text per page (pdftotext separates pages with form feeds). */
function pagesText(path: string): string[] {
  const out = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout.split('\f').slice(0, -1);
}

function pdfPages(path: string): number {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'km-pack-'));
  fixture = await makeFixture();
  result = await buildEvidencePack(fixture.model, { fonts, onProgress: (p) => events.push(p) });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence pack (Node, end to end)', () => {
  it('reports broken attachments and the pages each included one starts on', () => {
    expect(result.skipped.map((s) => [s.documentId, s.code])).toEqual([
      ['d-enc', 'encrypted'],
      ['d-corrupt', 'corrupt'],
      ['d-docx', 'unsupported'],
    ]);
    const attachmentPages = Object.values(fixture.attachmentPages).reduce((a, b) => a + b, 0);
    expect(result.pageCount).toBe(result.generatedPageCount + attachmentPages);
    for (const p of result.placed) expect(p.pageCount).toBe(fixture.attachmentPages[p.documentId]);
    expect(result.hashes['d-klacht']).toBe(sha256Hex(fixture.model.attachments[1]!.bytes!));
  });

  it('emits progress per step and per attachment', () => {
    const steps = [...new Set(events.map((e) => e.step))];
    // Each attachment is read, hashed, inspected and merged in turn; then the generated pages are laid out.
    expect(steps).toEqual(['merge', 'layout', 'save']);
    const n = fixture.model.attachments.length;
    expect(events.filter((e) => e.step === 'merge').map((e) => `${e.current}/${e.total}`)).toEqual(Array.from({ length: n + 1 }, (_, i) => `${i}/${n}`));
  });

  it.skipIf(popplerMissing)('has the promised page count and "Pagina X van Y" on every page', () => {
    const path = write('pack.pdf', result.pdf);
    expect(pdfPages(path)).toBe(result.pageCount);
    const pages = pagesText(path);
    expect(pages).toHaveLength(result.pageCount);
    pages.forEach((text, i) => expect(text).toContain(`Pagina ${i + 1} van ${result.pageCount}`));
  });

  it.skipIf(popplerMissing)('has a cover, a TOC whose numbers point at the right pages, and attachments where promised', () => {
    const pages = pagesText(write('pack.pdf', result.pdf));
    const cover = pages[0] as string;
    expect(cover).toContain('Zorg & Welzijn Noordëlijk');
    expect(cover).toContain('Kwaliteitskader Wmo Midden-Groningen');
    expect(cover).toMatch(/Peildatum\s+01-03-2025/);
    expect(cover).toContain('01-03-2025 14:05 (Nederlandse tijd)');
    expect(cover).toContain('Kwaliteitsmap 0.1.0');

    const toc = pages[1] as string;
    expect(toc).toContain('Inhoudsopgave');
    for (const entry of result.toc) {
      const norm = (t: string) => t.replace(/\s+/g, ' ');
      const line = toc.split('\n').find((l) => norm(l).includes(norm(entry.title.slice(0, 30))));
      expect(line, entry.title).toBeDefined();
      expect(line?.trim().endsWith(` ${entry.page}`), `${entry.title} → ${entry.page}`).toBe(true);
      // The page the TOC names really holds that heading.
      const target = pages[entry.page - 1] as string;
      // A requirement's TOC title is "<label>  <text>"; on its page the label stands above the text.
      const headings = entry.title.startsWith('Bijlagen') ? ['Bijlage 1 —'] : entry.title.split(/ {2,}/).map((h) => h.slice(0, 20));
      for (const heading of headings) expect(norm(target), `page ${entry.page}`).toContain(norm(heading).replace('…', ''));
    }

    const klacht = result.placed.find((p) => p.documentId === 'd-klacht');
    expect(pages[klacht!.startPage - 1]).toContain(`Bijlage ${klacht!.number} — Klachtenregeling 2024 — Cliëntgerichtheid 15`);
    for (let i = 1; i <= 3; i++) expect(pages[klacht!.startPage - 1 + i]).toContain(`Klachtenregeling pagina ${i}`);
    // The requirement entry cites the same start page.
    const entryPage = pages.find((t) => t.includes('Klachtenregeling 2024 (bijlage 2)')) as string;
    expect(entryPage).toMatch(new RegExp(`Klachtenregeling 2024 \\(bijlage 2\\).*\\s${klacht!.startPage}\\n`));
  });

  it.skipIf(popplerMissing)('has a manifest with the full SHA-256 of every attachment and a Dutch "niet opgenomen" page', () => {
    const pages = pagesText(write('pack.pdf', result.pdf));
    const manifestPage = result.toc.find((t) => t.title === 'Manifest')!.page;
    const manifest = pages.slice(manifestPage - 1).join('\n');
    expect(manifest).toContain('Manifest');
    for (const a of fixture.model.attachments) {
      expect(manifest).toContain(sha256Hex(a.bytes!));
      expect(manifest).toContain(a.fileName);
    }
    const klacht = result.placed.find((p) => p.documentId === 'd-klacht')!;
    expect(manifest).toMatch(new RegExp(`\\b${klacht.number}\\s+${klacht.startPage}\\s+klachtenregeling\\.pdf`));
    const skippedPage = pages[result.toc.find((t) => t.title === 'Niet opgenomen')!.page - 1] as string;
    expect(skippedPage).toContain('Meldcode getekend');
    expect(skippedPage.replace(/\s+/g, ' ')).toContain('alleen met een wachtwoord worden geopend');
    expect(skippedPage.replace(/\s+/g, ' ')).toContain('zo beschadigd dat geen enkel onderdeel');
  });

  it('links page numbers to named destinations that survive the merge (separators included)', async () => {
    const { PDFDocument, PDFArray, PDFDict, PDFName, PDFRef } = await import('pdf-lib');
    type Text = { decodeText(): string }; // PDFString | PDFHexString
    const doc = await PDFDocument.load(joinParts(result.pdf));
    const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
    // pdfkit writes the Dests name tree as one flat /Names array: (name) [pageRef /XYZ …] …
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('Dests'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const dests = new Map<string, number | undefined>();
    for (let i = 0; i < names.size(); i += 2) {
      const name = names.lookup(i) as unknown as Text;
      const target = names.lookup(i + 1, PDFArray).get(0);
      dests.set(name.decodeText(), target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined);
    }
    for (const p of result.placed) expect(dests.get(`att:${p.number}`)).toBe(p.startPage);
    expect(dests.get('manifest')).toBe(result.toc.find((t) => t.title === 'Manifest')?.page);
    expect(dests.get('req:mg.personeel.vog')).toBe(result.toc.find((t) => t.title.startsWith('Personeel 3'))?.page);
    // Every link on the TOC page goes to an existing destination on a page of this PDF.
    const annots = doc.getPage(1).node.Annots();
    expect(annots?.size()).toBeGreaterThan(0);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots!.lookup(i, PDFDict).lookup(PDFName.of('A'), PDFDict);
      const dest = action.lookup(PDFName.of('D')) as unknown as Text;
      expect(dests.get(dest.decodeText())).toBeGreaterThan(0);
    }
  });

  it.skipIf(qpdfMissing)('is a structurally valid PDF (qpdf --check)', () => {
    const check = spawnSync('qpdf', ['--check', write('pack.pdf', result.pdf)], { encoding: 'utf8' });
    expect(check.stdout).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it.skipIf(sha256sumMissing)('exports a ZIP that `sha256sum -c` verifies', async () => {
    const { zip, entries } = await buildPackZip(fixture.model, result, { pdfFileName: 'bewijspakket.pdf' });
    const files = unzipSync(await zipBytes(zip));
    const root = join(dir, 'zip');
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), bytes);
    }
    expect(Object.keys(files)).toContain('bewijspakket.pdf');
    expect(Object.keys(files)).toContain('manifest.json');
    // Folders named as the kader names the requirement, per kader; never an internal id.
    const klachten = 'bijlagen/Kwaliteitskader Wmo Midden-Groningen/Clientgerichtheid 15 - Er is een klachtenregeling die';
    const zorgleefplan = 'bijlagen/Addendum langdurige zorg thuis (Wlz)/Persoonsgerichte zorg 2 - Binnen 24 uur is een concept';
    expect(Object.keys(files)).toContain(`${klachten}/klachtenregeling.pdf`);
    // A file proving two requirements sits in both folders.
    expect(Object.keys(files)).toContain(`${zorgleefplan}/zorgleefplan.png`);
    expect(Object.keys(files)).toContain(`${klachten}/zorgleefplan.png`);
    // Files that could not go into the PDF are still exported.
    expect(Object.keys(files)).toContain(`${zorgleefplan}/planning.docx`);
    for (const name of Object.keys(files)) {
      expect(name).not.toMatch(/mg\.|wlz\.|d-[a-z]/);
      // Safe on Windows, macOS and Linux: no reserved characters, no segment ending in a dot or space.
      for (const segment of name.split('/')) expect(segment).toMatch(/^[^\\:*?"<>|]*[^. ]$/);
    }
    const check = spawnSync('sha256sum', ['-c', 'sha256sums.txt'], { cwd: root, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(entries.length);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.pdf.pageCount).toBe(result.pageCount);
    expect(manifest.attachments.find((a: { documentId: string }) => a.documentId === 'd-enc').nietOpgenomen.code).toBe('encrypted');
  });

  it.skipIf(popplerMissing)('leaves personal staff documents out with include = no-personal', { timeout: 120_000 }, async () => {
    const without = await buildEvidencePack(fixture.model, { fonts, include: 'no-personal' });
    expect(without.placed.some((p) => p.documentId === 'd-vog')).toBe(false);
    expect(without.pageCount).toBe(result.pageCount - 2); // VOG separator + its page
    const text = pagesText(write('no-personal.pdf', without.pdf)).join('\n');
    expect(text).not.toContain('VOG Anouk pagina 1');
    expect(text).toContain('zonder persoonlijke documenten van medewerkers');
  });

  it.skipIf(popplerMissing)('leaves out a file that does not match its stored SHA-256, and builds the same pack without stored hashes', { timeout: 120_000 }, async () => {
    const klacht = fixture.model.attachments.find((a) => a.documentId === 'd-klacht')!;
    const damaged = { ...fixture.model, attachments: fixture.model.attachments.map((a) => (a === klacht ? { ...a, sha256: 'ab'.repeat(32) } : a)) };
    const steps: string[] = [];
    const built = await buildEvidencePack(damaged, { fonts, onProgress: (p) => steps.push(p.step) });
    expect(built.skipped.find((s) => s.documentId === 'd-klacht')?.code).toBe('hash-mismatch');
    expect(built.placed.some((p) => p.documentId === 'd-klacht')).toBe(false);
    expect(built.pageCount).toBe(result.pageCount - 1 - fixture.attachmentPages['d-klacht']!);
    expect(steps.filter((s, i) => s === 'layout' && steps[i - 1] !== 'layout')).toHaveLength(1);
    const text = pagesText(write('mismatch.pdf', built.pdf));
    expect(pdfPages(write('mismatch.pdf', built.pdf))).toBe(built.pageCount);
    expect(text.join('\n')).toContain('Het controlegetal (SHA-256) klopt niet');

    const unknown = { ...fixture.model, attachments: fixture.model.attachments.map((a) => ({ ...a, sha256: '' })) };
    const order: string[] = [];
    const fresh = await buildEvidencePack(unknown, { fonts, onProgress: (p) => order.push(p.step) });
    expect([...new Set(order)]).toEqual(['merge', 'layout', 'save']);
    expect(fresh.pageCount).toBe(result.pageCount);
    expect(fresh.hashes).toEqual(result.hashes);
  });

  it('stops with PackCancelledError when the signal aborts', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = buildEvidencePack(fixture.model, {
      fonts,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.step);
        if (p.step === 'merge' && p.current === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(PackCancelledError);
    expect(seen).not.toContain('layout');
  });
});

describe('kwaliteitsverslag', () => {
  it.skipIf(popplerMissing)('reports per theme whether requirements are met, without staff data', { timeout: 120_000 }, async () => {
    const { model } = await makeFixture();
    const pdf = await buildKwaliteitsverslag(model, { fonts });
    const text = pagesText(write('verslag.pdf', pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Kwaliteitsverslag');
    expect(text).toContain('Thema 1. Persoonsgerichte zorg en ondersteuning');
    expect(text).toContain('Vereisten');
    expect(text).toContain('Er wordt gedeeltelijk voldaan aan bovenstaande eisen.');
    expect(text).toContain('De regeling wordt jaarlijks geëvalueerd.');
    expect(text).toContain('Eis 2 is niet van toepassing: wij leveren geen Wlz-zorg met behandeling.');
    expect(text).toContain('Pagina 1 van');
    const personal: PackModel['staffMatrix'] = model.staffMatrix;
    for (const row of personal!.rows) expect(text).not.toContain(row.name);
    for (const a of model.attachments) {
      expect(text).not.toContain(a.fileName);
      expect(text).not.toContain(a.title);
    }
  });
});
