import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { fillDocumentDetails } from './pages/document-form';
import { isoDaysAgo } from './dates';
import { expectAccessible } from './accessibility';
import { makePdf } from '../fixtures/make-pdf';
import { makePng, makeTiff } from '../fixtures/malformed/generate';

const ORG = 'Thuiszorg Cliënt & Zorg';
const PERSON = 'Ilse Wijnbergen';

const pdfFile = async (name: string, pages: string[]) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(pages)) });

/** Builds the chosen output on the Bewijspakket page, saves it (a download here) and returns its path. */
async function buildAndSave(page: Page, output: RegExp, dir: string): Promise<{ path: string; name: string; status: string; workerPdfSha256?: string }> {
  await page.getByRole('radio', { name: output }).check();
  await page.getByRole('button', { name: 'Maken' }).click();
  const ready = page.getByRole('region', { name: 'Klaar om op te slaan' });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  const status = await ready.getByRole('status').first().innerText();
  const download = page.waitForEvent('download');
  await ready.getByRole('button', { name: 'Opslaan…' }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(ready.getByRole('status').last()).toContainText('is opgeslagen');
  // The pack (not the verslag) was written to disk as it was made (the worker's origin private file system)
  // and that file itself is downloaded (saveBlobDirect): the file there is the one downloaded. The ZIP is not
  // written there at all: it is made of references to that PDF and the stored originals (zip-container.ts).
  const extension = /\.(pdf|zip)$/.exec(file.suggestedFilename())?.[1];
  if (/bewijspakket/.test(file.suggestedFilename()) && extension) {
    const files = await workerOutputFiles(page);
    const pdfs = files.filter((f) => f.name.endsWith('.pdf'));
    expect(files.filter((f) => f.name.endsWith('.zip'))).toEqual([]);
    expect(pdfs).toHaveLength(1);
    if (extension === 'zip') return { path, name: file.suggestedFilename(), status, workerPdfSha256: pdfs[0]!.sha256 };
    expect(pdfs.map((f) => [f.size, f.sha256])).toEqual([[(await stat(path)).size, createHash('sha256').update(await readFile(path)).digest('hex')]]);
  }
  return { path, name: file.suggestedFilename(), status };
}

/** Files in the pack worker's output folder (renderer/src/workers/pack-output.ts). */
async function workerOutputFiles(page: Page): Promise<{ name: string; size: number; sha256: string }[]> {
  return page.evaluate(async () => {
    type Dir = { entries(): AsyncIterable<[string, { getFile(): Promise<File> }]> };
    const root = (await navigator.storage.getDirectory()) as unknown as { getDirectoryHandle(n: string, o: { create: boolean }): Promise<Dir> };
    // Made by the worker when its first pack job starts; none yet means no file.
    const dir = await root.getDirectoryHandle('bewijspakket-uitvoer', { create: true });
    const out: { name: string; size: number; sha256: string }[] = [];
    for await (const [name, handle] of dir.entries()) {
      const file = await handle.getFile();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
      out.push({ name, size: file.size, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') });
    }
    return out;
  });
}

const run = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { encoding: 'utf8', ...(cwd ? { cwd } : {}) });
const pageText = (pdf: string, n: number) => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']);
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))![1]);

