/** Text on stamps and notes (Helvetica, WinAnsi): Dutch as is, other Latin names readable. Separators: separator-text.test.ts. */
import { StandardFonts, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toWinAnsi } from '../../../shared/pack/separator';

const charset = async () => new Set((await PDFDocument.create()).embedStandardFont(StandardFonts.Helvetica).getCharacterSet());

describe('toWinAnsi', () => {
  it('keeps Dutch and what WinAnsi has (ë, é, ï, €, ø, ß, œ, quotes and dashes)', async () => {
    const set = await charset();
    const text = 'Zoë’s café – België, €12, Søren, Straße, cœur “zo”';
    expect(toWinAnsi(text, set)).toBe(text);
  });

  it('strips accents WinAnsi lacks and writes letters without one as they are read: no ? in a Latin name', async () => {
    const set = await charset();
    expect(toWinAnsi('Şükrü Yılmaz', set)).toBe('Sükrü Yilmaz');
    expect(toWinAnsi('Łukasz Wałęsa', set)).toBe('Lukasz Walesa');
    expect(toWinAnsi('Đorđe Čović', set)).toBe('Djordje Covic');
    expect(toWinAnsi('Əliyev', set)).toBe('Eliyev');
  });

  it('other scripts become ?, control characters a space', async () => {
    const set = await charset();
    expect(toWinAnsi('Ωmega 名前', set)).toBe('?mega ??');
    expect(toWinAnsi('a\u0007b', set)).toBe('a b');
  });
});
