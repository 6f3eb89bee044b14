/**
 * File names that cannot mislead: the extension follows the checked content (an HTML/PDF polyglot called
 * "klachtenregeling.html" is a PDF and is named ….pdf), and characters that hide or reorder text are gone
 * (control characters; bidirectional overrides and isolates such as U+202E, which make "fdp.exe" look like
 * "exe.pdf"; Unicode TR#9 §2 lists the explicit formatting characters).
 */
import { CANONICAL_EXTENSION, extensionOf, sniffContent, type SniffedType } from './sniff';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Extensions that are fine for content of a type (besides the canonical one). */
const ALIASES: Partial<Record<SniffedType, readonly string[]>> = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  tiff: ['tif', 'tiff'],
  heic: ['heic', 'heif'],
  docx: ['docx', 'docm', 'dotx'],
  xlsx: ['xlsx', 'xlsm'],
  odf: ['odt', 'ods', 'odp'],
  doc: ['doc', 'dot', 'xls', 'ppt'],
  // A damaged Office file still sniffs as a plain zip container; its own extension does not contradict that.
  zip: ['zip', 'docx', 'docm', 'dotx', 'xlsx', 'xlsm', 'pptx', 'odt', 'ods', 'odp'],
};

/** The name without control or bidirectional-formatting characters. */
export function stripHiddenCharacters(name: string): string {
  return name.normalize('NFC').replace(HIDDEN, '');
}

/**
 * The name with an extension that matches content of `type`. Unknown content gets ".bin" so no program
 * is chosen by a misleading extension.
 */
export function nameForType(name: string, type: SniffedType): string {
  const clean = stripHiddenCharacters(name).trim() || 'bestand';
  const wanted = CANONICAL_EXTENSION[type] ?? (type === 'odf' ? 'odt' : 'bin');
  const current = extensionOf(clean);
  if (current === wanted || (ALIASES[type] ?? []).includes(current)) return clean;
  const base = clean.split(/[\\/]/).pop() ?? clean;
  const dot = base.lastIndexOf('.');
  return `${dot > 0 ? base.slice(0, dot) : base}.${wanted}`;
}

/** `nameForType` with the type sniffed from the bytes. */
export function nameForContent(name: string, bytes: Uint8Array): string {
  return nameForType(name, sniffContent(bytes));
}
