import pdfMake from 'pdfmake';
import type { PackFonts } from './model';
import type { DocDefinition } from './layout';

/** Renders pdfmake definitions with the bundled Roboto fonts; never touches the file system or network. */

let installedFonts: PackFonts | undefined;

function installFonts(fonts: PackFonts): void {
  if (installedFonts === fonts) return;
  pdfMake.virtualfs.writeFileSync('km-Roboto-Regular.ttf', fonts.regular);
  pdfMake.virtualfs.writeFileSync('km-Roboto-Medium.ttf', fonts.bold);
  pdfMake.virtualfs.writeFileSync('km-Roboto-Italic.ttf', fonts.italics);
  pdfMake.virtualfs.writeFileSync('km-Roboto-MediumItalic.ttf', fonts.bolditalics);
  pdfMake.setFonts({
    Roboto: {
      normal: 'km-Roboto-Regular.ttf',
      bold: 'km-Roboto-Medium.ttf',
      italics: 'km-Roboto-Italic.ttf',
      bolditalics: 'km-Roboto-MediumItalic.ttf',
    },
  });
  // Local only: refuse every URL and (in Node) every local path; fonts come from the virtual fs above.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy?.(() => false);
  installedFonts = fonts;
}

export interface RenderOutput {
  /** Generated page (1-based) of every node carrying an `id`. */
  positions: Record<string, number>;
  pageCount: number;
  /** Only when `bytes` was requested. */
  pdf?: Uint8Array;
}

interface NodeInfo {
  id?: string;
  startPosition?: { pageNumber: number };
  pageNumbers?: number[];
  pages?: number;
}

/**
 * Lays out (and optionally serialises) a definition, recording where every anchored node lands.
 * The measuring pass skips serialisation: layout is the part that decides page numbers.
 */
export async function renderDefinition(definition: DocDefinition, fonts: PackFonts, bytes: boolean): Promise<RenderOutput> {
  installFonts(fonts);
  const positions: Record<string, number> = {};
  let pageCount = 0;
  const def = {
    ...definition,
    pageBreakBefore: (node: NodeInfo) => {
      if (node.id && node.startPosition) positions[node.id] = node.startPosition.pageNumber;
      if (node.pages && node.pages > pageCount) pageCount = node.pages;
      return false;
    },
    footer: wrapFooter(definition.footer, (count) => {
      pageCount = count;
    }),
  };
  // Measuring: lay out every page but render none (pdfmake slices its page list before rendering).
  const doc = pdfMake.createPdf(bytes ? def : { ...def, maxPagesNumber: 0 });
  if (!bytes) {
    await doc.getStream();
    return { positions, pageCount };
  }
  const pdf = await doc.getBuffer();
  return { positions, pageCount, pdf };
}

/** pdfmake calls the footer for every page with the page count: the reliable way to learn it. */
function wrapFooter(footer: unknown, onCount: (count: number) => void): unknown {
  return (currentPage: number, pageCount: number, pageSize: unknown) => {
    onCount(pageCount);
    return typeof footer === 'function' ? (footer as (...args: unknown[]) => unknown)(currentPage, pageCount, pageSize) : null;
  };
}
