import { describe, expect, it } from 'vitest';
import {
  anchors,
  ANCHORS_PER_PAGE,
  insertedPages,
  buildPackDefinition,
  finalPage,
  formatDateNl,
  formatSizeNl,
  formatTimestampAmsterdam,
  inspectAttachment,
  pageMap,
  planAttachments,
  resolveToc,
  sectionVerdictText,
  selectForPack,
  tocItems,
  type PackPlan,
  type PackSection,
} from '../../../shared/pack';
import { makeFixture, makePdf, sha256Hex } from './fixtures';

/** All strings in a pdfmake definition, in document order (functions such as footers are evaluated). */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' || key === 'stack' || key === 'columns' || key === 'table' || key === 'body' || key === 'content' || key === 'ol' || key === 'ul' || key === 'section') texts(value, out);
    }
  }
  return out;
}

/** Anchors of pageReference nodes, in document order. */
function pageReferences(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => pageReferences(n, out));
  else if (node && typeof node === 'object') {
    const ref = (node as { pageReference?: unknown }).pageReference;
    if (typeof ref === 'string') out.push(ref);
    for (const value of Object.values(node)) if (value && typeof value === 'object') pageReferences(value, out);
  }
  return out;
}

/** Ids of text leaves (nodes with a string `text`). */
function leafIds(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => leafIds(n, out));
  else if (node && typeof node === 'object') {
    const { id, text } = node as { id?: unknown; text?: unknown };
    if (typeof id === 'string' && typeof text === 'string') out.push(id);
    for (const value of Object.values(node)) if (value && typeof value === 'object') leafIds(value, out);
  }
  return out;
}

async function plan(include: 'all' | 'attention' | 'no-personal' = 'all'): Promise<PackPlan> {
  const { model } = await makeFixture();
  const selection = selectForPack(model, { include });
  const inspected = await Promise.all(selection.attachments.map((a) => inspectAttachment(a)));
  return planAttachments(selection, inspected, selection.attachments.map((a) => sha256Hex(a.bytes!)));
}

describe('pack formatting (Dutch)', () => {
  it('formats dates as dd-mm-jjjj and the generation time in Europe/Amsterdam', () => {
    expect(formatDateNl('2025-03-01')).toBe('01-03-2025');
    expect(formatTimestampAmsterdam('2025-03-01T13:05:00Z')).toBe('01-03-2025 14:05'); // CET
    expect(formatTimestampAmsterdam('2025-07-01T22:30:00Z')).toBe('02-07-2025 00:30'); // CEST, next day
    expect(formatSizeNl(1536)).toBe('1,5 kB');
  });
});

describe('selectForPack (include options)', () => {
  it('keeps everything with include = all, attachments ordered by first citing requirement', async () => {
    const { model } = await makeFixture();
    const s = selectForPack(model);
    expect(s.sections.flatMap((x) => x.entries.map((e) => e.id))).toEqual(['mg.personeel.vog', 'mg.clientgerichtheid.klachten', 'mg.veiligheid.meldcode', 'wlz.persoonsgericht.zorgleefplan', 'wlz.multidisciplinair.specialist']);
    expect(s.attachments.map((a) => a.documentId)).toEqual(['d-vog', 'd-klacht', 'd-foto', 'd-plan', 'd-meld', 'd-enc', 'd-corrupt', 'd-docx']);
    // d-plan proves WLZ-1.2 and MG-2.3: its ids are put in pack order.
    expect(s.attachments.find((a) => a.documentId === 'd-plan')?.requirementIds).toEqual(['mg.clientgerichtheid.klachten', 'wlz.persoonsgericht.zorgleefplan']);
  });

  it('keeps only what needs attention', async () => {
    const { model } = await makeFixture();
    const s = selectForPack(model, { include: 'attention' });
    expect(s.sections.flatMap((x) => x.entries.map((e) => e.status))).toEqual(['expiring', 'not-met', 'partial']);
    expect(s.attachments.some((a) => a.documentId === 'd-vog')).toBe(false);
    expect(s.staffMatrix?.rows.map((r) => r.name)).toEqual(['Anouk de Vries', 'Jeroen Bakker']);
  });

  it('drops personal staff documents from entries and attachments', async () => {
    const { model } = await makeFixture();
    const s = selectForPack(model, { include: 'no-personal' });
    expect(s.attachments.some((a) => a.personal)).toBe(false);
    expect(s.sections[0]?.entries[0]?.documents).toEqual([]);
    expect(s.omittedPersonal).toBe(1);
  });

  it('filters by kader', async () => {
    const { model } = await makeFixture();
    const s = selectForPack(model, { kaderIds: ['wlz'] });
    expect(s.kaders.map((k) => k.id)).toEqual(['wlz']);
    expect(s.sections.map((x) => x.id)).toEqual(['wlz-1']);
    expect(s.attachments.map((a) => a.documentId)).toEqual(['d-plan', 'd-corrupt', 'd-docx']);
    expect(s.attachments[0]?.requirementIds).toEqual(['wlz.persoonsgericht.zorgleefplan']);
  });
});

