/**
 * pdfmake document definition of the generated parts of the evidence pack, laid out in ONE pass.
 *
 * Physical order of the pack, and of the single pdfmake document:
 *   front: cover, inhoudsopgave, samenvatting, eisen per sectie, personeelsmatrix
 *   attachments: one placeholder page holding the `att:N` anchors (a page per 500 bijlagen); the merge
 *     (merge.ts) drops it and puts each bijlage's separator and pages there
 *   back: manifest, niet opgenomen
 * The attachments' pages, separators included, are not laid out (1,500 blank pdfmake pages cost more than the
 * rest of the layout; 200 separator pages still ~0.2 s), so a layout page is moved by a known number of pages
 * (`finalPage`): nothing for the front, to its separator's place for an `att:N` anchor, by the inserted pages
 * for the back. The back's footer adds that shift; `pageReference` numbers are shifted by render.ts.
 * No measuring pass, no guessed offsets.
 */
import { formatBytesExact, formatDateNl, formatSizeNl, formatTimestampAmsterdam, shortHash, truncate } from './format';
import type { PackAttachment, PackRequirementEntry, PackStatus, PackTocEntry, SkippedAttachment } from './model';
import { INCLUDE_LABELS, type PackSelection } from './select';

/** A pdfmake node; pdfmake ships no types we can use from shared/, so nodes stay structural. */
export type PdfNode = string | { [key: string]: unknown } | PdfNode[];
export type DocDefinition = { [key: string]: unknown; content: PdfNode[] };

export const STATUS_TEXT: Record<PackStatus, string> = {
  met: 'Voldaan',
  expiring: 'Verloopt binnenkort',
  partial: 'Deels voldaan',
  'not-met': 'Niet voldaan',
  'not-applicable': 'Niet van toepassing',
};

export const STATUS_COLOR: Record<PackStatus, string> = {
  met: '#1a7f37',
  expiring: '#9a6700',
  partial: '#9a6700',
  'not-met': '#b42318',
  'not-applicable': '#57606a',
};

const STATUS_FILL: Record<PackStatus, string> = {
  met: '#e6f4ea',
  expiring: '#fff4d6',
  partial: '#fff4d6',
  'not-met': '#fde8e6',
  'not-applicable': '#eef0f2',
};

const PRIMARY = '#0b3c5d';
const MUTED = '#57606a';

/** An included attachment with its number and page count (known before layout). */
export interface PlannedAttachment {
  number: number;
  attachment: PackAttachment;
  pageCount: number;
  sha256: string;
}

/** Everything the layout needs besides page numbers. */
export interface PackPlan {
  selection: PackSelection;
  included: PlannedAttachment[];
  skipped: SkippedAttachment[];
  /** Full SHA-256 per documentId, computed from the bytes. */
  hashes: Record<string, string>;
}

/** Page numbers in the final PDF (from the single layout pass). */
export interface PageMap {
  /** Anchor id → physical page. */
  pages: Record<string, number>;
  total: number;
}

export const anchors = {
  summary: 'summary',
  section: (id: string) => `section:${id}`,
  requirement: (id: string) => `req:${id}`,
  staff: 'staff',
  attachments: 'attachments',
  attachment: (n: number) => `att:${n}`,
  manifest: 'manifest',
  skipped: 'skipped',
} as const;

interface TocItem {
  level: 0 | 1 | 2;
  title: string;
  anchor: string;
}

