/**
 * Separator pages print a document's title and file name as written, in Roboto like the generated pages
 * (Helvetica's WinAnsi turned Turkish, Polish, Greek and Cyrillic letters into '?' or stripped them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEvidencePack, joinParts } from '../../../shared/pack';
import { loadFonts, makeFixture } from './fixtures';

const popplerMissing = spawnSync('pdftotext', ['-v']).error !== undefined;
const dir = mkdtempSync(join(tmpdir(), 'km-separator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('separator pages', () => {
  it.skipIf(popplerMissing)('show a title and file name in other scripts as written, on every page the numbers', async () => {
    const fixture = await makeFixture();
    const title = 'VOG Şükrü Yılmaz, Łukasz Wałęsa, Αθηνά Παπαδοπούλου, Иван Петров';
    const fileName = 'vog-şükrü-αθηνά.pdf';
    const first = fixture.model.attachments[0]!;
    const model = { ...fixture.model, attachments: [{ ...first, title, fileName }, ...fixture.model.attachments.slice(1)] };
    const result = await buildEvidencePack(model, { fonts: loadFonts() });
    const path = join(dir, 'pack.pdf');
    writeFileSync(path, joinParts(result.pdf));
    const placed = result.placed.find((p) => p.documentId === first.documentId)!;
    const separatorPage = placed.startPage;
    const text = spawnSync('pdftotext', ['-f', String(separatorPage), '-l', String(separatorPage), path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(title);
    expect(text).toContain(fileName);
    expect(text).not.toContain('?');
    // The numbers written at the end: the page range and the page's own number.
    expect(text).toContain(`pagina ${separatorPage + 1}`);
    expect(text).toContain(`Pagina ${separatorPage} van ${result.pageCount}`);
    const fonts = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/KMAAAA\+Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    // One subset per face for the whole pack: the separators and the generated pages share it.
    expect(fonts.match(/Roboto-Regular/g)).toHaveLength(1);
    expect(fonts.match(/Roboto-Medium/g)).toHaveLength(1);
  });
});
