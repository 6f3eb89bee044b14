/**
 * Turns an error into a log line without personal data. The log may be sent to us by a user, so
 * it keeps only what identifies our code: the error's class name, an errno-style code, a message
 * stripped of anything that could come from the user's files or input, and stack frames reduced
 * to function names and positions inside our own bundle.
 */

const MAX_MESSAGE = 300;
const MAX_FRAMES = 15;

/** Removes paths, URLs, quoted strings, e-mail addresses and long numbers (BSN, phone, ...) from a message. */
export function scrubText(text: string): string {
  return (
    text
      // quoted strings first: file names and values the user typed are usually quoted
      .replace(/'[^']*'|"[^"]*"|`[^`]*`|\u2018[^\u2019]*\u2019|[\u201c\u201e][^\u201d]*\u201d/g, '<tekst>')
      // URLs of any scheme (file:, app:, https:, ...)
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>')
      // Windows paths (C:\... or \\server\...) and any token holding a backslash
      .replace(/(?:\b[a-z]:|\\\\)[\\/]\S*/gi, '<pad>')
      .replace(/\S*\\\S*/g, '<pad>')
      // POSIX paths: a slash followed by more
      .replace(/\S*\/\S+/g, '<pad>')
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<e-mail>')
      // bare file names with an extension
      .replace(/\S+\.[a-z][a-z0-9]{1,4}\b/gi, '<bestand>')
      // runs of digits long enough to be a BSN, phone or account number
      .replace(/\d[\d\s.-]{5,}\d/g, '<nummer>')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_MESSAGE)
  );
}

/**
 * Reduces one V8 stack line. Frames inside `appRoot` keep their position relative to it
 * (out/main/index.js:12:5); frames in Node's own modules keep 'node:...'; anything else
 * becomes '<extern>'.
 */
export function scrubStackLine(line: string, appRoot: string): string | null {
  const m = /^\s*at (?:(?<fn>[^(]+?) )?\(?(?<loc>[^()]+?)\)?$/.exec(line);
  if (!m?.groups) return null;
  const fnRaw = m.groups['fn'] ?? '';
  const fn = fnRaw === '' ? '' : /^(?:async )?(?:new )?[\w$.<>[\] ]{1,80}$/.test(fnRaw) ? fnRaw.trim() : '<fn>';
  const loc = m.groups['loc'] ?? '';
  const where = scrubLocation(loc, appRoot);
  return `at ${fn ? `${fn} ` : ''}(${where})`;
}

function scrubLocation(loc: string, appRoot: string): string {
  if (/^node:[\w/]+:\d+:\d+$/.test(loc)) return loc;
  if (loc === 'native' || loc === '<anonymous>') return loc;
  const posMatch = /:(\d+):(\d+)$/.exec(loc);
  const pos = posMatch ? `:${posMatch[1]}:${posMatch[2]}` : '';
  const file = toSlashes(posMatch ? loc.slice(0, posMatch.index) : loc);
  const root = toSlashes(appRoot).replace(/\/+$/, '');
  if (!root) return '<extern>';
  // Windows paths compare case-insensitively.
  const windows = /^[a-z]:/i.test(root);
  const inside = windows ? file.toLowerCase().startsWith(`${root.toLowerCase()}/`) : file.startsWith(`${root}/`);
  if (!inside) return '<extern>';
  const rel = file.slice(root.length + 1);
  // Only our bundle's own file names are kept; anything odd is dropped.
  return /^[\w./-]{1,200}$/.test(rel) && !rel.includes('..') ? `${rel}${pos}` : '<extern>';
}

function toSlashes(p: string): string {
  return p
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .replace(/^\/([a-z]:)/i, '$1');
}

export function scrubError(error: unknown, appRoot: string): string {
  if (!(error instanceof Error)) {
    return `niet-Error (${typeof error})`;
  }
  const name = /^[A-Za-z_$][\w$]{0,60}$/.test(error.name) ? error.name : 'Error';
  const code = (error as { code?: unknown }).code;
  const codePart = typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? ` [${code}]` : '';
  // System errors (fs, child_process, ...) carry the path they failed on in the message: keep the
  // syscall, never the message.
  const syscall = (error as { syscall?: unknown }).syscall;
  const isSystemError = codePart !== '' || 'path' in error;
  const message = isSystemError
    ? typeof syscall === 'string' && /^[a-z_]{1,30}$/.test(syscall) ? `(${syscall})` : '(systeemfout)'
    : scrubText(String(error.message ?? ''));
  const frames = String(error.stack ?? '')
    .split('\n')
    .filter((l) => /^\s*at /.test(l))
    .slice(0, MAX_FRAMES)
    .map((l) => scrubStackLine(l, appRoot))
    .filter((l): l is string => l !== null);
  return [`${name}${codePart}: ${message}`, ...frames.map((f) => `    ${f}`)].join('\n');
}
