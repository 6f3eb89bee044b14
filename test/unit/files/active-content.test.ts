/** Issue #14: the import names the active content it found and says it stays out of the pack. */
import { describe, expect, it } from 'vitest';
import { detectActiveContent } from '../../../shared/files/active-content';
import { nameForType, stripHiddenCharacters } from '../../../shared/files/content-name';
import { validateImport } from '../../../shared/files/validate-import';
import { makePdf } from '../../fixtures/make-pdf';
import { ALL_ACTIVE_KINDS, makeHostilePdf, makePolyglot, type ActiveKind } from '../../fixtures/hostile/make-hostile';

const EXPECTED: Record<ActiveKind, string> = {
  'page-aa': 'auto-action',
  'javascript-link': 'javascript',
  launch: 'launch',
  'submit-form': 'submit-form',
  'import-data': 'import-data',
  'goto-remote': 'other-file',
  'goto-embedded': 'other-file',
  'field-keystroke': 'auto-action',
  'embedded-file': 'embedded-file',
  'open-action': 'open-action',
  'names-javascript': 'javascript',
  xfa: 'xfa',
};

describe('active content detection', () => {
  it.each(ALL_ACTIVE_KINDS)('finds %s on its own', async (kind) => {
    expect(await detectActiveContent(await makeHostilePdf([kind]))).toContain(EXPECTED[kind]);
  });

  it('a plain PDF with a web link has none', async () => {
    expect(await detectActiveContent(await makeHostilePdf([]))).toEqual([]);
    expect(await detectActiveContent(await makePdf())).toEqual([]);
  });

  it('the import accepts the hostile PDF and says in Dutch what was found and that it stays out of the pack', async () => {
    const check = await validateImport({ bytes: await makeHostilePdf(), name: 'klachtenregeling.pdf' });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.note).toContain('actieve inhoud');
    expect(check.note).toContain('JavaScript');
    expect(check.note).toContain('een opdracht die een programma start');
    expect(check.note).toContain('ingesloten bestanden');
    expect(check.note).toContain('niet mee in het bewijspakket');
  });

  it('the HTML/PDF polyglot is stored under a .pdf name, with a note', async () => {
    const check = await validateImport({ bytes: await makePolyglot(), name: 'klachtenregeling.html' });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.suggestedName).toBe('klachtenregeling.pdf');
    expect(check.note).toContain('‘.html’');
  });

  it('names lose control and bidi characters and get the extension of their content', () => {
    expect(stripHiddenCharacters('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
    expect(stripHiddenCharacters('a\u0000b\u2066c\u200Fd')).toBe('abcd');
    expect(nameForType('factuur\u202Efdp.exe', 'pdf')).toBe('factuurfdp.pdf');
    expect(nameForType('scan.JPEG', 'jpeg')).toBe('scan.JPEG');
    expect(nameForType('poster', 'png')).toBe('poster.png');
    expect(nameForType('x.html', 'unknown')).toBe('x.bin');
  });
});
