/**
 * The page frame of the documents the provider publishes or adopts (the kwaliteitsverslag, the documents written
 * for her): A4, the house style, Dutch as the document language, and a footer with the document's name and
 * "Pagina X van Y". The bewijspakket has its own frame (layout.ts: smaller margins, a landscape staff matrix).
 */
import { MUTED, PACK_STYLES, type DocDefinition, type PdfNode } from './layout-style';

export interface DocumentFrame {
  /** Document properties: title, author, subject, creator, producer, creationDate. */
  info: Record<string, unknown>;
  /** Left in the footer of every page. */
  footerText: string;
  content: PdfNode[];
}

export function documentFrame({ info, footerText, content }: DocumentFrame): DocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 60],
    info,
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1f2328' },
    styles: PACK_STYLES,
    footer: (currentPage: number, pageCount: number) => ({
      margin: [56, 20, 56, 0],
      columns: [
        { text: footerText, fontSize: 7.5, color: MUTED },
        { text: `Pagina ${currentPage} van ${pageCount}`, alignment: 'right', fontSize: 7.5, color: MUTED, width: 110 },
      ],
    }),
    content,
  };
}
