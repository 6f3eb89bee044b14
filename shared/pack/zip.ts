import { strToU8 } from 'fflate';
import { nameForContent, stripHiddenCharacters } from '../files/content-name';
import { webCryptoSha256, type Sha256Fn } from './hash';
import type { PackAttachment, PackBlob, PackModel, PackOptions, PackResult } from './model';
import { SKIP_REASONS } from './inspect';
import { createIncrementalHasher } from '../files/parts-hash';
import { SHA256_HEX } from '../files/sha256';
import { sha256OfParts } from './blob-hash';
import { ZipWriter } from './zip-writer';
import { attachmentBytes, attachmentSize, blobSlices } from './attachment-source';
import { CountingSink, MemorySink, type PackSink } from './sink';
import { selectForPack } from './select';
import { PRIVATE_LEFT_OUT } from './left-out';

/** Enough of a PDF, JPEG or PNG to tell its type (shared/files/sniff.ts reads the first KiB). */
const HEAD_BYTES = 4096;

export interface PackZipOptions extends PackOptions {
  /** Name of the PDF inside the ZIP. */
  pdfFileName?: string;
  sha256?: Sha256Fn;
  /** The pack PDF when the build wrote it to a file (PackResult.pdf is then empty); read slice by slice. */
  pdf?: PackBlob;
  /** Where the ZIP goes as it is made; without one it is returned as parts. */
  sink?: PackSink;
  /** Files written so far (the PDF, then each original) of the total, for a progress bar. */
  onProgress?: (current: number, total: number) => void;
  /**
   * The PDF's SHA-256 computed elsewhere while the ZIP is written (the app: a second worker reading the same
   * file), so hashing 200 MB does not hold up the copying. When it fails, the ZIP hashes the PDF itself.
   */
  pdfSha256?: Promise<string>;
}

export interface PackZipEntry {
  path: string;
  sha256: string;
  size: number;
}

/**
 * A path segment that works on Windows, macOS and Linux and in `sha256sum -c` lines: no control or reserved
 * characters, no leading dot, no trailing dot or space (Windows drops them), no device names (CON, NUL, …).
 */
export function safeSegment(name: string, max = 120): string {
  let cleaned = [...stripHiddenCharacters(name).normalize('NFC')]
    .map((ch) => ((ch.codePointAt(0) as number) < 0x20 || ch === '\u007f' ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length > max) {
    const dot = cleaned.lastIndexOf('.');
    const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
    cleaned = `${cleaned.slice(0, max - ext.length).trimEnd()}${ext}`;
  }
  cleaned = cleaned.replace(/[. ]+$/, '');
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(cleaned)) cleaned = `_${cleaned}`;
  return cleaned || 'bestand';
}

/** Folder names in ASCII: unzip tools that ignore the ZIP's UTF-8 flag (older Windows, a C locale) still read them. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/[^\x20-\x7e]/g, '_');
}

/**
 * Readable folder of a requirement: "Veiligheid 1 - Er is een eigen, actuele meldcode" (the kader's name for
 * it, then the start of its text, cut at a word), at most 60 characters.
 */
export function requirementFolder(label: string, text: string): string {
  const head = asciiFold(label).replace(/\s+/g, ' ').trim();
  const full = `${head} - ${asciiFold(text).replace(/\s+/g, ' ').trim()}`;
  let cut = full;
  if (full.length > 60) {
    const space = full.lastIndexOf(' ', 60);
    cut = space > head.length + 12 ? full.slice(0, space) : head;
  }
  return safeSegment(cut.replace(/[,;:-]+$/, '').trim(), 60);
}

/** One attachment in manifest.json: what it is, where it went, or why it did not. */
function manifestEntry(
  a: PackAttachment,
  at: {
    bijlage: number | null;
    size: number;
    sha256: string;
    requirements: string[];
    paths: string[];
    inPdf: { startPage: number; pageCount: number } | null;
    nietOpgenomen: { code: string; reden: string } | null;
  },
) {
  return {
    bijlage: at.bijlage,
    documentId: a.documentId,
    title: a.title,
    fileName: a.fileName,
    mimeType: a.mimeType,
    fileKind: a.fileKind,
    size: at.size,
    sha256: at.sha256,
    requirementIds: a.requirementIds,
    requirements: at.requirements,
    paths: at.paths,
    inPdf: at.inPdf,
    nietOpgenomen: at.nietOpgenomen,
  };
}

