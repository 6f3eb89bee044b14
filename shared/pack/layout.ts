/**
 * The generated parts of the evidence pack as a document definition in pdfmake's language, laid out in ONE
 * pass by the pack's typesetter (typeset/).
 *
 * Physical order of the pack, and of the single document:
 *   front: cover, inhoudsopgave, samenvatting, eisen per sectie, personeelsmatrix (layout-front.ts,
 *     layout-entries.ts)
 *   attachments: one placeholder page holding the `att:N` anchors (a page per 500 bijlagen); the merge
 *     (merge.ts) drops it and puts each bijlage's separator and pages there
 *   back: manifest, niet opgenomen (layout-back.ts)
 * The attachments' pages, separators included, are not laid out (1,500 blank pages cost more than the rest of the
 * layout in pdfmake; 200 separator pages still ~0.2 s), so a layout page is moved by a known number of pages
 * (`finalPage`, layout-plan.ts): nothing for the front, to its separator's place for an `att:N` anchor, by the
 * inserted pages for the back. The back's footer adds that shift; `pageReference` numbers are shifted by
 * the typesetter's `relocate`. No measuring pass, no guessed offsets.
 */
import { formatDateNl } from './format';
import { backNodes } from './layout-back';
import { sectionNodes, staffMatrixNodes } from './layout-entries';
import { cover, summary, toc } from './layout-front';
import { ANCHORS_PER_PAGE, anchors, insertedPages, type PackPlan } from './layout-plan';
import { MUTED, PACK_STYLES, PRIMARY, type DocDefinition, type PdfNode } from './layout-style';
import { coverSentence } from './layout-front';

export * from './layout-plan';
export { STATUS_TEXT, STATUS_COLOR, PACK_STYLES, type PdfNode, type DocDefinition } from './layout-style';
export { manifestRows, type ManifestRow } from './layout-back';
export { summaryCounts, summaryText, coverSentence, documentCounts, contentsLabel, type SummaryCounts } from './layout-front';
export { statusReasonText } from './layout-entries';

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

/** Document properties a reader's PDF viewer shows (the merge writes the same into the final PDF). */
export function packInfo(plan: PackPlan): { title: string; author: string; subject: string; keywords: string } {
  const { model, kaders } = plan.selection;
  return {
    title: `Bewijspakket ${model.organisation.name} — peildatum ${formatDateNl(model.peildatum)}`,
    author: model.organisation.name,
    subject: coverSentence(plan.selection),
    keywords: ['bewijspakket', 'kwaliteitskader', ...kaders.map((k) => k.title)].join(', '),
  };
}

function baseDefinition(plan: PackPlan, content: PdfNode[]): DocDefinition {
  const { model } = plan.selection;
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 56],
    info: { ...packInfo(plan), creator: `Kwaliteitsmap ${model.appVersion}`, producer: `Kwaliteitsmap ${model.appVersion}` },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: '#1f2328' },
    styles: PACK_STYLES,
    footer: footer(plan, 0),
    content,
  };
}

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
 * separator. Page breaks sit on separate empty nodes, as pdfmake needed (it reported no position for a node
 * with `pageBreak: 'before'`).
 */
function placeholderSection(plan: PackPlan): PdfNode {
  const nodes: PdfNode[] = [];
  plan.included.forEach((p, i) => {
    if (i > 0 && i % ANCHORS_PER_PAGE === 0) nodes.push({ text: '', pageBreak: 'after' });
    nodes.push({ text: `Bijlage ${p.number}`, id: anchors.attachment(p.number), fontSize: 1, lineHeight: 1 });
  });
  return { section: nodes, footer: null, background: null, pageOrientation: 'portrait' };
}
