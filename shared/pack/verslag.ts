/** The kwaliteitsverslag as PDF (pdfmake), from verslag-content.ts. */
import type { DocDefinition, PdfNode } from './layout-style';
import { documentFrame } from './document-frame';
import type { PackFonts, PackModel } from './model';
import { renderDefinition } from './render';
import { verslagContent, type VerslagContentOptions } from './verslag-content';

export { sectionVerdictText } from './verslag-content';

export interface VerslagOptions extends VerslagContentOptions {
  fonts: PackFonts;
}

export function buildVerslagDefinition(model: PackModel, options: VerslagContentOptions = {}): DocDefinition {
  const c = verslagContent(model, options);
  const content: PdfNode[] = [
    { text: c.title, style: 'h1', fontSize: 24 },
    { text: c.organisation, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    { text: c.kaders.join('\n'), fontSize: 11, margin: [0, 0, 0, 4] },
    { text: `Stand van zaken op ${c.peildatum}`, style: 'small', fontSize: 9, margin: [0, 0, 0, 18] },
    { text: 'Inleiding', style: 'h2', headlineLevel: 1, outline: true },
    ...c.introduction.map((p) => ({ text: p, margin: [0, 0, 0, 6] })),
  ];
  for (const theme of c.themes) {
    content.push(
      { text: theme.title, style: 'h2', fontSize: 14, margin: [0, 18, 0, 6], headlineLevel: 1, outline: true },
      { text: 'Vereisten', bold: true, margin: [0, 0, 0, 4] },
      { ol: theme.requirements.map((r) => ({ text: r, margin: [0, 0, 0, 3] })), margin: [0, 0, 0, 8] },
      { text: theme.verdict, bold: true, margin: [0, 0, 0, 4] },
    );
    if (theme.details.length > 0) content.push({ ul: theme.details, margin: [0, 0, 0, 6] });
    content.push(
      { text: 'Toelichting:', italics: true, margin: [0, 2, 0, 3] },
      theme.toelichting.length
        ? { ul: theme.toelichting.map((t) => ({ text: t, margin: [0, 0, 0, 3] })) }
        : { text: 'Geen toelichting opgegeven.', italics: true, color: '#57606a' },
    );
  }
  return documentFrame({
    info: {
      title: `Kwaliteitsverslag ${c.organisation}`,
      author: c.organisation,
      subject: `Kwaliteitsverslag van ${c.organisation}, stand van zaken op ${c.peildatum}`,
      creator: c.organisation,
      producer: `Kwaliteitsmap ${model.appVersion}`,
      creationDate: new Date(model.generatedAt),
    },
    footerText: `Kwaliteitsverslag ${c.organisation} · ${c.peildatum}`,
    content,
  });
}

export async function buildKwaliteitsverslag(model: PackModel, options: VerslagOptions): Promise<Uint8Array> {
  return renderDefinition(buildVerslagDefinition(model, options), options.fonts);
}
