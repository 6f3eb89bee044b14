import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scrubError, scrubStackLine, scrubText } from '../../../electron/main/log-scrub';
import { RotatingLog } from '../../../electron/main/rotating-log';

const PERSONAL = ['Jan', 'Vries', 'VOG', 'jan@zorg.nl', '123456782', 'Documents', 'Users', 'home', '0612345678'];

function expectNoPersonalData(text: string) {
  for (const word of PERSONAL) expect(text, `leaked "${word}" in: ${text}`).not.toContain(word);
}

describe('scrubText', () => {
  it('removes quoted values, paths, URLs, e-mail addresses and long numbers', () => {
    const out = scrubText(
      `Kan 'VOG Jan de Vries.pdf' niet lezen uit /home/jan/Documents/VOG.pdf of C:\\Users\\Jan de Vries\\Documents\\VOG.pdf ` +
        `(file:///home/jan/x.pdf, https://mail.zorg.nl/?u=jan@zorg.nl) mail jan@zorg.nl bsn 123456782 tel 06-12345678 \\\\server\\share\\Jan`,
    );
    expectNoPersonalData(out);
    expect(out).toContain('Kan <tekst> niet lezen uit <pad>');
  });

  it('leaves an ordinary programming error readable', () => {
    expect(scrubText("Cannot read properties of undefined (reading 'length')")).toBe('Cannot read properties of undefined (reading <tekst>)');
    expect(scrubText('x is not a function')).toBe('x is not a function');
  });

  it('caps the length', () => {
    expect(scrubText('a '.repeat(1000)).length).toBeLessThanOrEqual(300);
  });
});

describe('scrubStackLine', () => {
  const root = '/opt/Kwaliteitsmap/resources/app.asar';
  it('keeps positions inside our bundle, relative to it', () => {
    expect(scrubStackLine(`    at saveFile (${root}/out/main/index.js:120:7)`, root)).toBe('at saveFile (out/main/index.js:120:7)');
    expect(scrubStackLine(`    at ${root}/out/main/index.js:5:1`, root)).toBe('at (out/main/index.js:5:1)');
    expect(scrubStackLine(`    at async Promise.all (index 0)`, root)).toBe('at async Promise.all (<extern>)');
  });
  it('keeps Node internals and hides every other path', () => {
    expect(scrubStackLine('    at open (node:internal/fs/promises:639:25)', root)).toBe('at open (node:internal/fs/promises:639:25)');
    expect(scrubStackLine('    at x (/home/jan/VOG Jan.pdf:1:1)', root)).toBe('at x (<extern>)');
  });
  it('compares Windows paths case-insensitively and accepts file URLs', () => {
    const win = 'C:\\Users\\Jan\\AppData\\Local\\Programs\\kwaliteitsmap\\resources\\app.asar';
    expect(scrubStackLine(`    at f (c:\\users\\jan\\appdata\\local\\programs\\kwaliteitsmap\\resources\\app.asar\\out\\main\\index.js:3:4)`, win)).toBe(
      'at f (out/main/index.js:3:4)',
    );
    expect(scrubStackLine(`    at f (file://${root}/out/main/index.js:3:4)`, root)).toBe('at f (out/main/index.js:3:4)');
  });
  it('drops odd function names', () => {
    expect(scrubStackLine(`    at Object.<anonymous> (${root}/out/main/index.js:1:1)`, root)).toBe('at Object.<anonymous> (out/main/index.js:1:1)');
    expect(scrubStackLine(`    at jan@zorg.nl (${root}/out/main/index.js:1:1)`, root)).toBe('at <fn> (out/main/index.js:1:1)');
  });
});

describe('scrubError', () => {
  const root = '/opt/app';
  it('logs a system error by name, code and syscall: never its message or path', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open '/home/jan/Documents/VOG Jan de Vries.pdf'"), {
      code: 'ENOENT',
      syscall: 'open',
      path: '/home/jan/Documents/VOG Jan de Vries.pdf',
    });
    error.stack = `Error: ${error.message}\n    at open (node:internal/fs/promises:639:25)\n    at readIt (/opt/app/out/main/index.js:10:3)`;
    const out = scrubError(error, root);
    expectNoPersonalData(out);
    expect(out).toBe('Error [ENOENT]: (open)\n    at open (node:internal/fs/promises:639:25)\n    at readIt (out/main/index.js:10:3)');
  });

  it('keeps the class name of our own errors and scrubs their message', () => {
    class HostRequestError extends Error {
      override name = 'HostRequestError';
    }
    const out = scrubError(new HostRequestError('„VOG Jan.pdf” is groter dan 2 GB'), root);
    expect(out.split('\n')[0]).toBe('HostRequestError: <tekst> is groter dan 2 GB');
  });

  it('does not trust the stack: the first line (which repeats the message) is never copied', () => {
    const error = new Error('x');
    error.stack = 'Error: Jan de Vries 123456782\n    at f (/opt/app/out/main/index.js:1:1)';
    const out = scrubError(error, root);
    expectNoPersonalData(out);
  });

  it('handles thrown non-errors', () => {
    expect(scrubError('Jan de Vries', root)).toBe('niet-Error (string)');
    expect(scrubError({ path: '/home/jan' }, root)).toBe('niet-Error (object)');
  });
});

describe('RotatingLog', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('rotates by size and keeps at most N files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-log-'));
    dirs.push(dir);
    const log = new RotatingLog({ dir: path.join(dir, 'logs'), name: 'main', maxBytes: 200, keep: 3 });
    const when = new Date('2025-01-02T03:04:05.000Z');
    for (let i = 0; i < 40; i++) log.write('error', `fout nummer ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`, when);
    const files = fs.readdirSync(path.join(dir, 'logs')).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const f of files) expect(fs.statSync(path.join(dir, 'logs', f)).size).toBeLessThanOrEqual(200);
    const current = fs.readFileSync(log.file(), 'utf8');
    expect(current).toContain('2025-01-02T03:04:05.000Z ERROR fout nummer 39');
    // The oldest entries are gone, the newest are kept.
    const all = files.map((f) => fs.readFileSync(path.join(dir, 'logs', f), 'utf8')).join('');
    expect(all).not.toContain('nummer 00');
    expect(all).toContain('nummer 38');
  });

  it('never throws when the folder cannot be written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-log-'));
    dirs.push(dir);
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, '');
    const log = new RotatingLog({ dir: path.join(blocker, 'logs'), name: 'main', maxBytes: 100, keep: 2 });
    expect(() => log.write('error', 'x')).not.toThrow();
  });
});
