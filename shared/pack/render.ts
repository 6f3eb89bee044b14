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
  /** Page (1-based) of every leaf/node carrying an `id`, after `relocate`. */
  positions: Record<string, number>;
  pageCount: number;
  pdf: Uint8Array;
}

interface NodeInfo {
  id?: string;
  startPosition?: { pageNumber: number };
  pages?: number;
}

/**
 * Lays out and serialises a definition, recording where every anchored node lands. `relocate` maps an
 * anchored node's layout page to the page number printed wherever a `pageReference` points at it (pages that
 * will be inserted later, see layout.ts).
 */
export async function renderDefinition(
  definition: DocDefinition,
  fonts: PackFonts,
  relocate: (anchor: string, layoutPage: number) => number = (_anchor, page) => page,
): Promise<RenderOutput> {
  installFonts(fonts);
  const positions: Record<string, number> = {};
  let pageCount = 0;
  const def = {
    ...definition,
    // Called once per node after layout and before rendering (never for nodes with pageBreak 'before'); never
    // asks for a break. pdfmake 0.3 prints a pageReference from this very position object when it renders
    // (Renderer.preparePageNodeRefLine), so renumbering it here is what shifts the printed number; the pack
    // tests read the numbers back from the PDF. Layout is finished, so nothing else reads it any more.
    pageBreakBefore: (node: NodeInfo) => {
      if (node.id && node.startPosition) {
        const page = relocate(node.id, node.startPosition.pageNumber);
        node.startPosition.pageNumber = page;
        positions[node.id] = page;
      }
      if (node.pages && node.pages > pageCount) pageCount = node.pages;
      return false;
    },
  };
  const pdf = await pdfMake.createPdf(def).getBuffer();
  return { positions, pageCount, pdf };
}
