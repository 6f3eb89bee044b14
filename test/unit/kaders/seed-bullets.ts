/**
 * Derives the list of bullets from the two source documents, so the traceability tables can be checked
 * against the documents themselves. CI has the seeds at ../shared/seeds relative to the repo root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SeedBullet {
  /** Section id as used in the kader. */
  section: string;
  /** '3', '3.a' (kader 003) or '2', 'I.4', 'V.1' (kader 001). */
  ref: string;
  text: string;
}

// SEEDS_DIR in the environment points elsewhere (a git worktree has no ../shared beside it).
export const SEEDS_DIR = process.env['SEEDS_DIR'] ?? resolve(__dirname, '../../../../shared/seeds');
export const MG_WMO_SEED = resolve(SEEDS_DIR, '003_63b106c29de7d624.txt');
export const WLZ_SEED = resolve(SEEDS_DIR, '001_7c97824c50b30050.txt');

export function seedAvailable(path: string): boolean {
  return existsSync(path);
}

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Kader 003: section headings, main bullets (a lost glyph, now a leading space) and "o" sub-bullets. */
export function extractMgWmoBullets(text: string): SeedBullet[] {
  const headings: [RegExp, string][] = [
    [/^Veiligheid$/, 'veiligheid'],
    [/^De aanbieder beschikt over vakbekwaam personeel/, 'personeel'],
    [/^Passende fysieke omgeving/, 'fysieke-omgeving'],
    [/^Kwaliteitsborging en lerend vermogen/, 'kwaliteitsborging'],
    [/^Doelmatig, doeltreffend en cliëntgerichtheid/, 'clientgerichtheid'],
    [/^Rechtmatigheid van geleverde zorg/, 'rechtmatigheid'],
  ];
  const bullets: SeedBullet[] = [];
  let section: string | undefined;
  let main = 0;
  let sub = 0;
  let current: SeedBullet | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const heading = headings.find(([re]) => re.test(line.trim()));
    if (heading && !/^ \S/.test(line)) {
      section = heading[1];
      main = 0;
      current = undefined;
      continue;
    }
    if (!section) continue;
    const mainMatch = /^ (\S.*)$/.exec(line);
    const subMatch = /^o (.*)$/.exec(line);
    if (mainMatch) {
      main++;
      sub = 0;
      current = { section, ref: String(main), text: mainMatch[1]! };
      bullets.push(current);
    } else if (subMatch) {
      sub++;
      current = { section, ref: `${main}.${String.fromCharCode(96 + sub)}`, text: subMatch[1]! };
      bullets.push(current);
    } else if (current && line.trim()) {
      // Continuation lines and the short paragraphs that belong to the bullet above.
      current.text += ` ${line.trim()}`;
    }
  }
  return bullets.map((b) => ({ ...b, text: normal(b.text) }));
}

/** Kader 001: the eight theme headings; "•" bullets; in the last theme the criteria (I), process (P) and requirements (V). */
export function extractWlzBullets(text: string): SeedBullet[] {
  const themes: [string, string][] = [
    ['Persoonsgerichte zorg en ondersteuning', 'persoonsgerichte-zorg'],
    ['Multidisciplinaire aanpak', 'multidisciplinaire-aanpak'],
    ['Verantwoord thuis wonen', 'verantwoord-thuis-wonen'],
    ['Wonen en welzijn', 'wonen-en-welzijn'],
    ['Veiligheid', 'veiligheid'],
    ['Leren en verbeteren', 'leren-en-verbeteren'],
    ['Leiderschap, governance en management', 'leiderschap-governance-management'],
    ['Gebruik van informatie', 'gebruik-van-informatie'],
  ];
  const bullets: SeedBullet[] = [];
  let section: string | undefined;
  let prefix = '';
  let n = 0;
  let current: SeedBullet | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const theme = themes.find(([title]) => title === line);
    if (theme) {
      section = theme[1];
      prefix = '';
      n = 0;
      current = undefined;
      continue;
    }
    if (line === 'Implementatie') break;
    if (!section) continue;
    if (section === 'gebruik-van-informatie') {
      if (line.startsWith('Het door de zorgorganisatie gekozen instrument')) [prefix, n] = ['I.', 0];
      else if (line.startsWith('Voor de keuze en gebruik van het instrument')) [prefix, n] = ['P.', 0];
      else if (line.startsWith('Vereisten')) [prefix, n] = ['V.', 0];
    }
    if (line.startsWith('•')) {
      n++;
      current = { section, ref: `${prefix}${n}`, text: line.slice(1) };
      bullets.push(current);
    } else if (current && line && !prefixLine(line)) {
      current.text += ` ${line}`;
    }
  }
  return bullets.map((b) => ({ ...b, text: normal(b.text) }));
}

function prefixLine(line: string): boolean {
  return line.startsWith('Vereiste') || line.startsWith('Voor de keuze') || line.startsWith('Het door de');
}

export function readSeed(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Rows of a traceability table: | ref | section | bullet | first words | requirement ids |. */
export interface TraceRow {
  section: string;
  ref: string;
  words: string;
  ids: string[];
}

export function parseTraceability(markdown: string, sourceTag: string): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const cells = line.split('|').map((c) => c.trim());
    // ['', tag, section, ref, words, ids, '']
    if (cells.length < 7 || cells[1] !== sourceTag) continue;
    rows.push({
      section: cells[2]!,
      ref: cells[3]!,
      words: cells[4]!.replace(/…$/, '').trim(),
      ids: cells[5]!.split(',').map((s) => s.replace(/`/g, '').trim()).filter(Boolean),
    });
  }
  return rows;
}
