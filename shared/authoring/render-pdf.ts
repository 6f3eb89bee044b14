/** The generated document as a PDF in the pack's house style (Roboto, colours, footer "Pagina X van Y"). */
import { PRIMARY, type DocDefinition, type PdfNode } from '../pack/layout-style';
import { documentFrame } from '../pack/document-frame';
import type { PackFonts } from '../pack/model';
import { renderDefinition } from '../pack/render';
import type { Block, GeneratedDocument } from './types';
import { adoptionLine } from './adoption-line';

function block(b: Block): PdfNode {
  if (b.type === 'p') return { text: b.text, margin: [0, 0, 0, 6] };
  if (b.type === 'note') {
    return {
      table: { widths: ['*'], body: [[{ text: b.text, italics: true, fontSize: 9, color: '#1f2328', fillColor: '#eef3f8', margin: [4, 3, 4, 3] }]] },
      layout: 'noBorders',
      margin: [0, 2, 0, 8],
    };
  }
  const items = b.items.map((text) => ({ text, margin: [0, 0, 0, 3] }));
  return b.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] };
}

export function buildAuthoredDefinition(doc: GeneratedDocument, appVersion: string): DocDefinition {
  const chapters = doc.sections.filter((s) => s.level === 1).length;
  const content: PdfNode[] = [
    { text: doc.title, style: 'h1', fontSize: 22 },
    { text: doc.orgName, fontSize: 13, bold: true, margin: [0, 0, 0, 2] },
    ...doc.orgLines.map((l) => ({ text: l, style: 'small', fontSize: 9 })),
    { text: adoptionLine(doc), fontSize: 9.5, color: doc.adoption ? PRIMARY : '#9a6700', bold: true, margin: [0, 8, 0, 14] },
  ];
  if (chapters > 1) content.push({ toc: { title: { text: 'Inhoud', style: 'h2' } }, margin: [0, 0, 0, 10] });
  for (const s of doc.sections) {
    if (s.level === 1) {
      // In the handboek every chapter starts on a new page (the introduction stays under the contents).
      const newPage = chapters > 1 && s !== doc.sections[0];
      content.push({ text: s.heading, style: 'h2', fontSize: 15, margin: [0, 16, 0, 6], tocItem: chapters > 1, headlineLevel: 1, ...(newPage ? { pageBreak: 'before' } : {}) });
    } else {
      content.push({ text: s.heading, bold: true, fontSize: 11, color: PRIMARY, margin: [0, 8, 0, 3], headlineLevel: 2 });
    }
    content.push(...s.blocks.map(block));
  }
  return documentFrame({
    info: { title: `${doc.title} ${doc.orgName}`, author: doc.orgName, producer: `Kwaliteitsmap ${appVersion}` },
    footerText: `${doc.title} · ${doc.orgName}`,
    content,
  });
}

export async function renderAuthoredPdf(doc: GeneratedDocument, fonts: PackFonts, appVersion: string): Promise<Uint8Array> {
  return renderDefinition(buildAuthoredDefinition(doc, appVersion), fonts);
}