/** Table of contents in order; titles in Dutch. */
export function tocItems(plan: PackPlan): TocItem[] {
  const { selection } = plan;
  const items: TocItem[] = [{ level: 0, title: 'Samenvatting', anchor: anchors.summary }];
  for (const section of selection.sections) {
    items.push({ level: 0, title: section.title, anchor: anchors.section(section.id) });
    for (const entry of section.entries) {
      items.push({ level: 1, title: `${entry.id}  ${truncate(entry.text, 80)}`, anchor: anchors.requirement(entry.id) });
    }
  }
  if (selection.staffMatrix) items.push({ level: 0, title: 'Personeelsmatrix', anchor: anchors.staff });
  // One line for the bijlagen: the manifest lists each one with its start page, which keeps the front short.
  if (plan.included.length > 0) {
    items.push({ level: 0, title: `Bijlagen (${plan.included.length}, per bijlage de pagina in het manifest)`, anchor: anchors.attachments });
  }
  items.push({ level: 0, title: 'Manifest', anchor: anchors.manifest });
  if (plan.skipped.length > 0) items.push({ level: 0, title: 'Niet opgenomen bijlagen', anchor: anchors.skipped });
  return items;
}

export function resolveToc(plan: PackPlan, map: PageMap): PackTocEntry[] {
  return tocItems(plan).map((i) => ({ level: i.level, title: i.title, page: map.pages[i.anchor] ?? 0 }));
}

/** Where an anchor's page in the TOC/bijlage column comes from (the TOC line "Bijlagen" starts at bijlage 1). */
function anchorTarget(anchor: string): string {
  return anchor === anchors.attachments ? anchors.attachment(1) : anchor;
}

/**
 * A page number filled in by pdfmake after layout. It lays the cell out with '00000' (noWrap: never split
 * into two inlines, each of which would print the number) and right-aligns the real number when rendering.
 * The target must be a text leaf with that `id` (pdfmake only creates named destinations for leaves; the
 * number is also a link to it).
 */
function pageRef(anchor: string): { pageReference: string; noWrap: true } {
  return { pageReference: anchorTarget(anchor), noWrap: true };
}

/** `att:N` anchors per placeholder page (at 1 pt per line they fit with room to spare). */
export const ANCHORS_PER_PAGE = 500;

/** Layout pages the placeholder section takes. */
export function placeholderPages(plan: PackPlan): number {
  return Math.ceil(plan.included.length / ANCHORS_PER_PAGE);
}

/** Pages the merge adds to the layout: separators and attachment pages, minus the placeholder pages. */
export function insertedPages(plan: PackPlan): number {
  return plan.included.reduce((n, p) => n + 1 + p.pageCount, 0) - placeholderPages(plan);
}

/**
 * The page of the final PDF for an anchor laid out on `layoutPage`: the front is unchanged; bijlage N's
 * anchor goes to its separator (right after the front, behind bijlagen 1..N-1 and their pages); the back
 * (manifest, niet opgenomen) moves by the inserted pages.
 */
export function finalPage(plan: PackPlan): (anchor: string, layoutPage: number) => number {
  // For bijlage N: pages from the first placeholder page to its separator, and its placeholder page's index.
  const attachment = new Map<string, { offset: number; placeholder: number }>();
  let offset = 0;
  plan.included.forEach((p, i) => {
    attachment.set(anchors.attachment(p.number), { offset, placeholder: Math.floor(i / ANCHORS_PER_PAGE) });
    offset += 1 + p.pageCount;
  });
  const back = new Set<string>([anchors.manifest, anchors.skipped]);
  const shift = insertedPages(plan);
  return (anchor, layoutPage) => {
    const a = attachment.get(anchor);
    if (a) return layoutPage - a.placeholder + a.offset;
    return back.has(anchor) ? layoutPage + shift : layoutPage;
  };
}

/** "Pagina X van Y" for a section whose layout pages are `shift` pages before their final place. */
function footer(plan: PackPlan, shift: number) {
  const { model } = plan.selection;
  const left = `${model.organisation.name} · Bewijspakket · peildatum ${formatDateNl(model.peildatum)}`;
  const extra = insertedPages(plan);
  return (currentPage: number, pageCount: number) => ({
    margin: [50, 18, 50, 0],
    columns: [
      { text: left, fontSize: 7.5, color: MUTED },
      {
        text: `Pagina ${currentPage + shift} van ${pageCount + extra}`,
        alignment: 'right',
        fontSize: 7.5,
        color: MUTED,
        width: 110,
      },
    ],
  });
}

