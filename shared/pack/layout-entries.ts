/** One block per requirement (as the kader names it, with status and reason) and the staff matrix. */
import { formatDateNl, shortHash } from './format';
import { anchors, pageRef, type PackPlan } from './layout-plan';
import { MUTED, PRIMARY, STATUS_COLOR, STATUS_FILL, STATUS_TEXT, gridLayout, plainLayout, statusChip, type PdfNode } from './layout-style';
import type { PackRequirementEntry } from './model';
import type { PackSelection } from './select';

/** The reason line of an entry, for a reader: "Niet van toepassing: …", what is missing, what expired when. */
export function statusReasonText(entry: PackRequirementEntry): string | undefined {
  if (entry.status === 'not-applicable') return `Niet van toepassing: ${lowerFirst(entry.notApplicableReason ?? 'geen reden opgegeven.')}`;
  return entry.statusReason;
}

function lowerFirst(text: string): string {
  // Keep names and abbreviations ("VOG", "Wlz") as written; lower an ordinary first word.
  return /^[A-Z][a-zë]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
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
      { text: (formatDateNl(doc.validUntil) || 'onbeperkt') + (doc.validUntilBasis ? ` (${doc.validUntilBasis})` : '') },
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
  const reason = statusReasonText(entry);
  if (reason) kv.push([{ text: 'Waarom', style: 'label' }, { text: reason }]);
  if (entry.remark) kv.push([{ text: 'Opmerking', style: 'label' }, { text: entry.remark }]);
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
  const small = (entry.toelichting?.length ?? 0) + (reason?.length ?? 0) < 1200 && entry.documents.length < 10;
  return {
    unbreakable: small,
    margin: [0, 0, 0, 18],
    stack: [
      {
        // The kader's own name above the text ("Veiligheid 1"). The anchor is on that first leaf (same page
        // as the block), so pageReference links have a named destination.
        columns: [
          {
            width: '*',
            stack: [
              { text: entry.label, color: PRIMARY, fontSize: 8.5, bold: true, id: anchors.requirement(entry.id) },
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

export function sectionNodes(plan: PackPlan, section: PackSelection['sections'][number]): PdfNode[] {
  const kader = plan.selection.kaders.find((k) => k.id === section.kaderId);
  return [
    { text: '', pageBreak: 'after' },
    { text: section.title, style: 'h1', id: anchors.section(section.id) },
    ...(kader ? [{ text: kader.title, style: 'small', margin: [0, -6, 0, 12] }] : []),
    ...section.entries.map((e) => entryNodes(plan, e)),
  ];
}

export function staffMatrixNodes(plan: PackPlan): PdfNode[] {
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
