import { deflateSync, strToU8 } from 'fflate';
import { nameForContent } from '../files/content-name';
import { createIncrementalHasher, crc32Of, type IncrementalHasher } from '../files/parts-hash';
import { SHA256_HEX } from '../files/sha256';
import { webCryptoSha256, type Sha256Fn } from './hash';
import { PackCancelledError, type PackAttachment, type PackBlob, type PackModel, type PackOptions, type PackResult } from './model';
import { SKIP_REASONS } from './inspect';
import { digestOfParts, type FileDigest } from './blob-hash';
import { ZipComposer, type ZipEntrySpec, type ZipPart } from './zip-container';
import { attachmentBytes, attachmentSize, blobSlices } from './attachment-source';
import { asciiFold, requirementFolder, safeSegment, uniqueName } from './zip-names';
import { selectForPack } from './select';
import { PRIVATE_LEFT_OUT } from './left-out';

export { asciiFold, requirementFolder, safeSegment } from './zip-names';

/** Enough of a PDF, JPEG or PNG to tell its type (shared/files/sniff.ts reads the first KiB). */
const HEAD_BYTES = 4096;

export interface PackZipOptions extends PackOptions {
  /** Name of the PDF inside the ZIP. */
  pdfFileName?: string;
  sha256?: Sha256Fn;
  /** The pack PDF when the build wrote it to a file (PackResult.pdf is then empty); it goes in the ZIP as it is. */
  pdf?: PackBlob;
  /** Files done so far (each original, then the PDF) of the total, for a progress bar. */
  onProgress?: (current: number, total: number) => void;
  /**
   * The PDF's SHA-256, CRC-32 and size computed elsewhere while the originals are read (the app: a second
   * worker reading the same file), so reading 200 MB twice does not take twice as long. When it fails or does
   * not match, the ZIP reads the PDF itself.
   */
  pdfDigest?: Promise<FileDigest>;
  /** ZIP64 fields even where the sizes fit (tests of the >4 GB layout). */
  zip64?: boolean;
  /** Checked before each original and before waiting for the PDF: the ZIP stops with PackCancelledError. */
  signal?: { aborted: boolean };
}

export interface PackZipEntry {
  path: string;
  sha256: string;
  size: number;
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

/** An original as the ZIP takes it: its data (the stored file itself, or deflated), CRC-32, SHA-256 and first bytes. */
interface ZipOriginal {
  method: 0 | 8;
  data: ZipPart[];
  crc32: number;
  size: number;
  sha256: string;
  head: Uint8Array;
}

/**
 * An original as the ZIP takes it. PDF, JPEG and PNG are compressed already and go in as they are stored (the
 * Blob itself); other files are deflated. Its CRC-32 and SHA-256 come from the build, which read the file
 * (`known`); a file the build could not read is read here, once, for both. Only its first bytes are read for its
 * type otherwise. Undefined when the stored file cannot be read (or is not as long as it says).
 */
async function readOriginal(a: PackAttachment, known: { sha256?: string; crc32?: number }, sha256: Sha256Fn, crc: IncrementalHasher): Promise<ZipOriginal | undefined> {
  try {
    if (a.fileKind === 'other' || !a.blob) {
      const whole = await attachmentBytes(a);
      const crc32 = crc32Of(crc, whole);
      const sha = known.sha256 ?? (await sha256(whole));
      const deflate = a.fileKind === 'other';
      return { method: deflate ? 8 : 0, data: [deflate ? deflateSync(whole, { level: 6 }) : whole], crc32, size: whole.length, sha256: sha, head: whole.subarray(0, HEAD_BYTES) };
    }
    const head = new Uint8Array(await a.blob.slice(0, HEAD_BYTES).arrayBuffer());
    if (known.sha256 && known.crc32 !== undefined) return { method: 0, data: [a.blob], crc32: known.crc32, size: a.blob.size, sha256: known.sha256, head };
    const digest = await digestOfParts(blobSlices(a.blob));
    if (digest.size !== a.blob.size) return undefined;
    return { method: 0, data: [a.blob], crc32: digest.crc32, size: digest.size, sha256: digest.sha256, head };
  } catch {
    return undefined;
  }
}

/** An entry deflated here (manifest.json, sha256sums.txt). */
async function deflatedEntry(path: string, bytes: Uint8Array, mtime: Date): Promise<ZipEntrySpec> {
  const crc32 = crc32Of(await createIncrementalHasher('crc32'), bytes);
  return { path, mtime, method: 8, crc32, size: bytes.length, data: [deflateSync(bytes, { level: 6 })] };
}

/**
 * ZIP with the pack PDF, the original files under bijlagen/<kader>/<eis>/<naam> (a file proving two
 * requirements is in both folders), manifest.json and sha256sums.txt (checkable with `sha256sum -c
 * sha256sums.txt`). It comes out as parts: small headers made here, and the PDF and the originals themselves
 * (their Blobs, or bytes in memory), never copied (zip-container.ts). `new Blob(zip)` is the ZIP; the bytes are
 * copied once, when it is saved. The originals' CRC-32 and SHA-256 come from the build, which read them; the PDF
 * is read once for its own (by a second worker when `pdfDigest` is given).
 */
export async function buildPackZip(model: PackModel, result: PackResult, options: PackZipOptions = {}): Promise<{
  zip: ZipPart[];
  size: number;
  entries: PackZipEntry[];
}> {
  const sha256 = options.sha256 ?? webCryptoSha256;
  const selection = selectForPack(model, options);
  const pdfName = safeSegment(options.pdfFileName ?? 'bewijspakket.pdf');
  const mtime = new Date(model.generatedAt);
  if (!options.pdf && result.pdf.length === 0 && result.pdfSize > 0) throw new Error('Interne fout: de PDF van het pakket ontbreekt.');
  const pdfData: ZipPart[] = options.pdf ? [options.pdf] : result.pdf;
  // Settled by the time it is read; a failure is handled there, not as an unhandled rejection now.
  const pdfElsewhere = options.pdfDigest?.then(
    (d) => (SHA256_HEX.test(d.sha256) && d.size === result.pdfSize && Number.isInteger(d.crc32) && d.crc32 >= 0 && d.crc32 <= 0xffffffff ? d : undefined),
    () => undefined,
  );
  const total = 1 + selection.attachments.length;
  let done = 0;
  const step = (): void => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);

