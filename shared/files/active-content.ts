/**
 * Active content in PDFs: anything a PDF reader could run or open on its own (JavaScript, launching a program,
 * sending form data, other or embedded files, XFA forms). The app keeps the original file untouched, but none
 * of it may reach the gemeente: the pack strips it (shared/pack/sanitize.ts) and the import tells the user.
 * Links to web addresses and to pages inside the document are harmless and stay.
 *
 * Action types: ISO 32000-1 §12.6.4 (table 198); /AA: §12.6.3; embedded files: §7.11.4; XFA: §12.7.8.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFParser, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

export type ActiveContentKind =
  | 'javascript'
  | 'auto-action'
  | 'launch'
  | 'submit-form'
  | 'import-data'
  | 'other-file'
  | 'embedded-file'
  | 'open-action'
  | 'xfa'
  | 'media'
  | 'other-action';

/** Dutch, in the order they are listed to the user. */
export const ACTIVE_CONTENT_LABELS: Record<ActiveContentKind, string> = {
  javascript: 'JavaScript (programmacode)',
  'auto-action': 'automatische acties bij het openen van een pagina of het invullen van een veld',
  launch: 'een opdracht die een programma start',
  'submit-form': 'een formulier dat gegevens verstuurt',
  'import-data': 'een opdracht die gegevens van buiten inleest',
  'other-file': 'links die andere bestanden openen',
  'embedded-file': 'ingesloten bestanden',
  'open-action': 'een actie die start bij het openen',
  xfa: 'een XFA-formulier',
  media: 'ingesloten geluid, video of 3D',
  'other-action': 'andere acties die een PDF-lezer zelf zou uitvoeren',
};

const ACTION_KIND: Record<string, ActiveContentKind> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  SubmitForm: 'submit-form',
  ImportData: 'import-data',
  GoToR: 'other-file',
  GoToE: 'other-file',
  Rendition: 'media',
  Movie: 'media',
  Sound: 'media',
  RichMediaExecute: 'media',
  GoTo3DView: 'media',
};
/** Actions that only move within the document or open a web address. */
const SAFE_ACTIONS = new Set(['GoTo', 'URI', 'Named', 'Thread']);
const WEB_URI = /^(https?:\/\/|mailto:)/i;
const MEDIA_ANNOTS = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D']);

function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function resolve(ctx: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? ctx.lookup(value) : value;
}

/** Why an action dictionary is unsafe, or undefined when it may stay (internal jump, web link). */
export function unsafeAction(ctx: PDFContext, action: PDFObject | undefined): ActiveContentKind | undefined {
  const dict = resolve(ctx, action);
  if (!(dict instanceof PDFDict)) return undefined;
  const s = nameOf(dict.get(PDFName.of('S')));
  if (s === undefined) return dict.has(PDFName.of('JS')) ? 'javascript' : undefined;
  if (s === 'URI') {
    const uri = textOf(resolve(ctx, dict.get(PDFName.of('URI'))));
    return uri !== undefined && WEB_URI.test(uri.trim()) ? undefined : 'other-file';
  }
  if (SAFE_ACTIONS.has(s)) return undefined;
  // Anything else (ResetForm, Hide, SetOCGState, unknown types) is not needed to read the evidence.
  return ACTION_KIND[s] ?? 'other-action';
}

/**
 * What one dictionary carries (keys only, not what its children carry). `isCatalog` marks the document catalog.
 * Used by the detector (every object) and the sanitizer (every object reachable from the pages).
 */
