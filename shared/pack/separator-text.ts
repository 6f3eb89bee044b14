/**
 * Text on the separator pages in Roboto, as on the generated pages: a name is printed as written (Polish,
 * Turkish, Greek, Cyrillic …), where Helvetica's WinAnsi turned other scripts into '?'. The separators are
 * written to the sink one by one, before all their glyphs are known, so the two faces get refs at once and
 * are embedded (as subsets) when the pack is finished. The generated pages use the same two faces through
 * the same FontBook (`shared`): one subset of each for the whole pack.
 */
import { PDFName, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { PackFonts } from './model';
import { FontBook, type FaceKey } from './typeset/font-book';
import type { SharedFonts } from './typeset';
import { embedType0Font } from './typeset/font-embed';
import type { TextStyle } from './typeset/types';

const NAMES = { regular: PDFName.of('KmSepRegular'), bold: PDFName.of('KmSepBold') } as const;

export interface SeparatorTextStyle {
  size: number;
  bold?: boolean;
  /** "r g b" with components 0–1. */
  rgb: string;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export class SeparatorText {
  private readonly book: FontBook;
  readonly refs: { regular: PDFRef; bold: PDFRef };

  constructor(
    private readonly ctx: PDFContext,
    fonts: PackFonts,
  ) {
    this.book = new FontBook(fonts);
    this.refs = { regular: ctx.nextRef(), bold: ctx.nextRef() };
  }

  private style(size: number, bold = false): TextStyle {
    return { fontSize: size, bold, italics: false, color: '#000000', lineHeight: 1, characterSpacing: 0, alignment: 'left' };
  }

  width(text: string, size: number, bold = false): number {
    return this.book.width(text, this.style(size, bold));
  }

  /** Content operators showing `text` with its baseline at (x, y) in PDF coordinates. */
  show(text: string, x: number, y: number, { size, bold, rgb }: SeparatorTextStyle): string {
    const name = bold ? NAMES.bold : NAMES.regular;
    return `BT ${name.toString()} ${fmt(size)} Tf 0 Tc ${rgb} rg 1 0 0 1 ${fmt(x)} ${fmt(y)} Tm <${this.book.encode(text, this.style(size, bold))}> Tj ET\n`;
  }

  /** Adds both faces to a page's resources (a page uses both). */
  addTo(resources: PDFDict): void {
    let fonts = resources.lookup(PDFName.of('Font'));
    if (!fonts) {
      fonts = this.ctx.obj({});
      resources.set(PDFName.of('Font'), fonts);
    }
    (fonts as PDFDict).set(NAMES.regular, this.refs.regular);
    (fonts as PDFDict).set(NAMES.bold, this.refs.bold);
  }

  /** The faces the generated pages leave to this class to embed, and the book that records their glyphs. */
  get shared(): SharedFonts {
    return { book: this.book, faces: ['regular', 'bold'] satisfies FaceKey[] };
  }

  /** The ref of `face` in the pack: the generated pages' placeholder for it is mapped onto this one. */
  refOf(face: FaceKey): PDFRef | undefined {
    return face === 'regular' ? this.refs.regular : face === 'bold' ? this.refs.bold : undefined;
  }

  /** Embeds the glyphs the separators and the generated pages used into the refs the pages point at. */
  finish(): void {
    embedType0Font(this.ctx, this.book.faces.regular.font, this.book.faces.regular.used, 'KMAAAA', this.refs.regular);
    embedType0Font(this.ctx, this.book.faces.bold.font, this.book.faces.bold.used, 'KMAAAB', this.refs.bold);
  }
}
