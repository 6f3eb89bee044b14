/**
 * The generated document as an editable Word file (.docx) with the `docx` package: real headings, numbered and
 * bulleted lists, a page-number footer, Dutch language. Opens in Word and LibreOffice (checked in the E2E).
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, ShadingType, TextRun } from 'docx';
import { adoptionLine } from '../../../shared/authoring/adoption-line';
import type { Block, GeneratedDocument } from '../../../shared/authoring/types';

const PRIMARY = '0B3C5D';
const FONT = 'Calibri';

function blocks(b: Block, listIndex: () => number): Paragraph[] {
  if (b.type === 'p') return [new Paragraph({ children: [new TextRun(b.text)], spacing: { after: 120 } })];
  if (b.type === 'note') {
    return [
      new Paragraph({
        children: [new TextRun({ text: b.text, italics: true })],
        shading: { type: ShadingType.CLEAR, fill: 'EEF3F8', color: 'auto' },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: PRIMARY, space: 6 } },
        spacing: { after: 160 },
      }),
    ];
  }
  const instance = b.ordered ? listIndex() : 0;
  return b.items.map(
    (text) =>
      new Paragraph({
        children: [new TextRun(text)],
        ...(b.ordered ? { numbering: { reference: 'steps', level: 0, instance } } : { bullet: { level: 0 } }),
        spacing: { after: 60 },
      }),
  );
}

export function buildAuthoredDocx(doc: GeneratedDocument): Document {
  let lists = 0;
  const nextList = () => ++lists;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.orgName, bold: true, size: 26 })] }),
    ...doc.orgLines.map((l) => new Paragraph({ children: [new TextRun({ text: l, color: '57606A', size: 18 })] })),
    new Paragraph({ children: [new TextRun({ text: adoptionLine(doc), bold: true, color: doc.adoption ? PRIMARY : '9A6700', size: 20 })], spacing: { before: 160, after: 240 } }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(s.heading)] }));
    for (const b of s.blocks) children.push(...blocks(b, nextList));
  }
  return new Document({
    creator: doc.orgName,
    title: `${doc.title} ${doc.orgName}`,
    description: adoptionLine(doc),
    styles: {
      default: { document: { run: { font: FONT, size: 21, language: { value: 'nl-NL' } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 44, bold: true, color: PRIMARY }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, bold: true, color: PRIMARY }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 23, bold: true, color: PRIMARY }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      ],
    },
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 16, color: '57606A', children: [`${doc.title} · ${doc.orgName} · Pagina `, PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderAuthoredDocx(doc: GeneratedDocument): Promise<Uint8Array> {
  const buf = await Packer.toArrayBuffer(buildAuthoredDocx(doc));
  return new Uint8Array(buf);
}