function baseDefinition(plan: PackPlan, content: PdfNode[]): DocDefinition {
  const { model } = plan.selection;
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 56],
    info: {
      title: `Bewijspakket ${model.organisation.name}`,
      author: model.organisation.name,
      creator: `Kwaliteitsmap ${model.appVersion}`,
      producer: `Kwaliteitsmap ${model.appVersion}`,
    },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: '#1f2328' },
    styles: PACK_STYLES,
    footer: footer(plan, 0),
    content,
  };
}

export const PACK_STYLES = {
  h1: { fontSize: 18, bold: true, color: PRIMARY, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, color: PRIMARY, margin: [0, 12, 0, 6] },
  label: { fontSize: 8.5, bold: true, color: MUTED },
  small: { fontSize: 8, color: MUTED },
  th: { fontSize: 8.5, bold: true, color: '#1f2328', fillColor: '#e8ecf0' },
  td: { fontSize: 8.5 },
};

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#d0d7de',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const plainLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 6,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

function statusChip(status: PackStatus, label: string): PdfNode {
  return {
    table: { widths: ['*'], body: [[{ text: label, color: STATUS_COLOR[status], bold: true, fontSize: 8.5, fillColor: STATUS_FILL[status] }]] },
    layout: { ...plainLayout, paddingLeft: () => 5, paddingRight: () => 5, paddingTop: () => 2, paddingBottom: () => 2 },
  };
}

// ---------------------------------------------------------------------------------------------- front

/** The whole generated document: front, attachment placeholders, back. */
export function buildPackDefinition(plan: PackPlan): DocDefinition {
  const content: PdfNode[] = frontNodes(plan);
  if (plan.included.length > 0) content.push(placeholderSection(plan));
  // A section starts on a new page and brings back a footer and portrait pages after the landscape staff matrix.
  content.push({ section: backNodes(plan), pageOrientation: 'portrait', footer: footer(plan, insertedPages(plan)) });
  const def = baseDefinition(plan, content);
  def.background = (page: number, pageSize: { width: number }) =>
    page === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: pageSize.width, h: 170, color: PRIMARY }] } : null;
  return def;
}

function frontNodes(plan: PackPlan): PdfNode[] {
  const content: PdfNode[] = [...cover(plan), ...toc(plan), ...summary(plan)];
  for (const section of plan.selection.sections) content.push(...sectionNodes(plan, section));
  if (plan.selection.staffMatrix) content.push(...staffMatrixNodes(plan));
  return content;
}

/**
 * The `att:N` anchors (leaves, so pageReference and the named destinations work), tiny, ANCHORS_PER_PAGE to a
 * page, without footer or background. merge.ts drops these pages and points each destination at its
 * separator. Page breaks sit on separate empty nodes: pdfmake reports no position for a node that has
 * `pageBreak: 'before'`.
 */
function placeholderSection(plan: PackPlan): PdfNode {
  const nodes: PdfNode[] = [];
  plan.included.forEach((p, i) => {
    if (i > 0 && i % ANCHORS_PER_PAGE === 0) nodes.push({ text: '', pageBreak: 'after' });
    nodes.push({ text: `Bijlage ${p.number}`, id: anchors.attachment(p.number), fontSize: 1, lineHeight: 1 });
  });
  return { section: nodes, footer: null, background: null, pageOrientation: 'portrait' };
}

