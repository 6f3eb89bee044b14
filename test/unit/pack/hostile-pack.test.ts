/**
 * Issue #14: a pack built from hostile attachments carries no active content (checked with `qpdf --qdf` over
 * every object, not only the catalogue) and no attachment keeps a name its content contradicts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvidencePack, buildPackZip, joinParts, zipBytes, type PackAttachment, type PackModel, type PackResult } from '../../../shared/pack';
import { findActiveContent } from '../../../shared/files/active-content';
import { parsePdfContext } from '../../../shared/pack/inspect';
import { makeHostilePdf, makePolyglot } from '../../fixtures/hostile/make-hostile';
import { loadFonts, makeFixture, sha256Hex } from './fixtures';

const qpdfMissing = spawnSync('qpdf', ['--version']).error !== undefined;
/** The keys and action types issue #14 lists; none may appear in any object of the pack. */
const FORBIDDEN = ['/JavaScript', '/JS', '/AA', '/Launch', '/SubmitForm', '/ImportData', '/GoToE', '/GoToR', '/EmbeddedFile', '/EmbeddedFiles', '/EF', '/OpenAction', '/XFA', '/FileAttachment', '/RichMedia'];

let dir: string;
let result: PackResult;
let model: PackModel;
let hostile: Uint8Array;

function attachment(documentId: string, fileName: string, bytes: Uint8Array): PackAttachment {
  return { documentId, title: fileName, fileName, fileKind: 'pdf', mimeType: 'application/pdf', size: bytes.length, sha256: sha256Hex(bytes), requirementIds: ['mg.clientgerichtheid.klachten'], personal: false, bytes };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'km-hostile-'));
  hostile = await makeHostilePdf();
  const polyglot = await makePolyglot();
  model = (await makeFixture()).model;
  model.attachments = [attachment('d-klacht', 'klachtenregeling.html', polyglot), attachment('d-foto', 'factuur\u202Efdp.exe', hostile)];
  for (const a of model.attachments) for (const e of model.sections.flatMap((s) => s.entries)) for (const d of e.documents) if (d.documentId === a.documentId) d.sha256 = a.sha256;
  result = await buildEvidencePack(model, { fonts: loadFonts() });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile attachments in the pack', () => {
  it('the source really carries every kind of active content', async () => {
    const kinds = findActiveContent(await parsePdfContext(hostile));
    expect(kinds).toEqual(expect.arrayContaining(['javascript', 'auto-action', 'launch', 'submit-form', 'import-data', 'other-file', 'embedded-file', 'open-action', 'xfa']));
  });

  it('both attachments are merged', () => {
    expect(result.placed.map((p) => p.documentId).sort()).toEqual(['d-foto', 'd-klacht']);
  });

  it('the pack has no active content anywhere (pdf-lib parse of every object)', async () => {
    expect(findActiveContent(await parsePdfContext(joinParts(result.pdf)))).toEqual([]);
  });

  it.skipIf(qpdfMissing)('qpdf --qdf: no forbidden key in any object, the web link survives, the program bytes are gone', () => {
    const input = join(dir, 'pack.pdf');
    const output = join(dir, 'pack-qdf.pdf');
    writeFileSync(input, joinParts(result.pdf));
    const run = spawnSync('qpdf', ['--qdf', '--object-streams=disable', input, output]);
    expect([0, 3]).toContain(run.status);
    const text = readFileSync(output, 'latin1');
    const objects = text.split(/\n(?=\d+ 0 obj\b)/);
    expect(objects.length).toBeGreaterThan(20);
    for (const key of FORBIDDEN) {
      const hits = objects.filter((o) => new RegExp(`${key.replace('/', '\\/')}(?![A-Za-z])`).test(o.replace(/stream\n[\s\S]*?endstream/g, '')));
      expect(hits, key).toEqual([]);
    }
    expect(text).toContain('https://www.rijksoverheid.nl/');
    expect(text).not.toContain('app.alert');
    expect(text).not.toContain('cmd.exe');
    expect(text).not.toContain('factuur.pdf.exe');
  });

  it('the separator says the active content was removed', () => {
    const input = join(dir, 'pack-text.pdf');
    writeFileSync(input, joinParts(result.pdf));
    const out = spawnSync('pdftotext', [input, '-'], { encoding: 'utf8' });
    if (out.error) return;
    expect(out.stdout.toUpperCase()).toContain('ACTIEVE INHOUD VERWIJDERD');
    expect(out.stdout).toContain('JavaScript');
  });

  it('ZIP names follow the content and carry no bidi override', async () => {
    const { zip } = await buildPackZip(model, result);
    const names = Object.keys(unzipSync(await zipBytes(zip)));
    expect(names.some((n) => n.startsWith('bijlagen/') && n.endsWith('/klachtenregeling.pdf'))).toBe(true);
    expect(names.some((n) => /\.html$|\.exe$/i.test(n))).toBe(false);
    expect(names.some((n) => /[\u202a-\u202e\u2066-\u2069]/.test(n))).toBe(false);
    expect(names.some((n) => n.startsWith('bijlagen/') && n.endsWith('/factuurfdp.pdf'))).toBe(true);
  });
});
