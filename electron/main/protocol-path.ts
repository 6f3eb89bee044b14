import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type AppRequestResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404 };

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function mimeTypeForPath(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://kwaliteitsmap/... request onto a file inside the built renderer folder.
 * - other schemes or hosts: 403;
 * - a path that, after decoding and normalising, or after following symlinks (realpath), lies
 *   outside `rootDir`: 403;
 * - a path without a file extension is a client-side route and gets index.html (history routing);
 * - a missing file: 404.
 * `realpath` is injected so the check runs on the real file system in tests too.
 */
export function resolveAppRequest(
  requestUrl: string,
  rootDir: string,
  realpath: (p: string) => string,
): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Backslashes and NUL never occur in our bundle's URLs; on Windows a backslash is a separator.
  if (pathname.includes('\\') || pathname.includes('\0')) return { ok: false, status: 403 };
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  let relative = segments.join('/');
  if (relative === '' || path.posix.extname(relative) === '') relative = 'index.html';

  let realRoot: string;
  try {
    realRoot = realpath(path.resolve(rootDir));
  } catch {
    return { ok: false, status: 404 };
  }
  const candidate = path.resolve(realRoot, ...relative.split('/'));
  if (!isInside(realRoot, candidate)) return { ok: false, status: 403 };
  let realFile: string;
  try {
    realFile = realpath(candidate);
  } catch {
    return { ok: false, status: 404 };
  }
  // A symlink inside the bundle must not lead out of it.
  if (!isInside(realRoot, realFile)) return { ok: false, status: 403 };
  return { ok: true, filePath: realFile, mimeType: mimeTypeForPath(realFile) };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