function cover(plan: PackPlan): PdfNode[] {
  const { model, kaders, include, omittedPersonal } = plan.selection;
  const org = model.organisation;
  const orgLines = [
    org.kvk ? `KvK-nummer: ${org.kvk}` : '',
    org.agb ? `AGB-code: ${org.agb}` : '',
    org.address ?? '',
    org.contactPerson ? `Contactpersoon: ${org.contactPerson}` : '',
  ].filter((l) => l !== '');
  const opdrachtgevers = model.opdrachtgevers ?? [];
  const rows: [string, string][] = [
    ...(opdrachtgevers.length ? ([[opdrachtgevers.length === 1 ? 'Opdrachtgever' : 'Opdrachtgevers', opdrachtgevers.join('\n')]] as [string, string][]) : []),
    ['Kwaliteitskader', kaders.map((k) => k.title).join('\n') || '—'],
    ['Peildatum', formatDateNl(model.peildatum)],
    ['Gemaakt op', `${formatTimestampAmsterdam(model.generatedAt)} (Nederlandse tijd)`],
    ['Gemaakt met', `Kwaliteitsmap ${model.appVersion}`],
    ['Inhoud', INCLUDE_LABELS[include]],
    ['Bijlagen', `${plan.included.length} opgenomen${plan.skipped.length ? `, ${plan.skipped.length} niet opgenomen` : ''}`],
  ];
  if (omittedPersonal > 0) rows.push(['Weggelaten', `${omittedPersonal} persoonlijke documenten van medewerkers`]);
  return [
    { text: 'BEWIJSPAKKET KWALITEITSKADER', color: '#b6d4ea', fontSize: 10, bold: true, characterSpacing: 1.5, margin: [0, 10, 0, 6] },
    { text: org.name, color: '#ffffff', fontSize: 26, bold: true, margin: [0, 0, 0, 4] },
    ...(opdrachtgevers.length ? [{ text: `Voor ${opdrachtgevers.join(', ')}`, color: '#ffffff', fontSize: 14, bold: true, margin: [0, 0, 0, 4] }] : []),
    { text: kaders.map((k) => k.title).join(' · '), color: '#ffffff', fontSize: 11, margin: [0, 0, 0, 0] },
    { text: '', margin: [0, 70, 0, 0] },
    {
      table: {
        widths: [120, '*'],
        body: rows.map(([k, v]) => [{ text: k, style: 'label', fontSize: 10 }, { text: v, fontSize: 11 }]),
      },
      layout: { ...plainLayout, paddingTop: () => 5, paddingBottom: () => 5 },
    },
    ...(orgLines.length > 0
      ? [{ text: 'Organisatie', style: 'h2', margin: [0, 24, 0, 4] }, { text: orgLines.join('\n'), fontSize: 10 }]
      : []),
    {
      text:
        'Dit bewijspakket is lokaal gemaakt met Kwaliteitsmap. Per eis staan de status op de peildatum, de toelichting ' +
        'en de documenten die de eis aantonen, met de pagina waarop elk document in deze map begint. Het manifest ' +
        'achterin geeft per bijlage het volledige SHA-256-controlegetal, zodat iedereen kan nagaan dat een bestand ' +
        'niet is gewijzigd.',
      style: 'small',
      fontSize: 8.5,
      margin: [0, 36, 0, 0],
    },
  ];
}

function toc(plan: PackPlan): PdfNode[] {
  const body = tocItems(plan).map((item) => {
    const indent = item.level * 14;
    const bold = item.level === 0;
    return [
      { text: item.title, margin: [indent, bold ? 3 : 0, 0, 0], bold, fontSize: bold ? 9.5 : 8.5 },
      { ...pageRef(item.anchor), alignment: 'right', bold, fontSize: bold ? 9.5 : 8.5, margin: [0, bold ? 3 : 0, 0, 0] },
    ];
  });
  return [
    { text: '', pageBreak: 'after' },
    { text: 'Inhoudsopgave', style: 'h1' },
    { table: { widths: ['*', 36], body, dontBreakRows: true }, layout: plainLayout },
  ];
}

