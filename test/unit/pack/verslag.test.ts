/**
 * The kwaliteitsverslag the provider publishes as her own: her introduction and theme texts, unmet items only
 * when she chooses, no app wording, no internal ids, no staff; as PDF and as a Word document whose text
 * round-trips (word/document.xml).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKwaliteitsverslag, buildKwaliteitsverslagDocx, verslagContent, type PackModel } from '../../../shared/pack';
import { loadFonts, makeFixture } from './fixtures';

const popplerMissing = spawnSync('pdftotext', ['-v']).error !== undefined;
const INTRO = 'Wij zijn een kleine thuiszorgorganisatie in Hoogezand met twaalf vaste begeleiders.';
const THEME = 'Wij werken met een vast zorgleefplan dat de wijkverpleegkundige samen met de cliënt opstelt.';

let model: PackModel;
let dir: string;
const ids = () => [...model.sections.flatMap((s) => [s.id, ...s.entries.map((e) => e.id)]), ...model.kaders.map((k) => k.id), ...model.attachments.map((a) => a.documentId)];

beforeAll(async () => {
  model = (await makeFixture()).model;
  dir = mkdtempSync(join(tmpdir(), 'km-verslag-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verslag content', () => {
  it('uses her texts, names unmet items only when she chooses, and says nothing about staff', () => {
    const themeId = model.sections[1]!.id;
    const without = verslagContent(model, { introduction: INTRO, themes: { [themeId]: THEME } });
    expect(without.introduction).toEqual([INTRO]);
    const theme = without.themes.find((t) => t.id === themeId)!;
    expect(theme.toelichting[0]).toBe(THEME);
    // Her theme text replaces the per-requirement toelichtingen; the n.v.t. reason stays, in her words.
    expect(theme.toelichting).toContain('Eis 2 is niet van toepassing: wij leveren geen Wlz-zorg met behandeling.');
    expect(without.themes.flatMap((t) => t.details)).toEqual([]);
    const withUnmet = verslagContent(model, { listUnmet: true });
    expect(withUnmet.themes[0]!.details).toEqual(['Aan eis 3 wordt (nog) niet voldaan.']);
    // Requirements in the kader's words, with the kader's own name for them.
    expect(withUnmet.themes[0]!.requirements[0]).toMatch(/\(Personeel 3\)$/);
    // Under a theme of the same name only the kader's number.
    const renamed = { ...model, sections: [{ ...model.sections[0]!, title: 'Personeel' }] };
    expect(verslagContent(renamed).themes[0]!.requirements[0]).toMatch(/\(nr\. 3\)$/);
    // Without her own introduction a neutral one in the provider's voice.
    expect(withUnmet.introduction[0]).toContain('In dit verslag laat Zorg & Welzijn Noordëlijk zien');
  });
});

describe.skipIf(popplerMissing)('verslag as PDF', () => {
  it('prints her introduction, no internal id and no app wording', { timeout: 120_000 }, async () => {
    const pdf = await buildKwaliteitsverslag(model, { fonts: loadFonts(), introduction: INTRO });
    const path = join(dir, 'verslag.pdf');
    writeFileSync(path, pdf);
    if (process.env.KM_KEEP_VERSLAG) writeFileSync(process.env.KM_KEEP_VERSLAG, pdf);
    const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(INTRO);
    for (const id of ids()) expect(text, id).not.toContain(id);
    expect(text).not.toMatch(/volgens je intake|Upload|Kwaliteitsmap/);
    for (const row of model.staffMatrix!.rows) expect(text).not.toContain(row.name);
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Author:\s+Zorg & Welzijn Noordëlijk/);
  });
});

describe('verslag as Word document', () => {
  it('is a valid .docx whose text round-trips', async () => {
    const themeId = model.sections[0]!.id;
    const bytes = await buildKwaliteitsverslagDocx(model, { introduction: INTRO, themes: { [themeId]: THEME }, listUnmet: true });
    if (process.env.KM_KEEP_DOCX) writeFileSync(process.env.KM_KEEP_DOCX, bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n').replace(/&amp;/g, '&');
    expect(text).toContain('Kwaliteitsverslag');
    expect(text).toContain(INTRO);
    expect(text).toContain(THEME);
    expect(text).toContain('Thema 1. Persoonsgerichte zorg en ondersteuning');
    expect(text).toContain('Er wordt gedeeltelijk voldaan aan bovenstaande eisen.');
    expect(text).toContain('Aan eis 3 wordt (nog) niet voldaan.');
    for (const id of ids()) expect(text, id).not.toContain(id);
    for (const row of model.staffMatrix!.rows) expect(text).not.toContain(row.name);
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:val="nl-NL"');
    expect(strFromU8(files['docProps/core.xml']!)).toContain('Kwaliteitsverslag Zorg &amp; Welzijn Noordëlijk');
  });
});