  const specs: ZipEntrySpec[] = [];
  const entries: PackZipEntry[] = [];
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
  const crc = await createIncrementalHasher('crc32');
  const checkpoint = (): void => {
    if (options.signal?.aborted) throw new PackCancelledError();
  };
  for (const a of selection.attachments) {
    checkpoint();
    const original = await readOriginal(a, { sha256: result.hashes[a.documentId], crc32: result.crc32s?.[a.documentId] }, sha256, crc);
    if (!original) {
      // Unreadable now: not in the ZIP, and the manifest says so (the PDF's "Niet opgenomen" page too).
      const requirements = a.requirementIds.map((id) => selection.labels.get(id) ?? '');
      const nietOpgenomen = { code: 'unreadable', reden: SKIP_REASONS.unreadable };
      manifestAttachments.push(manifestEntry(a, { bijlage: null, size: attachmentSize(a), sha256: a.sha256, requirements, paths: [], inPdf: null, nietOpgenomen }));
      step();
      continue;
    }
    const paths: string[] = [];
    for (const requirementId of a.requirementIds) {
      const folder = folders.get(requirementId) ?? 'bijlagen/Overig';
      const taken = takenPerFolder.get(folder) ?? new Set<string>();
      takenPerFolder.set(folder, taken);
      // Issue #14: the extension follows the content, never the (possibly hostile) name.
      const path = `${folder}/${uniqueName(safeSegment(nameForContent(a.fileName, original.head)), taken)}`;
      specs.push({ path, mtime, method: original.method, crc32: original.crc32, size: original.size, data: original.data });
      entries.push({ path, sha256: original.sha256, size: original.size });
      paths.push(path);
    }
    const p = placed.get(a.documentId);
    const s = skipped.get(a.documentId);
    manifestAttachments.push(
      manifestEntry(a, {
        bijlage: p?.number ?? null,
        size: original.size,
        sha256: original.sha256,
        requirements: a.requirementIds.map((id) => selection.labels.get(id) ?? ''),
        paths,
        inPdf: p ? { startPage: p.startPage, pageCount: p.pageCount } : null,
        nietOpgenomen: s ? { code: s.code, reden: s.reason } : null,
      }),
    );
    step();
  }

  checkpoint();
  const pdf = (await pdfElsewhere) ?? (await digestOfParts(options.pdf ? blobSlices(options.pdf) : result.pdf));
  checkpoint();
  if (pdf.size !== result.pdfSize) throw new Error('Interne fout: de PDF van het pakket is niet volledig gelezen.');
  step();
  const pdfHash = pdf.sha256;
  specs.unshift({ path: pdfName, mtime, method: 0, crc32: pdf.crc32, size: pdf.size, data: pdfData });
  entries.unshift({ path: pdfName, sha256: pdfHash, size: pdf.size });
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
  specs.push(await deflatedEntry('manifest.json', manifestBytes, mtime));
  entries.push({ path: 'manifest.json', sha256: await sha256(manifestBytes), size: manifestBytes.length });

  // GNU coreutils format: "<hex>  <path>" (two spaces = text mode), one line per file, LF endings.
  const sums = entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
  specs.push(await deflatedEntry('sha256sums.txt', strToU8(sums), mtime));
  const zip = new ZipComposer({ zip64: options.zip64 });
  for (const spec of specs) zip.add(spec);
  const { parts, size } = zip.finish();
  return { zip: parts, size, entries };
}