test('an evidence pack, its ZIP and the kwaliteitsverslag are built in a worker, saved, and check out with poppler and sha256sum', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  const ui = new AppPage(page);
  const dir = await mkdtemp(join(tmpdir(), 'kwaliteitsmap-pack-'));

  // Seed: a zzp'er with a VOG (1 page), a meldcode (2 pages), a klachtenregeling photo (PNG, 1 page)
  // and a privacy policy scanned as TIFF (kept, but cannot go into the PDF).
  await ui.open();
  await ui.firstRun(ORG, 'zzp', { kvk: '87654321', owner: { name: PERSON, startDate: isoDaysAgo(60) } });
  // Before any document: the pack page says there are none yet, not that "all" of them go in.
  await ui.nav('Bewijspakket').click();
  await expect(page.getByRole('status', { name: 'Wat niet meegaat' })).toHaveText(
    'Er zijn nog geen documenten opgeslagen: het pakket laat per eis zien wat ontbreekt. Voeg je documenten toe onder Documenten.',
  );
  await ui.openPerson(PERSON);
  const vog = await pdfFile('vog-ilse.pdf', ['BIJLAGE-VOG pagina een']);
  await ui.chooseDocuments([vog]);
  await fillDocumentDetails(page, { type: 'VOG', issueDate: isoDaysAgo(70), checks: [/^45/] });
  await ui.nav('Documenten').click();
  await ui.chooseDocuments([
    await pdfFile('meldcode.pdf', ['BIJLAGE-MELDCODE pagina een', 'BIJLAGE-MELDCODE pagina twee']),
    { name: 'klachtenregeling.png', mimeType: 'image/png', buffer: Buffer.from(makePng(400, 300)) },
    { name: 'privacybeleid.tif', mimeType: 'image/tiff', buffer: Buffer.from(makeTiff()) },
  ]);
  await fillDocumentDetails(page, { type: 'Meldcode huiselijk geweld en kindermishandeling', issueDate: isoDaysAgo(20) }, { more: true });
  await fillDocumentDetails(page, { type: 'Klachtenregeling', issueDate: isoDaysAgo(10) }, { more: true });
  await fillDocumentDetails(page, { type: 'Privacybeleid', issueDate: isoDaysAgo(5) });
  // Its page says once why a TIFF cannot go in the pack (not again under "Voorbeeld").
  await ui.nav('Documenten').click();
  await page.getByRole('link', { name: /privacybeleid/i }).first().click();
  await expect(page.getByText('Voor dit soort bestand is geen voorbeeld.', { exact: true })).toBeVisible();
  await expect(page.getByText(/TIFF-scans kunnen niet in het bewijspakket/)).toHaveCount(1);

  // A toelichting goes into the pack (and, later, into the verslag).
  await ui.nav('Checklist').click();
  const klachten = page.getByRole('article', { name: /klachtenprocedure is eenvoudig/ });
  await klachten.getByLabel('Toelichting: hoe voldoe je hieraan?').fill('De regeling staat op onze website onder Contact.');
  await klachten.getByLabel('Toelichting: hoe voldoe je hieraan?').blur();
  await expect(klachten.getByRole('status')).toContainText('Toelichting opgeslagen');

  await ui.nav('Bewijspakket').click();
  await expect(page.getByRole('heading', { name: 'Bewijspakket', level: 1 })).toBeVisible();
  await expectAccessible(page, 'bewijspakket');

  // --- Cancelling: nothing is offered for saving, and the next build works ---
  await page.getByRole('radio', { name: /Bewijspakket als PDF/ }).check();
  await page.getByRole('button', { name: 'Maken' }).click();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Het maken is geannuleerd. Er is niets opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Klaar om op te slaan' })).toHaveCount(0);
  // The half-written file was removed.
  expect(await workerOutputFiles(page)).toEqual([]);

  // --- The PDF ---
  const pack = await buildAndSave(page, /Bewijspakket als PDF/, dir);
  expect(pack.name).toMatch(/^bewijspakket-thuiszorg-client-zorg-\d{2}-\d{2}-\d{4}\.pdf$/);
  // The user is told before saving that the TIFF is not in it.
  const ready = page.getByRole('region', { name: 'Klaar om op te slaan' });
  await expect(ready).toContainText('Eén bijlage is niet opgenomen (die staat op de pagina “Niet opgenomen”)');
  await expect(ready).toContainText('privacybeleid.tif');
  await ui.screenshot('docs/screenshots/bewijspakket.png');

  const total = pageCount(pack.path);
  expect(pack.status).toContain(`(${total} pagina's)`);
  const texts = Array.from({ length: total }, (_, i) => pageText(pack.path, i + 1));

  // "Pagina X van Y" on every page, attachments included.
  texts.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${total}`));

  // Cover.
  expect(texts[0]).toContain(ORG);
  expect(texts[0]).toMatch(/Peildatum/);
  expect(texts[0]).toMatch(/Gemaakt op\s+\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);

  // Attachments: a separator page ("BIJLAGE", "Bijlage N — …") followed by exactly the attachment's own
  // pages, each stamped "Bijlage N — Pagina X van Y".
  const attachments = [
    { file: 'vog-ilse.pdf', marker: 'BIJLAGE-VOG', pages: 1 },
    { file: 'meldcode.pdf', marker: 'BIJLAGE-MELDCODE', pages: 2 },
    { file: 'klachtenregeling.png', marker: undefined, pages: 1 },
  ];
  const separators = texts.flatMap((t, i) => (/^\s*BIJLAGE\s*$/m.test(t) ? [i] : []));
  expect(separators).toHaveLength(attachments.length);
  const attachmentPageIndexes = new Set<number>();
  const startPages: Record<string, number> = {};
  for (const a of attachments) {
    const at = separators.find((i) => texts[i]!.includes(a.file));
    expect(at, `separator for ${a.file}`).toBeDefined();
    const n = Number(/Bijlage (\d+) —/.exec(texts[at!]!)![1]);
    startPages[a.file] = at! + 1;
    expect(texts[at!]).toContain(`pagina ${at! + 2}`);
    for (let k = 1; k <= a.pages; k++) {
      const body = texts[at! + k]!;
      expect(body).toContain(`Bijlage ${n} — Pagina ${at! + k + 1} van ${total}`);
      if (a.marker) expect(body).toContain(a.marker);
      else expect(body.replace(/Bijlage \d+ — Pagina \d+ van \d+/, '').trim()).toBe(''); // the photo: only the stamp
      attachmentPageIndexes.add(at! + k);
    }
  }
  // Nothing else carries the attachments' content: the page count is generated pages plus attachment pages.
  expect(texts.filter((t) => /BIJLAGE-(VOG|MELDCODE)/.test(t))).toHaveLength(3);
  const attachmentPages = attachments.reduce((sum, a) => sum + a.pages, 0);
  const generated = texts.filter((t, i) => !attachmentPageIndexes.has(i) && !/BIJLAGE-/.test(t)).length;
  expect(attachmentPageIndexes.size).toBe(attachmentPages);
  expect(total).toBe(generated + attachmentPages);

  // Table of contents: the page numbers are where things really are.
  const tocStart = texts.findIndex((t) => /^\s*Inhoudsopgave/m.test(t));
  expect(tocStart).toBe(1);
  const toc = texts.slice(1, texts.findIndex((t) => /^\s*Samenvatting\s*$/m.test(t) && !/Inhoudsopgave/.test(t))).join('\n');
  const tocPage = (title: string) => Number(new RegExp(`^${title}.*?\\s(\\d+)\\s*$`, 'm').exec(toc)?.[1]);
  const manifestPage = texts.findIndex((t) => /^\s*Manifest\s*$/m.test(t) && !/Inhoudsopgave/.test(t));
  expect(tocPage('Samenvatting')).toBe(texts.findIndex((t) => /^\s*Samenvatting\s*$/m.test(t) && !/Inhoudsopgave/.test(t)) + 1);
  expect(tocPage('Personeelsmatrix')).toBe(texts.findIndex((t) => /^\s*Personeelsmatrix\s*$/m.test(t) && !/Inhoudsopgave/.test(t)) + 1);
  expect(tocPage('Bijlagen')).toBe(Math.min(...separators) + 1);
  expect(tocPage('Manifest')).toBe(manifestPage + 1);
  expect(tocPage('Niet opgenomen')).toBe(texts.findIndex((t) => /^\s*Niet opgenomen\s*$/m.test(t) && !/Inhoudsopgave/.test(t)) + 1);
  // Requirements as the kader names them; internal ids nowhere in the text.
  expect(toc).toMatch(/^\s*Veiligheid 1a +Er is een eigen, actuele meldcode/m);
  expect(texts.join('\n')).not.toMatch(/mg-wmo|wlz-thuis/);

  // The reader's check: properties, language, bookmarks for every section and attachment, page 1 in one sentence.
  const info = run('pdfinfo', [pack.path]);
  expect(info).toMatch(new RegExp(`Title:\\s+Bewijspakket ${ORG} — peildatum \\d{2}-\\d{2}-\\d{4}`));
  expect(info).toMatch(new RegExp(`Author:\\s+${ORG}`));
  expect(info).toMatch(/Subject:\s+Dit is het bewijspakket van/);
  expect(info).toMatch(/CreationDate:\s+\S/);
  const qpdfJson = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', '--json-key=qpdf', pack.path])) as {
    outlines: { title: string; destpageposfrom1: number; kids: { title: string; destpageposfrom1: number }[] }[];
    qpdf: unknown;
  };
  expect(JSON.stringify(qpdfJson.qpdf)).toContain('"/Lang":"u:nl-NL"');
  const outline = qpdfJson.outlines;
  expect(outline.map((o) => o.title)).toEqual(expect.arrayContaining(['Voorblad', 'Samenvatting', 'Veiligheid', 'Personeelsmatrix', 'Manifest', 'Niet opgenomen']));
  const bijlagen = outline.find((o) => o.title.startsWith('Bijlagen'))!;
  expect(bijlagen.kids).toHaveLength(attachments.length);
  for (const kid of bijlagen.kids) expect(texts[kid.destpageposfrom1 - 1]).toMatch(/^\s*BIJLAGE\s*$/m);
  expect(outline.find((o) => o.title === 'Manifest')!.destpageposfrom1).toBe(manifestPage + 1);
  expect(texts[0]!.replace(/\s+/g, ' ')).toMatch(new RegExp(`Dit is het bewijspakket van ${ORG}: .* op de peildatum \\d{2}-\\d{2}-\\d{4}`));

  // Requirement entries: status, toelichting; the staff matrix; the manifest with full hashes.
  const all = texts.join('\n');
  expect(all).toContain('De regeling staat op onze website onder Contact.');
  expect(all).toContain('Personeelsmatrix');
  expect(all).toContain(PERSON);
  expect(manifestPage).toBeGreaterThan(Math.max(...separators));
  const manifest = texts.slice(manifestPage).join('\n');
  for (const a of attachments) expect(manifest).toMatch(new RegExp(`^\\s*\\d+\\s+${startPages[a.file]} ${a.file.replace('.', '\\.')}`, 'm'));
  expect(manifest.replace(/\s+/g, '')).toContain(createHash('sha256').update(vog.buffer).digest('hex'));
  expect(all).toContain('Niet opgenomen');
  expect(all).toContain('privacybeleid.tif');
  // Dutch characters survive the embedded font.
  expect(texts[0]).toContain('Cliënt');

  // --- The ZIP ---
  const zip = await buildAndSave(page, /Bewijspakket als ZIP/, dir);
  expect(zip.name).toMatch(/\.zip$/);
  const unpacked = join(dir, 'zip');
  run('unzip', ['-q', zip.path, '-d', unpacked]);
  const check = run('sha256sum', ['-c', 'sha256sums.txt'], unpacked);
  expect(check).not.toMatch(/FAILED/);
  const checked = check.trim().split('\n');
  expect(checked.every((l) => l.endsWith(': OK'))).toBe(true);
  const inZip = await readdir(join(unpacked, 'bijlagen'), { recursive: true });
  for (const f of ['vog-ilse.pdf', 'meldcode.pdf', 'klachtenregeling.png', 'privacybeleid.tif']) expect(inZip.some((p) => p.endsWith(f)), f).toBe(true);
  expect(checked.some((l) => l.startsWith(pack.name.replace(/\.pdf$/, '')))).toBe(true);
  // The PDF in the ZIP is the file the worker wrote, taken as it is.
  const pdfInZip = (await readdir(unpacked)).find((f) => f.endsWith('.pdf'))!;
  expect(createHash('sha256').update(await readFile(join(unpacked, pdfInZip))).digest('hex')).toBe(zip.workerPdfSha256);
  const manifestJson = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8')) as unknown;
  expect(JSON.stringify(manifestJson)).toContain('meldcode.pdf');
  // The originals are byte-identical to what was imported.
  const meldcodeInZip = inZip.find((p) => p.endsWith('meldcode.pdf'))!;
  expect(run('pdftotext', [join(unpacked, 'bijlagen', meldcodeInZip), '-'])).toContain('BIJLAGE-MELDCODE pagina twee');

  // --- Only what is in order: the line before building, then the pack ---
  await page.getByLabel('Welke eisen').selectOption('met');
  const leftOutLine = page.getByRole('status', { name: 'Wat niet meegaat' });
  await expect(leftOutLine).toContainText('privacybeleid.tif kan niet in de PDF');
  // Unpicking a document: the line says so before building.
  await page.getByText(/^Documenten kiezen/).click();
  await page.getByRole('checkbox', { name: /meldcode\.pdf/ }).uncheck();
  await expect(leftOutLine).toContainText('1 document niet opgenomen: 1 door jou uitgezet. In het pakket staat het met de reden op de pagina “Niet opgenomen”.');
  const metPack = await buildAndSave(page, /Bewijspakket als PDF/, dir);
  const metText = run('pdftotext', [metPack.path, '-']).replace(/\s+/g, ' ');
  expect(metText).toContain('Alleen eisen waaraan is voldaan');
  expect(metText).toMatch(/wordt aan (\d+) van de (\d+) eisen die van toepassing zijn voldaan/);
  const [, metCount, applicable] = /wordt aan (\d+) van de (\d+) eisen/.exec(metText)!;
  expect(Number(metCount)).toBeGreaterThan(0);
  expect(Number(applicable)).toBeGreaterThan(Number(metCount));
  expect(metText).toContain(`Dit pakket bevat alleen de eisen waaraan is voldaan: ${metCount} van de`);
  expect(metText).toContain('Veiligheid 1a');
  expect(metText).not.toMatch(/Niet voldaan Er is|Ontbreekt\b.*Waarom/);
  // Every stored document is in it or on "Niet opgenomen" with its reason; the cover's counts add up.
  const [, stored, included, notIncluded] = /(\d+) opgeslagen: (\d+) als bijlage opgenomen, (\d+) niet opgenomen/.exec(metText)!;
  expect(Number(included) + Number(notIncluded)).toBe(Number(stored));
  expect(Number(stored)).toBe(4);
  expect(metText).toContain('privacybeleid.tif');
  expect(metText).toContain('Bij het samenstellen van dit pakket uitgezet.');
  expect(metText).toMatch(/Niet opgenomen Van de 4 opgeslagen documenten staan 2 als bijlage in dit pakket\..*meldcode\.pdf/);
  expect(metText).not.toContain('BIJLAGE-MELDCODE');
  expect(metText).not.toMatch(/mg-wmo|wlz-thuis/);
  await page.getByRole('checkbox', { name: /meldcode\.pdf/ }).check();
  await page.getByLabel('Welke eisen').selectOption('all');

  // Leaving the page removes the pack files the worker wrote to disk.
  expect((await workerOutputFiles(page)).length).toBeGreaterThan(0);
  await ui.nav('Overzicht').click();
  await expect.poll(() => workerOutputFiles(page)).toEqual([]);
  await ui.nav('Bewijspakket').click();

  // --- The kwaliteitsverslag: her own introduction, the user's toelichting, no staff names ---
  await page.getByRole('radio', { name: /Openbaar kwaliteitsverslag \(PDF/ }).check();
  // Choices that only a bewijspakket has are gone, not greyed out (the verslag never holds staff documents).
  await expect(page.getByLabel('Welke eisen', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel(/Persoonlijke documenten van medewerkers meenemen/)).toHaveCount(0);
  const intro = 'Wij bieden sinds 2019 begeleiding thuis in Midden-Groningen, met vaste gezichten voor elke cliënt.';
  await page.getByLabel('Inleiding over je organisatie').fill(intro);
  await page.getByRole('button', { name: 'Teksten opslaan' }).click();
  await expect(page.getByText('Teksten opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'bewijspakket-verslag');
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.getByLabel('Inleiding over je organisatie').scrollIntoViewIfNeeded();
    await ui.screenshot(`test-results/verslag-editor-${width}.png`);
  }
  const verslag = await buildAndSave(page, /Openbaar kwaliteitsverslag \(PDF/, dir);
  expect(verslag.name).toMatch(/^kwaliteitsverslag-.*\.pdf$/);
  const verslagText = run('pdftotext', ['-layout', verslag.path, '-']);
  expect(verslagText).toContain(ORG);
  expect(verslagText).toContain('De regeling staat op onze website onder Contact.');
  // Veiligheid: the meldcode is there, other requirements are not, so "gedeeltelijk"; Rechtmatigheid has nothing yet.
  expect(verslagText).toContain('Er wordt gedeeltelijk voldaan aan bovenstaande eisen.');
  expect(verslagText).toContain('Er wordt (nog) niet voldaan aan bovenstaande eisen.');
  expect(verslagText).not.toContain('Wijnbergen');
  expect(verslagText).not.toContain('vog-ilse.pdf');
  expect(verslagText.replace(/\s+/g, ' ')).toContain(intro);
  expect(verslagText).not.toMatch(/mg-wmo|volgens je intake/);

  // The same verslag as an editable Word document; the text stored above comes back after a reload.
  await page.reload();
  await ui.nav('Bewijspakket').click();
  await page.getByRole('radio', { name: /Word-document/ }).check();
  await expect(page.getByLabel('Inleiding over je organisatie')).toHaveValue(intro);
  const docx = await buildAndSave(page, /Word-document/, dir);
  expect(docx.name).toMatch(/^kwaliteitsverslag-.*\.docx$/);
  const documentXml = run('unzip', ['-p', docx.path, 'word/document.xml']);
  expect(documentXml).toContain(intro);
  expect(documentXml).toContain('Er wordt gedeeltelijk voldaan aan bovenstaande eisen.');
  expect(documentXml).not.toContain('Wijnbergen');
});
