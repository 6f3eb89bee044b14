import { strToU8, zipSync, type Zippable } from 'fflate';
import { nameForContent, stripHiddenCharacters } from '../files/content-name';
import { webCryptoSha256, type Sha256Fn } from './hash';
import type { PackModel, PackOptions, PackResult } from './model';
import { joinParts } from './parts';
import { selectForPack } from './select';

export interface PackZipOptions extends PackOptions {
  /** Name of the PDF inside the ZIP. */
  pdfFileName?: string;
  sha256?: Sha256Fn;
}

export interface PackZipEntry {
  path: string;
  sha256: string;
  size: number;
}

/** Characters that break paths on Windows/macOS or `sha256sum -c` lines. */
export function safeSegment(name: string): string {
  const cleaned = [...stripHiddenCharacters(name)]
    .map((ch) => ((ch.codePointAt(0) as number) < 0x20 || ch === '\u007f' ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 120) || 'bestand';
}

function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * ZIP with the pack PDF, the original files under bijlagen/<eis>/<naam> (a file proving two requirements is
 * in both folders), manifest.json and sha256sums.txt (checkable with `sha256sum -c sha256sums.txt`).
 * Already-compressed files are stored, text is deflated.
 */
export async function buildPackZip(model: PackModel, result: PackResult, options: PackZipOptions = {}): Promise<{
  zip: Uint8Array;
  entries: PackZipEntry[];
}> {
  const sha256 = options.sha256 ?? webCryptoSha256;
  const selection = selectForPack(model, options);
  const pdfName = safeSegment(options.pdfFileName ?? 'bewijspakket.pdf');
  const mtime = new Date(model.generatedAt);
  const files: Zippable = {};
  const entries: PackZipEntry[] = [];

  const pdf = joinParts(result.pdf);
  const pdfHash = await sha256(pdf);
  files[pdfName] = [pdf, { level: 0, mtime }];
  entries.push({ path: pdfName, sha256: pdfHash, size: pdf.length });

  const placed = new Map(result.placed.map((p) => [p.documentId, p]));
  const skipped = new Map(result.skipped.map((s) => [s.documentId, s]));
  const takenPerFolder = new Map<string, Set<string>>();
  const manifestAttachments = [];
  for (const a of selection.attachments) {
    const hash = result.hashes[a.documentId] ?? (await sha256(a.bytes));
    const paths: string[] = [];
    for (const requirementId of a.requirementIds) {
      const folder = `bijlagen/${safeSegment(requirementId)}`;
      const taken = takenPerFolder.get(folder) ?? new Set<string>();
      takenPerFolder.set(folder, taken);
      // Issue #14: the extension follows the content, never the (possibly hostile) name.
      const path = `${folder}/${uniqueName(safeSegment(nameForContent(a.fileName, a.bytes)), taken)}`;
      files[path] = [a.bytes, { level: a.fileKind === 'other' ? 6 : 0, mtime }];
      entries.push({ path, sha256: hash, size: a.bytes.length });
      paths.push(path);
    }
    const p = placed.get(a.documentId);
    const s = skipped.get(a.documentId);
    manifestAttachments.push({
      bijlage: p?.number ?? null,
      documentId: a.documentId,
      title: a.title,
      fileName: a.fileName,
      mimeType: a.mimeType,
      fileKind: a.fileKind,
      size: a.bytes.length,
      sha256: hash,
      requirementIds: a.requirementIds,
      paths,
      inPdf: p ? { startPage: p.startPage, pageCount: p.pageCount } : null,
      nietOpgenomen: s ? { code: s.code, reden: s.reason } : null,
    });
  }

  const manifest = {
    format: 'kwaliteitsmap-bewijspakket/1',
    organisation: model.organisation,
    kaders: selection.kaders,
    peildatum: model.peildatum,
    generatedAt: model.generatedAt,
    appVersion: model.appVersion,
    include: selection.include,
    pdf: { path: pdfName, sha256: pdfHash, size: pdf.length, pageCount: result.pageCount },
    attachments: manifestAttachments,
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  files['manifest.json'] = [manifestBytes, { level: 6, mtime }];
  entries.push({ path: 'manifest.json', sha256: await sha256(manifestBytes), size: manifestBytes.length });

  // GNU coreutils format: "<hex>  <path>" (two spaces = text mode), one line per file, LF endings.
  const sums = entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
  files['sha256sums.txt'] = [strToU8(sums), { level: 6, mtime }];

  return { zip: zipSync(files), entries };
}
