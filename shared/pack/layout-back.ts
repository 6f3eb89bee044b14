/** The pack's last pages: the manifest and "Niet opgenomen" (unreadable files and stored documents left out). */
import { attachmentSize } from './attachment-source';
import { formatBytesExact, formatSizeNl } from './format';
import { PRIVATE_LEFT_OUT, leftOutLine, type LeftOutDocument } from './left-out';
import { anchors, hasLeftOut, pageRef, requirementNames, type PackPlan } from './layout-plan';
import { MUTED, gridLayout, type PdfNode } from './layout-style';
import type { PackAttachment } from './model';

export function backNodes(plan: PackPlan): PdfNode[] {
  const content: PdfNode[] = [...manifest(plan)];
  if (hasLeftOut(plan)) content.push(...notIncludedNodes(plan));
  return content;
}

function manifest(plan: PackPlan): PdfNode[] {
  const skipped = new Set(plan.skipped.map((s) => s.documentId));
  const rows = manifestRows(plan).map((r) => [
    { text: r.number ? String(r.number) : '—', style: 'td' },
    r.number ? { ...pageRef(anchors.attachment(r.number)), style: 'td', alignment: 'right' } : { text: '—', style: 'td', alignment: 'right' },
    { text: [{ text: r.fileName }, { text: `\n${r.title}`, color: MUTED, fontSize: 7.5 }, { text: `\n${requirementNames(plan.selection, r.requirementIds)}`, color: MUTED, fontSize: 7.5 }], style: 'td' },
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
        'Alle bijlagen van dit bewijspakket met de pagina waarop ze beginnen, bestandsnaam, de eisen waar ze bij ' +
        'horen, type, grootte en het volledige SHA-256-controlegetal van het originele bestand. In het ZIP-bestand ' +
        'staan dezelfde bestanden met sha256sums.txt.',
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
    size: attachmentSize(a),
    sha256: plan.hashes[a.documentId] ?? a.sha256,
    requirementIds: a.requirementIds,
  });
  const skipped = new Set(plan.skipped.map((s) => s.documentId));
  return [
    ...plan.included.map((p) => row(p.attachment, p.number)),
    ...plan.selection.attachments.filter((a) => skipped.has(a.documentId)).map((a) => row(a)),
  ];
}

/** Every stored document that is not a bijlage of this PDF, with its reason. */
function notIncludedNodes(plan: PackPlan): PdfNode[] {
  const { selection } = plan;
  const rows: PdfNode[][] = [
    ...plan.skipped.map((s) => [
      { text: [{ text: s.title }, { text: `\n${s.fileName}`, color: MUTED, fontSize: 7.5 }], style: 'td' },
      { text: requirementNames(selection, s.requirementIds), style: 'td' },
      // A file that cannot be read goes nowhere; any other one is still exported as it is.
      { text: `${s.reason} ${s.code === 'unreadable' ? 'Het staat wel in het manifest.' : 'Het originele bestand zit wel in het ZIP-bestand en staat in het manifest.'}`, style: 'td' },
    ]),
    ...selection.leftOut.filter((d) => !PRIVATE_LEFT_OUT.has(d.code)).map((d) => [
      { text: [{ text: d.title }, { text: `\n${d.fileName}`, color: MUTED, fontSize: 7.5 }], style: 'td' },
      { text: '—', style: 'td', color: MUTED },
      { text: d.reason, style: 'td' },
    ]),
    ...privateRows(selection.leftOut),
  ];
  const line = leftOutLine([...plan.skipped.map(() => ({ code: 'unreadable' })), ...selection.leftOut], { unreadable: 'niet leesbaar of niet in een PDF op te nemen', unpicked: 'bij het samenstellen uitgezet' });
  return [
    { text: '', pageBreak: 'after' },
    { text: 'Niet opgenomen', style: 'h1', id: anchors.skipped },
    {
      text: `Van de ${selection.storedCount} opgeslagen documenten staan ${plan.included.length} als bijlage in dit pakket. ${line} Per document de reden:`,
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [150, 80, '*'],
        body: [
          [
            { text: 'Document', style: 'th' },
            { text: 'Eisen', style: 'th' },
            { text: 'Reden', style: 'th' },
          ],
          ...rows,
        ],
      },
      layout: gridLayout,
    },
  ];
}

/** Staff documents left out for privacy: one row per reason with their number, no titles or file names. */
function privateRows(leftOut: readonly LeftOutDocument[]): PdfNode[][] {
  const byCode = new Map<string, LeftOutDocument[]>();
  for (const d of leftOut) if (PRIVATE_LEFT_OUT.has(d.code)) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  return [...byCode.values()].map((docs) => [
    {
      text: [
        { text: docs.length === 1 ? '1 persoonlijk document' : `${docs.length} persoonlijke documenten` },
        { text: '\nTitels en bestandsnamen staan niet in dit pakket.', color: MUTED, fontSize: 7.5 },
      ],
      style: 'td',
    },
    { text: '—', style: 'td', color: MUTED },
    { text: (docs[0] as LeftOutDocument).reason, style: 'td' },
  ]);
}