function summary(plan: PackPlan): PdfNode[] {
  const statuses: PackStatus[] = ['met', 'expiring', 'partial', 'not-met', 'not-applicable'];
  const header = [
    { text: 'Sectie', style: 'th' },
    ...statuses.map((s) => ({ text: STATUS_TEXT[s], style: 'th', alignment: 'center' })),
    { text: 'Totaal', style: 'th', alignment: 'center' },
  ];
  const totals = new Map<PackStatus, number>(statuses.map((s) => [s, 0]));
  const rows: PdfNode[][] = plan.selection.sections.map((section) => {
    const counts = statuses.map((s) => section.entries.filter((e) => e.status === s).length);
    counts.forEach((c, i) => totals.set(statuses[i] as PackStatus, (totals.get(statuses[i] as PackStatus) ?? 0) + c));
    return [
      { text: section.title, style: 'td' },
      ...counts.map((c, i) => ({
        text: String(c),
        style: 'td',
        alignment: 'center',
        color: c > 0 ? STATUS_COLOR[statuses[i] as PackStatus] : '#8c959f',
        bold: c > 0,
      })),
      { text: String(section.entries.length), style: 'td', alignment: 'center', bold: true },
    ];
  });
  const total = plan.selection.sections.reduce((n, s) => n + s.entries.length, 0);
  rows.push([
    { text: 'Totaal', style: 'td', bold: true },
    ...statuses.map((s) => ({ text: String(totals.get(s) ?? 0), style: 'td', alignment: 'center', bold: true })),
    { text: String(total), style: 'td', alignment: 'center', bold: true },
  ]);
  const met = (totals.get('met') ?? 0) + (totals.get('expiring') ?? 0);
  const applicable = total - (totals.get('not-applicable') ?? 0);
  const nodes: PdfNode[] = [
    { text: '', pageBreak: 'after' },
    { text: 'Samenvatting', style: 'h1', id: anchors.summary },
    {
      text: `Op de peildatum ${formatDateNl(plan.selection.model.peildatum)} wordt aan ${met} van de ${applicable} eisen die van toepassing zijn voldaan.`,
      margin: [0, 0, 0, 10],
    },
    {
      table: { headerRows: 1, widths: ['*', 46, 52, 46, 46, 52, 36], body: [header, ...rows] },
      layout: gridLayout,
    },
  ];
  if (plan.selection.include === 'attention') {
    nodes.push({ text: 'Alleen eisen die aandacht nodig hebben zijn opgenomen.', style: 'small', margin: [0, 8, 0, 0] });
  }
  return nodes;
}

function documentRows(plan: PackPlan, entry: PackRequirementEntry): PdfNode[][] {
  const placed = new Map(plan.included.map((p) => [p.attachment.documentId, p]));
  const skipped = new Set(plan.skipped.map((s) => s.documentId));
  return entry.documents.map((doc) => {
    const p = placed.get(doc.documentId);
    const where = p
      ? { ...pageRef(anchors.attachment(p.number)), alignment: 'right' }
      : { text: skipped.has(doc.documentId) ? 'niet opgenomen' : 'geen bestand', italics: true, color: MUTED, alignment: 'right' };
    const hash = plan.hashes[doc.documentId] ?? doc.sha256;
    return [
      { text: p ? `${doc.title} (bijlage ${p.number})` : doc.title },
      { text: formatDateNl(doc.issueDate) || '—' },
      { text: formatDateNl(doc.validUntil) || 'onbeperkt' },
      { text: hash ? shortHash(hash) : '—', fontSize: 7.5, color: MUTED },
      where,
    ].map((cell) => ({ style: 'td', ...cell }));
  });
}

