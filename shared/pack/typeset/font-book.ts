/** The four Roboto faces of the pack: measuring text, and the glyphs each page uses (for the subsets). */
import type { PackFonts } from '../model';
import { parseTrueType, type TrueTypeFont } from './truetype';
import type { TextStyle } from './types';

export type FaceKey = 'regular' | 'bold' | 'italics' | 'bolditalics';

export interface Face {
  key: FaceKey;
  font: TrueTypeFont;
  /** Glyph id → the text it stands for (the ToUnicode map of the subset). */
  used: Map<number, string>;
  /** Advance per code point in font units (cached: every character of ~60 pages is measured). */
  advances: Map<number, number>;
}

/** Parsed faces per PackFonts object: parsing is cheap, but a worker builds several packs with the same fonts. */
const parsed = new WeakMap<PackFonts, Record<FaceKey, TrueTypeFont>>();

function parseAll(fonts: PackFonts): Record<FaceKey, TrueTypeFont> {
  let faces = parsed.get(fonts);
  if (!faces) {
    faces = {
      regular: parseTrueType(fonts.regular),
      bold: parseTrueType(fonts.bold),
      italics: parseTrueType(fonts.italics),
      bolditalics: parseTrueType(fonts.bolditalics),
    };
    parsed.set(fonts, faces);
  }
  return faces;
}

export class FontBook {
  readonly faces: Record<FaceKey, Face>;

  constructor(fonts: PackFonts) {
    const all = parseAll(fonts);
    const face = (key: FaceKey): Face => ({ key, font: all[key], used: new Map(), advances: new Map() });
    this.faces = { regular: face('regular'), bold: face('bold'), italics: face('italics'), bolditalics: face('bolditalics') };
  }

  face(style: Pick<TextStyle, 'bold' | 'italics'>): Face {
    if (style.bold) return style.italics ? this.faces.bolditalics : this.faces.bold;
    return style.italics ? this.faces.italics : this.faces.regular;
  }

  /** Width in points, character spacing included (it follows every character, as in PDF's Tc). */
  width(text: string, style: TextStyle): number {
    const face = this.face(style);
    let units = 0;
    let count = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      let adv = face.advances.get(cp);
      if (adv === undefined) {
        adv = face.font.advance(face.font.glyphFor(cp) || face.font.glyphFor(63));
        face.advances.set(cp, adv);
      }
      units += adv;
      count++;
    }
    return (units / face.font.unitsPerEm) * style.fontSize + count * style.characterSpacing;
  }

  /** Ascent and descent (positive, below the baseline) in points. */
  metrics(style: TextStyle): { ascent: number; descent: number } {
    const { font } = this.face(style);
    return { ascent: (font.ascender / font.unitsPerEm) * style.fontSize, descent: (-font.descender / font.unitsPerEm) * style.fontSize };
  }

  /**
   * The 2-byte glyph ids of `text` as a PDF hex string body, recording each glyph for the subset. A letter
   * Roboto lacks (other scripts than Latin, Greek and Cyrillic) is written as '?', as the measuring assumed.
   */
  encode(text: string, style: Pick<TextStyle, 'bold' | 'italics'>): string {
    const face = this.face(style);
    let hex = '';
    for (let ch of text) {
      let glyph = face.font.glyphFor(ch.codePointAt(0) as number);
      if (glyph === 0) {
        ch = '?';
        glyph = face.font.glyphFor(63);
      }
      if (glyph !== 0 && !face.used.has(glyph)) face.used.set(glyph, ch);
      hex += glyph.toString(16).padStart(4, '0');
    }
    return hex;
  }
}