/**
 * An original for the ZIP: whole when it is in memory or gets deflated, else only its first bytes (its type)
 * and size, the rest read slice by slice as it is stored. Undefined when the stored file cannot be read.
 */
async function readOriginal(a: PackAttachment): Promise<{ whole?: Uint8Array; head: Uint8Array; size: number } | undefined> {
  try {
    if (a.fileKind === 'other' || !a.blob) {
      const whole = await attachmentBytes(a);
      return { whole, head: whole, size: whole.length };
    }
    return { head: new Uint8Array(await a.blob.slice(0, HEAD_BYTES).arrayBuffer()), size: a.blob.size };
  } catch {
    return undefined;
  }
}

function uniqueName(name: string, taken: Set<string>, hasExtension = true): string {
  const dot = hasExtension ? name.lastIndexOf('.') : -1;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * ZIP with the pack PDF, the original files under bijlagen/<kader>/<eis>/<naam> (a file proving two
 * requirements is in both folders), manifest.json and sha256sums.txt (checkable with `sha256sum -c
 * sha256sums.txt`). Comes out as parts (most of them the PDF's parts and the attachment files themselves),
 * like the PDF: write them in order or make a Blob; `joinParts` gives one buffer. Already-compressed files
 * are stored, text and other files are deflated. With a `sink` nothing is kept: the PDF and each original are
 * read again (from `options.pdf` and the attachments' Blobs) and written on at once.
 */
export async function buildPackZip(model: PackModel, result: PackResult, options: PackZipOptions = {}): Promise<{
  zip: Uint8Array[];
  size: number;
  entries: PackZipEntry[];
}> {
  const sha256 = options.sha256 ?? webCryptoSha256;
  const selection = selectForPack(model, options);
  const pdfName = safeSegment(options.pdfFileName ?? 'bewijspakket.pdf');
  const mtime = new Date(model.generatedAt);
  const memory = options.sink ? undefined : new MemorySink();
  const sink = new CountingSink(options.sink ?? (memory as MemorySink));
  const out = new ZipWriter(sink);
  const entries: PackZipEntry[] = [];

  // Hashed as it passes into the ZIP: no joined copy of the PDF (shared/files/parts-hash.ts).
  if (!options.pdf && result.pdf.length === 0 && result.pdfSize > 0) throw new Error('Interne fout: de PDF van het pakket ontbreekt.');
  // Settled by the time it is read; a failure is handled there, not as an unhandled rejection now.
  const pdfShaElsewhere = options.pdfSha256?.then((hex) => (SHA256_HEX.test(hex) ? hex : undefined), () => undefined);
  const pdfHasher = options.pdfSha256 ? undefined : await createIncrementalHasher('sha256');
  const total = 1 + selection.attachments.length;
  let done = 0;
  const step = (): void => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);
  const pdfParts = () => (options.pdf ? blobSlices(options.pdf) : result.pdf);
  await out.stored(pdfName, pdfParts(), mtime, pdfHasher);
  step();
  const pdfEntry: PackZipEntry = { path: pdfName, sha256: pdfHasher?.digest() ?? '', size: result.pdfSize };
  entries.push(pdfEntry);

  const placed = new Map(result.placed.map((p) => [p.documentId, p]));
  const skipped = new Map(result.skipped.map((s) => [s.documentId, s]));
  const takenPerFolder = new Map<string, Set<string>>();
  const manifestAttachments: ReturnType<typeof manifestEntry>[] = [];
  // One folder per requirement, per kader: readable, and the same for the same pack (pack order, de-duplicated).
  const folders = new Map<string, string>();
  const takenFolders = new Set<string>();
  for (const section of selection.sections) {
    const kader = selection.kaders.find((k) => k.id === section.kaderId);
    const kaderFolder = safeSegment(asciiFold(kader?.shortTitle ?? kader?.title ?? 'Kader'), 60);
    for (const e of section.entries) {
      folders.set(e.id, `bijlagen/${kaderFolder}/${uniqueName(requirementFolder(e.label, e.text), takenFolders, false)}`);
    }
  }
  for (const a of selection.attachments) {
    // An original in memory, or read slice by slice from its Blob as it passes into the ZIP (files of other
    // types are deflated, so read whole); stored in every folder it proves.
    const read = await readOriginal(a);
    if (!read) {
      // Unreadable now: not in the ZIP, and the manifest says so (the PDF's "Niet opgenomen" page too).
      const requirements = a.requirementIds.map((id) => selection.labels.get(id) ?? '');
      const nietOpgenomen = { code: 'unreadable', reden: SKIP_REASONS.unreadable };
      manifestAttachments.push(manifestEntry(a, { bijlage: null, size: attachmentSize(a), sha256: a.sha256, requirements, paths: [], inPdf: null, nietOpgenomen }));
      step();
      continue;
    }
    const { whole, head, size } = read;
    const hash = result.hashes[a.documentId] ?? (await sha256(whole ?? (await attachmentBytes(a))));
    const paths: string[] = [];
    for (const requirementId of a.requirementIds) {
      const folder = folders.get(requirementId) ?? 'bijlagen/Overig';
      const taken = takenPerFolder.get(folder) ?? new Set<string>();
      takenPerFolder.set(folder, taken);
      // Issue #14: the extension follows the content, never the (possibly hostile) name.
      const path = `${folder}/${uniqueName(safeSegment(nameForContent(a.fileName, head)), taken)}`;
      if (a.fileKind === 'other') await out.deflated(path, whole as Uint8Array, mtime);
      else await out.stored(path, whole ? [whole] : blobSlices(a.blob as PackBlob), mtime);
      entries.push({ path, sha256: hash, size });
      paths.push(path);
    }
    const p = placed.get(a.documentId);
    const s = skipped.get(a.documentId);
    manifestAttachments.push(
      manifestEntry(a, {
        bijlage: p?.number ?? null,
        size,
        sha256: hash,
        requirements: a.requirementIds.map((id) => selection.labels.get(id) ?? ''),
        paths,
        inPdf: p ? { startPage: p.startPage, pageCount: p.pageCount } : null,
        nietOpgenomen: s ? { code: s.code, reden: s.reason } : null,
      }),
    );
    step();
  }

  if (!pdfHasher) pdfEntry.sha256 = (await pdfShaElsewhere) ?? (await sha256OfParts(pdfParts()));
  const pdfHash = pdfEntry.sha256;
  const manifest = {
    format: 'kwaliteitsmap-bewijspakket/1',
    organisation: model.organisation,
    kaders: selection.kaders,
    peildatum: model.peildatum,
    generatedAt: model.generatedAt,
    appVersion: model.appVersion,
    include: selection.include,
    personal: selection.personal,
    ...(selection.personIds ? { personIds: selection.personIds } : {}),
    // Staff documents left out for privacy keep their (meaningless) id, not their title or file name.
    nietOpgenomen: selection.leftOut.map((d) =>
      PRIVATE_LEFT_OUT.has(d.code)
        ? { documentId: d.documentId, code: d.code, reden: d.reason }
        : { documentId: d.documentId, title: d.title, fileName: d.fileName, code: d.code, reden: d.reason },
    ),
    pdf: { path: pdfName, sha256: pdfHash, size: result.pdfSize, pageCount: result.pageCount },
    attachments: manifestAttachments,
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  await out.deflated('manifest.json', manifestBytes, mtime);
  entries.push({ path: 'manifest.json', sha256: await sha256(manifestBytes), size: manifestBytes.length });

  // GNU coreutils format: "<hex>  <path>" (two spaces = text mode), one line per file, LF endings.
  const sums = entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
  await out.deflated('sha256sums.txt', strToU8(sums), mtime);
  await out.end();
  return { zip: memory?.parts ?? [], size: sink.size, entries };
}