function entryNodes(plan: PackPlan, entry: PackRequirementEntry): PdfNode {
  const peil = formatDateNl(plan.selection.model.peildatum);
  const kv: PdfNode[][] = [[{ text: 'Bron', style: 'label' }, { text: entry.sourceRef || '—' }]];
  kv.push([
    { text: `Status op ${peil}`, style: 'label' },
    { text: entry.statusLabel, color: STATUS_COLOR[entry.status], bold: true },
  ]);
  if (entry.status === 'not-applicable' || entry.notApplicableReason) {
    kv.push([{ text: 'Reden niet van toepassing', style: 'label' }, { text: entry.notApplicableReason || '—' }]);
  }
  kv.push([
    { text: 'Toelichting', style: 'label' },
    entry.toelichting ? { text: entry.toelichting } : { text: 'Geen toelichting ingevuld.', italics: true, color: MUTED },
  ]);
  const docs: PdfNode = entry.documents.length
    ? {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 52, 52, 58, 58],
          body: [
            [
              { text: 'Bewijsdocument', style: 'th' },
              { text: 'Afgegeven', style: 'th' },
              { text: 'Geldig tot', style: 'th' },
              { text: 'SHA-256', style: 'th' },
              { text: 'Pagina', style: 'th', alignment: 'right' },
            ],
            ...documentRows(plan, entry),
          ],
        },
        layout: gridLayout,
        margin: [0, 4, 0, 0],
      }
    : { text: 'Geen bewijsdocumenten gekoppeld.', italics: true, color: MUTED, fontSize: 8.5, margin: [0, 2, 0, 0] };
  const small = (entry.toelichting?.length ?? 0) + (entry.notApplicableReason?.length ?? 0) < 1200 && entry.documents.length < 10;
  return {
    unbreakable: small,
    margin: [0, 0, 0, 18],
    stack: [
      {
        // The id sits above the text: ids are long and would wrap mid-word in a narrow column. The anchor is on
        // that first leaf (same page as the block), so pageReference links have a named destination.
        columns: [
          {
            width: '*',
            stack: [
              { text: entry.id, color: PRIMARY, fontSize: 8, id: anchors.requirement(entry.id) },
              { text: entry.text, bold: true, fontSize: 10.5 },
            ],
          },
          { width: 110, stack: [statusChip(entry.status, STATUS_TEXT[entry.status])] },
        ],
        columnGap: 8,
        margin: [0, 0, 0, 4],
      },
      { table: { widths: [118, '*'], body: kv }, layout: plainLayout },
      docs,
    ],
  };
}

function sectionNodes(plan: PackPlan, section: PackSelection['sections'][number]): PdfNode[] {
  const kader = plan.selection.kaders.find((k) => k.id === section.kaderId);
  return [
    { text: '', pageBreak: 'after' },
    { text: section.title, style: 'h1', id: anchors.section(section.id) },
    ...(kader ? [{ text: kader.title, style: 'small', margin: [0, -6, 0, 12] }] : []),
    ...section.entries.map((e) => entryNodes(plan, e)),
  ];
}

function staffMatrixNodes(plan: PackPlan): PdfNode[] {
  const matrix = plan.selection.staffMatrix;
  if (!matrix) return [];
  const perTable = 7;
  const nodes: PdfNode[] = [
    { text: '', pageBreak: 'after', pageOrientation: 'landscape' },
    { text: 'Personeelsmatrix', style: 'h1', id: anchors.staff },
    {
      text: `Status per medewerker en bewijsstuk op de peildatum ${formatDateNl(plan.selection.model.peildatum)}.`,
      margin: [0, 0, 0, 8],
    },
  ];
  for (let start = 0; start < Math.max(1, matrix.columns.length); start += perTable) {
    const cols = matrix.columns.slice(start, start + perTable);
    nodes.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [130, ...cols.map(() => '*')],
        body: [
          [{ text: 'Naam', style: 'th' }, ...cols.map((c) => ({ text: c, style: 'th' }))],
          ...matrix.rows.map((row) => [
            { text: row.name, style: 'td', bold: true },
            ...cols.map((_, i) => {
              const cell = row.cells[start + i];
              return cell
                ? { text: cell.statusLabel, style: 'td', color: STATUS_COLOR[cell.status], fillColor: STATUS_FILL[cell.status] }
                : { text: '—', style: 'td', color: MUTED };
            }),
          ]),
        ],
      },
      layout: { ...gridLayout, vLineWidth: () => 0.5, vLineColor: () => '#ffffff' },
      margin: [0, 0, 0, 12],
    });
  }
  return nodes;
}

// ----------------------------------------------------------------------------------------------- back

function backNodes(plan: PackPlan): PdfNode[] {
  const content: PdfNode[] = [...manifest(plan)];
  if (plan.skipped.length > 0) content.push(...skippedNodes(plan));
  return content;
}