describe('attachment inspection', () => {
  it('reports encrypted, corrupt and unsupported files with a Dutch reason', async () => {
    const p = await plan();
    expect(p.included.map((i) => [i.attachment.documentId, i.pageCount])).toEqual([
      ['d-vog', 1],
      ['d-klacht', 3],
      ['d-foto', 1],
      ['d-plan', 1],
      ['d-meld', 2],
    ]);
    const reasons = Object.fromEntries(p.skipped.map((s) => [s.documentId, s]));
    expect(reasons['d-enc']?.code).toBe('encrypted');
    expect(reasons['d-enc']?.reason).toMatch(/wachtwoord|versleuteld/);
    expect(reasons['d-corrupt']?.code).toBe('corrupt');
    expect(reasons['d-corrupt']?.reason).toContain('beschadigd');
    expect(reasons['d-docx']?.code).toBe('unsupported');
    expect(reasons['d-docx']?.reason).toContain('bestandstype');
  });

  it('skips a file whose bytes do not match the stored SHA-256', async () => {
    const { model } = await makeFixture();
    const selection = selectForPack(model);
    const inspected = await Promise.all(selection.attachments.map((a) => inspectAttachment(a)));
    const hashes = selection.attachments.map((a, i) => (i === 1 ? '0'.repeat(64) : sha256Hex(a.bytes!)));
    const p = planAttachments(selection, inspected, hashes);
    expect(p.skipped.find((s) => s.documentId === 'd-klacht')?.code).toBe('hash-mismatch');
    expect(p.included.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('treats a PDF without pages as empty and reads PNG/JPEG sizes', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const base = { documentId: 'x', title: 'x', fileName: 'x.pdf', mimeType: 'application/pdf', size: 0, sha256: '', requirementIds: [] };
    expect(await inspectAttachment({ ...base, fileKind: 'pdf', bytes: empty })).toMatchObject({ ok: false, code: 'empty' });
    const three = await makePdf('x', 3);
    expect(await inspectAttachment({ ...base, fileKind: 'pdf', bytes: three })).toMatchObject({ ok: true, pageCount: 3 });
    const { model } = await makeFixture();
    const png = model.attachments.find((a) => a.fileKind === 'png') as (typeof model.attachments)[number];
    expect(await inspectAttachment(png)).toMatchObject({ ok: true, kind: 'png', width: 320, height: 200, passThrough: true });
    const jpeg = model.attachments.find((a) => a.fileKind === 'jpeg') as (typeof model.attachments)[number];
    expect(await inspectAttachment(jpeg)).toMatchObject({ ok: true, kind: 'jpeg', width: 240, height: 320 });
  });
});

describe('layout builder', () => {
  it('lists the table of contents in pack order with Dutch titles', async () => {
    const p = await plan();
    const items = tocItems(p);
    expect(items.map((i) => i.title)).toEqual([
      'Samenvatting',
      'Veiligheid, personeel',
      expect.stringMatching(/^Personeel 3 {2}Iedere medewerker met cliëntcontact/),
      expect.stringMatching(/^Cliëntgerichtheid 15 /),
      expect.stringMatching(/^Veiligheid 1 /),
      'Thema 1. Persoonsgerichte zorg en ondersteuning',
      expect.stringMatching(/^Persoonsgerichte zorg 2 /),
      expect.stringMatching(/^Multidisciplinaire aanpak 3 /),
      'Personeelsmatrix',
      'Bijlagen (5, per bijlage de pagina in het manifest)',
      'Manifest',
      'Niet opgenomen',
    ]);
  });

  it('computes physical page numbers: attachments after the front part, back part after all attachments', async () => {
    const p = await plan();
    const attachmentPages = p.included.reduce((n, i) => n + 1 + i.pageCount, 0); // 5 separators + 8 pages
    expect(attachmentPages).toBe(13);
    // Layout positions of one pdfmake document: front 6 pages, placeholders 7–19, manifest 20, skipped 21.
    const positions: Record<string, number> = { [anchors.summary]: 3, [anchors.requirement('mg.personeel.vog')]: 4, [anchors.staff]: 6 };
    [7, 9, 13, 15, 17].forEach((page, i) => (positions[anchors.attachment(i + 1)] = page));
    positions[anchors.manifest] = 20;
    positions[anchors.skipped] = 21;
    const map = pageMap(p, positions, 6, 21);
    expect(map.total).toBe(6 + 13 + 2);
    expect(map.pages[anchors.attachments]).toBe(7);
    const toc = resolveToc(p, map);
    expect(toc.find((t) => t.title === 'Manifest')?.page).toBe(20);
    expect(toc.find((t) => t.title.startsWith('Personeel 3'))?.page).toBe(4);
    // The merge relies on the placeholders sitting exactly there: anything else is an internal error.
    expect(() => pageMap(p, { ...positions, [anchors.attachment(3)]: 14 }, 6, 21)).toThrow(/bijlage 3/);
  });

  it('lets pdfmake fill in page numbers: page references in the TOC and the tables, the anchors on one placeholder page', async () => {
    const p = await plan();
    const def = buildPackDefinition(p);
    const all = texts(def.content);
    expect(all).toContain('Inhoudsopgave');
    expect(all).toContain('Klachtenregeling 2024 (bijlage 2)');
    expect(all).toContain('niet opgenomen'); // d-enc in the MG-2.4 document table
    expect(all).toContain('Status op 01-03-2025');
    expect(all).toContain('Waarom');
    expect(all).toContain('Niet van toepassing: wij leveren geen Wlz-zorg met behandeling.');
    const refs = pageReferences(def.content);
    // TOC: every item (the Bijlagen line points at bijlage 1), then the document tables and manifest rows.
    expect(refs.slice(0, tocItems(p).length)).toEqual(tocItems(p).map((i) => (i.anchor === anchors.attachments ? anchors.attachment(1) : i.anchor)));
    expect(refs).toContain(anchors.attachment(2));
    // Every referenced anchor is a text leaf (pdfmake makes named destinations only for leaves).
    const leaves = leafIds(def.content);
    for (const r of new Set(refs)) expect(leaves).toContain(r);
    // Placeholder section: no footer, every att:N anchor on one page (up to ANCHORS_PER_PAGE), tiny.
    const section = (def.content as { section?: { id?: string; pageBreak?: string; fontSize?: number }[]; footer?: unknown }[]).find((n) => n.footer === null);
    expect(section?.section?.filter((n) => n.pageBreak)).toEqual([]);
    expect(section?.section?.map((n) => n.id)).toEqual(p.included.map((i) => anchors.attachment(i.number)));
    expect(section?.section?.every((n) => n.fontSize === 1)).toBe(true);
    // Footers count the pages the merge inserts (5 separators + 8 pages, minus the placeholder page): the
    // front as laid out, the back shifted past them.
    expect(insertedPages(p)).toBe(12);
    const footer = def.footer as (page: number, count: number) => { columns: { text: string }[] };
    expect(footer(2, 9).columns[1]?.text).toBe('Pagina 2 van 21');
    const back = (def.content as { section?: unknown[]; footer?: unknown }[]).at(-1)?.footer as typeof footer;
    expect(back(8, 9).columns[1]?.text).toBe('Pagina 20 van 21');
  });

  it('moves anchors from their layout page to their final page', async () => {
    const p = await plan();
    const shift = finalPage(p);
    const counts = p.included.map((i) => i.pageCount);
    const sum = (n: number) => counts.slice(0, n).reduce((a, b) => a + b, 0);
    expect(shift(anchors.summary, 3)).toBe(3);
    expect(shift(anchors.requirement('mg.personeel.vog'), 4)).toBe(4);
    // All anchors on placeholder page 7; separator N follows bijlagen 1..N-1 and their pages.
    expect(shift(anchors.attachment(1), 7)).toBe(7);
    expect(shift(anchors.attachment(2), 7)).toBe(7 + 1 + sum(1));
    expect(shift(anchors.attachment(5), 7)).toBe(7 + 4 + sum(4));
    expect(shift(anchors.manifest, 8)).toBe(20);
    expect(shift(anchors.skipped, 9)).toBe(21);
  });

  it('keeps the arithmetic right when the anchors take more than one placeholder page', () => {
    const many = { included: Array.from({ length: ANCHORS_PER_PAGE + 1 }, (_, i) => ({ number: i + 1, pageCount: 2 })) } as unknown as PackPlan;
    const shift = finalPage(many);
    // Front of 10 pages: placeholders on layout pages 11 and 12, the back from 13.
    expect(shift(anchors.attachment(1), 11)).toBe(11);
    expect(shift(anchors.attachment(ANCHORS_PER_PAGE), 11)).toBe(11 + (ANCHORS_PER_PAGE - 1) * 3);
    expect(shift(anchors.attachment(ANCHORS_PER_PAGE + 1), 12)).toBe(11 + ANCHORS_PER_PAGE * 3);
    expect(insertedPages(many)).toBe((ANCHORS_PER_PAGE + 1) * 3 - 2);
    expect(shift(anchors.manifest, 13)).toBe(13 + (ANCHORS_PER_PAGE + 1) * 3 - 2);
  });

  it('puts every attachment with its full SHA-256 in the manifest and skipped ones with a reason', async () => {
    const p = await plan();
    const def = buildPackDefinition(p);
    const rows = texts(def.content);
    const all = rows.join('\n');
    for (const a of p.selection.attachments) expect(all).toContain(sha256Hex(a.bytes!));
    // Each bijlage's manifest row: number, page reference to its separator, file name.
    const klacht = rows.indexOf('klachtenregeling.pdf');
    expect(rows[klacht - 1]).toBe('2');
    const manifestRefs = pageReferences(def.content).slice(-p.included.length);
    expect(manifestRefs).toEqual(p.included.map((i) => anchors.attachment(i.number)));
    expect(all).toContain('Niet opgenomen');
    expect(all).toContain('planning.docx');
  });

  it('summarises statuses per section', async () => {
    const p = await plan();
    const all = texts(buildPackDefinition(p).content);
    expect(all).toContain('Samenvatting');
    expect(all.some((t) => t.includes('wordt aan 2 van de 4 eisen die van toepassing zijn voldaan'))).toBe(true);
  });
});

describe('kwaliteitsverslag verdicts', () => {
  const section = (statuses: PackSection['entries'][number]['status'][]): PackSection => ({
    id: 's',
    kaderId: 'k',
    title: 'Thema 1',
    entries: statuses.map((status, i) => ({ id: `r${i}`, label: `Thema ${i}`, text: 't', sourceRef: '', status, statusLabel: '', documents: [] })),
  });
  it('words the verdict like a published verslag', () => {
    expect(sectionVerdictText(section(['met', 'expiring', 'not-applicable']))).toBe('Er wordt voldaan aan bovenstaande eisen.');
    expect(sectionVerdictText(section(['met', 'not-met']))).toBe('Er wordt gedeeltelijk voldaan aan bovenstaande eisen.');
    expect(sectionVerdictText(section(['not-met']))).toBe('Er wordt (nog) niet voldaan aan bovenstaande eisen.');
    expect(sectionVerdictText(section(['not-applicable']))).toContain('niet van toepassing');
  });
});
