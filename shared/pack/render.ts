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

/** Lays out and serialises a definition (the verslag, the written documents; the pack uses typeset/). */
export async function renderDefinition(definition: DocDefinition, fonts: PackFonts): Promise<Uint8Array> {
  installFonts(fonts);
  return pdfMake.createPdf(definition).getBuffer();
}