function manifest(plan: PackPlan): PdfNode[] {
  const skipped = new Set(plan.skipped.map((s) => s.documentId));
  const rows = manifestRows(plan).map((r) => [
    { text: r.number ? String(r.number) : '—', style: 'td' },
    r.number ? { ...pageRef(anchors.attachment(r.number)), style: 'td', alignment: 'right' } : { text: '—', style: 'td', alignment: 'right' },
    { text: [{ text: r.fileName }, { text: `\n${r.title}`, color: MUTED, fontSize: 7.5 }], style: 'td' },
    { text: r.type, style: 'td' },
    { text: r.size < 1024 ? formatSizeNl(r.size) : `${formatSizeNl(r.size)}\n${formatBytesExact(r.size)} bytes`, style: 'td', fontSize: 7.5 },
    {
      text: [{ text: r.sha256 }, ...(skipped.has(r.documentId) ? [{ text: '\nniet opgenomen in deze PDF', italics: true, color: MUTED }] : [])],
      style: 'td',
      fontSize: 6.3,
    },
  ]);
  return [
    { text: 'Manifest', style: 'h1', id: anchors.manifest },
    {
      text:
        'Alle bijlagen van dit bewijspakket met de pagina waarop ze beginnen, bestandsnaam, type, grootte en het ' +
        'volledige SHA-256-controlegetal van het originele bestand. In het ZIP-bestand staan dezelfde bestanden met ' +
        'sha256sums.txt.',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [16, 30, '*', 30, 54, 240],
        body: [
          [
            { text: 'Nr.', style: 'th' },
            { text: 'Pagina', style: 'th', alignment: 'right' },
            { text: 'Bestand', style: 'th' },
            { text: 'Type', style: 'th' },
            { text: 'Grootte', style: 'th' },
            { text: 'SHA-256', style: 'th' },
          ],
          ...rows,
        ],
      },
      layout: gridLayout,
    },
  ];
}

export interface ManifestRow {
  number?: number;
  documentId: string;
  title: string;
  fileName: string;
  type: string;
  mimeType: string;
  size: number;
  sha256: string;
  requirementIds: string[];
}

const TYPE_LABEL = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG', other: 'Overig' } as const;

/** Included attachments in pack order, then the ones that were not included. */
export function manifestRows(plan: PackPlan): ManifestRow[] {
  const row = (a: PackAttachment, number?: number): ManifestRow => ({
    number,
    documentId: a.documentId,
    title: a.title,
    fileName: a.fileName,
    type: TYPE_LABEL[a.fileKind],
    mimeType: a.mimeType,
    size: a.bytes.length,
    sha256: plan.hashes[a.documentId] ?? a.sha256,
    requirementIds: a.requirementIds,
  });
  const skipped = new Set(plan.skipped.map((s) => s.documentId));
  return [
    ...plan.included.map((p) => row(p.attachment, p.number)),
    ...plan.selection.attachments.filter((a) => skipped.has(a.documentId)).map((a) => row(a)),
  ];
}

function skippedNodes(plan: PackPlan): PdfNode[] {
  return [
    { text: '', pageBreak: 'after' },
    { text: 'Niet opgenomen bijlagen', style: 'h1', id: anchors.skipped },
    {
      text:
        'Deze bewijsdocumenten konden niet in de PDF worden opgenomen. Het originele bestand zit wel in het ' +
        'ZIP-bestand (map bijlagen) en staat in het manifest.',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [130, 70, '*'],
        body: [
          [
            { text: 'Document', style: 'th' },
            { text: 'Eisen', style: 'th' },
            { text: 'Reden', style: 'th' },
          ],
          ...plan.skipped.map((s) => [
            { text: [{ text: s.title }, { text: `\n${s.fileName}`, color: MUTED, fontSize: 7.5 }], style: 'td' },
            { text: s.requirementIds.join(', '), style: 'td' },
            { text: s.reason, style: 'td' },
          ]),
        ],
      },
      layout: gridLayout,
    },
  ];
}
