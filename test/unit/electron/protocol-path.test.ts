import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeForPath, resolveAppRequest } from '../../../electron/main/protocol-path';

let base: string;
let root: string;
const real = (p: string) => fs.realpathSync(p);

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-protocol-'));
  root = path.join(base, 'out', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  fs.writeFileSync(path.join(root, 'assets', 'met spatie.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'geheim');
  fs.mkdirSync(path.join(base, 'out', 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'out', 'renderer-evil', 'x.js'), '');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  fs.symlinkSync(base, path.join(root, 'updir'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function resolve(url: string) {
  return resolveAppRequest(url, root, real);
}

describe('resolveAppRequest', () => {
  it('serves files of the bundle with their MIME type', () => {
    expect(resolve('app://kwaliteitsmap/index.html')).toEqual({
      ok: true,
      filePath: real(path.join(root, 'index.html')),
      mimeType: 'text/html; charset=utf-8',
    });
    const js = resolve('app://kwaliteitsmap/assets/index-abc.js?v=2#x');
    expect(js).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolve('app://kwaliteitsmap/assets/met%20spatie.css')).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
  });

  it('serves index.html for the root and for client-side routes', () => {
    for (const url of ['app://kwaliteitsmap', 'app://kwaliteitsmap/', 'app://kwaliteitsmap/personeel', 'app://kwaliteitsmap/personeel/123']) {
      expect(resolve(url)).toMatchObject({ ok: true, filePath: real(path.join(root, 'index.html')) });
    }
  });

  it('refuses other hosts, schemes, ports and credentials', () => {
    for (const url of ['app://andere/index.html', 'app://kwaliteitsmap:99/index.html', 'app://a:b@kwaliteitsmap/index.html', 'file:///etc/passwd', 'https://kwaliteitsmap/index.html']) {
      expect(resolve(url)).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses traversal in every spelling', () => {
    for (const url of [
      'app://kwaliteitsmap/assets/%2E%2E%2F%2E%2E%2F..%2Fsecret.txt',
      'app://kwaliteitsmap/..%2F..%2Fsecret.txt',
      'app://kwaliteitsmap/assets%5C..%5C..%5C..%5Csecret.txt',
      'app://kwaliteitsmap/index.html%00.js',
      'app://kwaliteitsmap/..%2Frenderer-evil%2Fx.js',
    ]) {
      expect(resolve(url), url).toEqual({ ok: false, status: 403 });
    }
    // The URL parser folds ../ and %2e%2e/ segments itself (as Chromium does), so these look for
    // secret.txt inside the bundle, where it is not.
    expect(resolve('app://kwaliteitsmap/../../secret.txt')).toEqual({ ok: false, status: 404 });
    expect(resolve('app://kwaliteitsmap/%2e%2e/%2e%2e/secret.txt')).toEqual({ ok: false, status: 404 });
  });

  it('refuses symlinks that lead out of the bundle', () => {
    expect(resolve('app://kwaliteitsmap/assets/link.txt')).toEqual({ ok: false, status: 403 });
    expect(resolve('app://kwaliteitsmap/updir/secret.txt')).toEqual({ ok: false, status: 403 });
  });

  it('answers 404 for a missing file and 400 for a broken escape', () => {
    expect(resolve('app://kwaliteitsmap/assets/missing.js')).toEqual({ ok: false, status: 404 });
    expect(resolve('app://kwaliteitsmap/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
    expect(resolve('::')).toEqual({ ok: false, status: 400 });
  });

  it('answers 404 when the bundle itself is missing', () => {
    expect(resolveAppRequest('app://kwaliteitsmap/index.html', path.join(base, 'nope'), real)).toEqual({ ok: false, status: 404 });
  });
});

describe('mimeTypeForPath', () => {
  it('knows the bundle types and falls back to octet-stream', () => {
    expect(mimeTypeForPath('a.woff2')).toBe('font/woff2');
    expect(mimeTypeForPath('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeForPath('a.exe')).toBe('application/octet-stream');
  });
});