export function activeKeysOf(ctx: PDFContext, dict: PDFDict, isCatalog = false): { key: string; kind: ActiveContentKind }[] {
  const found: { key: string; kind: ActiveContentKind }[] = [];
  const type = nameOf(dict.get(PDFName.of('Type')));
  const subtype = nameOf(dict.get(PDFName.of('Subtype')));
  if (dict.has(PDFName.of('JS'))) found.push({ key: 'JS', kind: 'javascript' });
  if (dict.has(PDFName.of('AA'))) found.push({ key: 'AA', kind: 'auto-action' });
  if (dict.has(PDFName.of('XFA'))) found.push({ key: 'XFA', kind: 'xfa' });
  if (dict.has(PDFName.of('EF'))) found.push({ key: 'EF', kind: 'embedded-file' });
  if (dict.has(PDFName.of('EmbeddedFiles'))) found.push({ key: 'EmbeddedFiles', kind: 'embedded-file' });
  if (dict.has(PDFName.of('RichMediaContent'))) found.push({ key: 'RichMediaContent', kind: 'media' });
  // In a name dictionary /JavaScript is a name tree of scripts; in an action it is the /S value (handled below).
  if (dict.has(PDFName.of('JavaScript'))) found.push({ key: 'JavaScript', kind: 'javascript' });
  if (dict.has(PDFName.of('OpenAction')) && (isCatalog || type === 'Catalog')) found.push({ key: 'OpenAction', kind: 'open-action' });
  for (const key of ['A', 'PA']) {
    const kind = unsafeAction(ctx, dict.get(PDFName.of(key)));
    if (kind) found.push({ key, kind });
  }
  const next = resolve(ctx, dict.get(PDFName.of('Next')));
  const nextItems = next instanceof PDFArray ? next.asArray() : next ? [next] : [];
  const badNext = nextItems.map((n) => unsafeAction(ctx, n)).find(Boolean);
  if (badNext) found.push({ key: 'Next', kind: badNext });
  if (type === 'EmbeddedFile') found.push({ key: 'Type', kind: 'embedded-file' });
  if (subtype && MEDIA_ANNOTS.has(subtype) && (type === 'Annot' || dict.has(PDFName.of('Rect')))) {
    found.push({ key: 'Subtype', kind: subtype === 'FileAttachment' ? 'embedded-file' : 'media' });
  }
  return found;
}

/** Every direct dictionary inside a value (arrays and nested dicts), without following references. */
function* directDicts(value: PDFObject, depth = 0): Generator<PDFDict> {
  if (depth > 32) return;
  if (value instanceof PDFStream) {
    yield* directDicts(value.dict, depth + 1);
  } else if (value instanceof PDFDict) {
    yield value;
    for (const [, child] of value.entries()) yield* directDicts(child, depth + 1);
  } else if (value instanceof PDFArray) {
    for (const child of value.asArray()) yield* directDicts(child, depth + 1);
  }
}

/** Every kind of active content anywhere in a parsed PDF (every object, not only what pages reach). */
export function findActiveContent(ctx: PDFContext): ActiveContentKind[] {
  const kinds = new Set<ActiveContentKind>();
  const root = ctx.trailerInfo.Root;
  const catalog = root ? ctx.lookup(root) : undefined;
  for (const [, object] of ctx.enumerateIndirectObjects()) {
    for (const dict of directDicts(object)) {
      for (const { kind } of activeKeysOf(ctx, dict, dict === catalog)) kinds.add(kind);
    }
  }
  return orderKinds(kinds);
}

export function orderKinds(kinds: Iterable<ActiveContentKind>): ActiveContentKind[] {
  const set = new Set(kinds);
  return (Object.keys(ACTIVE_CONTENT_LABELS) as ActiveContentKind[]).filter((k) => set.has(k));
}

function listNl(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The note for the import and the document page. */
export function activeContentNote(kinds: readonly ActiveContentKind[]): string | undefined {
  if (kinds.length === 0) return undefined;
  return `Deze PDF bevat actieve inhoud: ${listNl(kinds.map((k) => ACTIVE_CONTENT_LABELS[k]))}. Die gaat niet mee in het bewijspakket: de app haalt hem eruit bij het samenstellen. Het bestand zelf is ongewijzigd bewaard.`;
}

/** Parses a PDF and lists its active content; a PDF that cannot be parsed lists none (the import refuses it anyway). */
export async function detectActiveContent(bytes: Uint8Array): Promise<ActiveContentKind[]> {
  try {
    const ctx = await PDFParser.forBytesWithOptions(bytes, Infinity, false, false).parseDocument();
    return findActiveContent(ctx);
  } catch {
    return [];
  }
}
