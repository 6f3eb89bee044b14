/**
 * The kwaliteitsverslag as an editable Word document (.docx, made with the `docx` package), from the same
 * content as the PDF (verslag-content.ts): headings as Word headings, the requirements as a numbered list per
 * theme, the toelichting as bullets. Plain styles, Dutch as the document language, so it opens cleanly in
 * Word and LibreOffice and the provider can go on writing in it.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { PackModel } from './model';
import { verslagContent, type VerslagContentOptions } from './verslag-content';

const NUMBERED = 'vereisten';

export async function buildKwaliteitsverslagDocx(model: PackModel, options: VerslagContentOptions = {}): Promise<Uint8Array> {
  const c = verslagContent(model, options);
  const children: Paragraph[] = [
    new Paragraph({ text: c.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: c.organisation, bold: true, size: 28 })] }),
    ...c.kaders.map((k) => new Paragraph({ text: k })),
    new Paragraph({ children: [new TextRun({ text: `Stand van zaken op ${c.peildatum}`, italics: true, color: '57606A' })], spacing: { after: 240 } }),
    new Paragraph({ text: 'Inleiding', heading: HeadingLevel.HEADING_1 }),
    ...c.introduction.map((p) => new Paragraph({ text: p, spacing: { after: 120 } })),
  ];
  c.themes.forEach((theme, index) => {
    children.push(
      new Paragraph({ text: theme.title, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: 'Vereisten', bold: true })] }),
      ...theme.requirements.map((r) => new Paragraph({ text: r, numbering: { reference: NUMBERED, level: 0, instance: index + 1 } })),
      new Paragraph({ children: [new TextRun({ text: theme.verdict, bold: true })], spacing: { before: 120 } }),
      ...theme.details.map((d) => new Paragraph({ text: d, bullet: { level: 0 } })),
      new Paragraph({ children: [new TextRun({ text: 'Toelichting:', italics: true })], spacing: { before: 120 } }),
      ...(theme.toelichting.length > 0
        ? theme.toelichting.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }))
        : [new Paragraph({ children: [new TextRun({ text: 'Geen toelichting opgegeven.', italics: true })] })]),
    );
  });
  const doc = new Document({
    creator: c.organisation,
    title: `Kwaliteitsverslag ${c.organisation}`,
    subject: `Kwaliteitsverslag van ${c.organisation}, stand van zaken op ${c.peildatum}`,
    description: `Kwaliteitsverslag van ${c.organisation}`,
    lastModifiedBy: c.organisation,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
