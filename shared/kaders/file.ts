/**
 * Kader files: the documented JSON format (docs/kaders.md) read from and written to a file, so a user
 * can import her gemeente's kader, share an adapted one and receive a newer version.
 *
 * A kader file is data only. It is decoded as strict UTF-8, parsed with JSON.parse (never evaluated),
 * walked with hard limits (size, depth, counts, string length) before the schema sees it, and then
 * checked by the same loader as the built-in kaders. Internet addresses are refused: the app never
 * fetches anything, so a reference to one could only mislead. Every problem comes back as one Dutch
 * line that says where it is; nothing is returned unless the whole file is valid.
 */
import { strFromU8, strToU8 } from 'fflate';
import { locateJsonSyntaxError } from './json-syntax';
import { safeLoadKader } from './load';
import type { Kader } from './schema';

/** The two built-in kaders are about 60 KB; a megabyte leaves room for a very large gemeente kader. */
export const MAX_KADER_FILE_BYTES = 1024 * 1024;
export const KADER_FILE_EXTENSION = 'json';
const MAX_DEPTH = 12;
const MAX_STRING = 5000;
const MAX_ARRAY = 2000;
const MAX_NODES = 200_000;
const MAX_ERRORS = 50;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ADDRESS = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/|www\.|javascript:|data:|file:)/i;

export type KaderFileResult = { ok: true; kader: Kader } | { ok: false; errors: string[] };

function fail(...errors: string[]): KaderFileResult {
  return { ok: false, errors };
}

/** Where a path in the file is, in words: "eis 4 ('x.y.z'), veld scope.level". */
export function describeLocation(path: readonly (string | number)[], json: unknown): string {
  if (path.length === 0) return 'het bestand als geheel';
  const [head, index, ...rest] = path;
  if ((head === 'requirements' || head === 'sections') && typeof index === 'number') {
    const list = (json as Record<string, unknown>)[head];
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const id = item && typeof item.id === 'string' ? ` ('${item.id.slice(0, 80)}')` : '';
    const what = head === 'requirements' ? 'eis' : 'sectie';
    return `${what} ${index + 1}${id}${rest.length ? `, veld ${rest.join('.')}` : ''}`;
  }
  return `veld ${path.join('.')}`;
}

const TYPE_WORDS: Record<string, string> = { string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een object', boolean: 'true of false' };

/** zod's Dutch still names JSON types in English; say it the way a kader author reads it. */
function plainer(message: string): string {
  return message
    .replace(/^Ongeldige invoer: verwacht (\w+), ontving undefined$/, (_, t: string) => `ontbreekt (verwacht ${TYPE_WORDS[t] ?? t})`)
    .replace(/^Ongeldige invoer: verwacht (\w+), ontving (\w+)$/, (_, t: string, got: string) => `verwacht ${TYPE_WORDS[t] ?? t}, maar dit is ${TYPE_WORDS[got] ?? got}`)
    .replace(/^Te (kort|klein): verwacht dat (string|array) >=(\d+) \w+ heeft$/, (_, w: string, o: string, n: string) => `te ${w}: minstens ${n} ${o === 'string' ? 'tekens' : n === '1' ? 'onderdeel' : 'onderdelen'}`)
    .replace(/^Te (lang|groot): verwacht dat (string|array) <=(\d+) \w+ heeft$/, (_, w: string, o: string, n: string) => `te ${w}: hooguit ${n} ${o === 'string' ? 'tekens' : 'onderdelen'}`)
    .replace(/^Te (klein|groot): verwacht dat number (>=|<=)(\d+) is$/, (_, w: string, op: string, n: string) => `te ${w}: ${op === '>=' ? 'minstens' : 'hooguit'} ${n}`);
}

/** Rewrites the loader's zod lines ("requirements.3.text: …") into located Dutch lines. */
function locate(errors: readonly string[], json: unknown): string[] {
  return errors.map((line) => {
    const m = /^([A-Za-z0-9_.]+): (.*)$/s.exec(line);
    if (!m || !/^(requirements|sections|id|title|shortTitle|issuer|version|source|validity)\b/.test(m[1]!)) return line;
    const path = m[1]!.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return `${describeLocation(path, json)}: ${plainer(m[2]!)}`;
  });
}

/** Walks parsed JSON iteratively and reports what no kader can contain. */
function limitErrors(root: unknown): string[] {
  const errors: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { value, path } = stack.pop()!;
    if (++nodes > MAX_NODES) return [...errors, 'Het bestand bevat veel te veel gegevens voor een kader.'];
    const where = () => describeLocation(path, root);
    if (path.length > MAX_DEPTH) {
      errors.push(`${where()}: de gegevens zijn te diep genest voor een kader`);
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) errors.push(`${where()}: de tekst is langer dan ${MAX_STRING} tekens`);
      else if (ADDRESS.test(value)) errors.push(`${where()}: bevat een internet- of bestandsadres; een kaderbestand mag alleen tekst bevatten (noem de bron in woorden)`);
    } else if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY) errors.push(`${where()}: de lijst heeft meer dan ${MAX_ARRAY} onderdelen`);
      else value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) errors.push(`${where()}: de veldnaam '${key}' is niet toegestaan`);
        else stack.push({ value: v, path: [...path, key] });
      }
    }
  }
  return errors;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Reads a kader file's bytes; on success the kader is exactly what the loader accepted. */
export function parseKaderFile(bytes: Uint8Array): KaderFileResult {
  if (bytes.byteLength === 0) return fail('Het bestand is leeg.');
  if (bytes.byteLength > MAX_KADER_FILE_BYTES) {
    return fail(`Het bestand is ${Math.ceil(bytes.byteLength / 1024)} kB; een kaderbestand mag hooguit ${MAX_KADER_FILE_BYTES / 1024} kB zijn. Is dit het goede bestand?`);
  }
  // shared/ has no TextDecoder; invalid UTF-8 does not survive a decode/encode round trip unchanged.
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text = strFromU8(body);
  if (!sameBytes(strToU8(text), body)) {
    return fail('Het bestand is geen tekstbestand in UTF-8. Een kaderbestand is een JSON-bestand (zie de handleiding).');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const at = locateJsonSyntaxError(text);
    return fail(
      at
        ? `Het bestand is geen geldige JSON: regel ${at.line}, teken ${at.column}: ${at.reason}.`
        : 'Het bestand is geen geldige JSON.',
    );
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return fail('Het bestand bevat geen kader: verwacht een JSON-object met onder meer id, title, sections en requirements.');
  }
  const limits = limitErrors(json);
  if (limits.length > 0) return fail(...limits);
  const loaded = safeLoadKader(json);
  if (!loaded.ok) return fail(...locate(loaded.errors, json).slice(0, MAX_ERRORS));
  return loaded;
}

/** A kader as a file: the documented format, indented, UTF-8, ending in a newline. */
export function serializeKader(kader: Kader): Uint8Array {
  return strToU8(`${JSON.stringify(kader, null, 2)}\n`);
}

export function kaderFileName(kader: Kader): string {
  const version = kader.version.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `kader-${kader.id}-versie-${version}.${KADER_FILE_EXTENSION}`;
}

const versionCollator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
/** Compares version labels as people number them: "1.10" is after "1.9". */
export function compareKaderVersions(a: string, b: string): number {
  return versionCollator.compare(a.trim(), b.trim());
}
