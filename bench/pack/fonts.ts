import { readFileSync } from 'node:fs';
import type { PackFonts } from '../../shared/pack';

/** The app's fonts from resources/ (BENCH_ROOT is the repository root; the children run bundled elsewhere). */
export function loadFonts(): PackFonts {
  const root = process.env.BENCH_ROOT ?? new URL('../..', import.meta.url).pathname;
  const read = (name: string) => new Uint8Array(readFileSync(`${root}/resources/fonts/${name}`));
  return {
    regular: read('Roboto-Regular.ttf'),
    bold: read('Roboto-Medium.ttf'),
    italics: read('Roboto-Italic.ttf'),
    bolditalics: read('Roboto-MediumItalic.ttf'),
  };
}
