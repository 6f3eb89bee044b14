/**
 * Renders generated documents as PDF (pdfmake, pack house style) and Word (.docx), then reads them back with
 * the tools a user's computer would use: pdftotext for the PDF, unzip + the XML for the .docx.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDocument, getDocumentKind, withPrefill, type AuthoringContext, type Answers } from '../../../shared/authoring';
import { renderAuthoredDocx } from '../../../renderer/src/workers/authoring-docx';
import { renderAuthoredPdf } from '../../../shared/authoring/render-pdf';
import { loadFonts } from '../pack/fixtures';
import { AGENCY_ANSWERS, ZZP_ANSWERS, agencyContext, zzpContext } from './profiles';

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd]);
    return true;
  } catch {
    return false;
  }
};
const OUT = join(process.cwd(), 'test-results', 'authoring');

function docFor(kindId: string, ctx: AuthoringContext, typed: Answers) {
  const kind = getDocumentKind(kindId)!;
  return generateDocument(kind, ctx, withPrefill(kind, ctx, typed), { on: '2026-12-01', by: ctx.contactPerson ?? 'Eigenaar' });
}

describe.runIf(has('pdftotext'))('rendering generated documents', () => {
  const fonts = loadFonts();
  mkdirSync(OUT, { recursive: true });

  it.each([
    ['meldcode', 'zzp', zzpContext, ZZP_ANSWERS],
    ['kwaliteitshandboek', 'bureau', agencyContext, AGENCY_ANSWERS],
    ['klachtenregeling', 'zzp', zzpContext, ZZP_ANSWERS],
  ] as const)('%s as PDF reads back with pdftotext (%s)', async (kindId, label, makeCtx, typed) => {
    const doc = docFor(kindId, makeCtx(), typed);
    const pdf = await renderAuthoredPdf(doc, fonts, 'test');
    const file = join(OUT, `${kindId}-${label}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain(doc.title);
    expect(text).toContain('Vastgesteld op 01-12-2026');
    expect(text).toMatch(/herzien uiterlijk 30-11-2027/);
    expect(text).toMatch(/Pagina 1 van \d+/);
    for (const s of doc.sections.slice(0, 6)) expect(text).toContain(s.heading);
    if (kindId === 'meldcode') expect(text).toContain('0800-2000');
    if (kindId === 'kwaliteitshandboek') expect(text).toContain('Inhoud');
  });

  it.each([
    ['meldcode', 'zzp', zzpContext, ZZP_ANSWERS],
    ['kwaliteitshandboek', 'bureau', agencyContext, AGENCY_ANSWERS],
  ] as const)('%s as .docx unzips to well-formed Word XML with the text (%s)', async (kindId, label, makeCtx, typed) => {
    const doc = docFor(kindId, makeCtx(), typed);
    const bytes = await renderAuthoredDocx(doc);
    writeFileSync(join(OUT, `${kindId}-${label}.docx`), bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(doc.title);
    expect(text).toContain('Vastgesteld op 01-12-2026');
    for (const s of doc.sections) expect(text).toContain(s.heading.replace(/&/g, '&amp;'));
    expect(strFromU8(files['word/styles.xml']!)).toContain('nl-NL');
  });
});

describe.runIf(has('soffice') && has('pdftotext'))('LibreOffice opens the Word files', () => {
  it('converts the handboek .docx to PDF with every chapter heading and numbered steps', async () => {
    mkdirSync(OUT, { recursive: true });
    const doc = docFor('kwaliteitshandboek', agencyContext(), AGENCY_ANSWERS);
    const file = join(OUT, 'lo-handboek.docx');
    writeFileSync(file, await renderAuthoredDocx(doc));
    const outDir = join(OUT, 'lo');
    // A private profile directory, so a LibreOffice the user has open is never touched.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file], { timeout: 240_000 });
    const text = execFileSync('pdftotext', ['-layout', join(outDir, 'lo-handboek.pdf'), '-']).toString();
    for (const s of doc.sections.filter((x) => x.level === 1)) expect(text).toContain(s.heading);
    expect(text).toMatch(/1\.\s+Blijf rustig/);
    expect(text).toMatch(/Pagina 1 van \d+/);
  }, 300_000);
});
