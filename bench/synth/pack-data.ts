/**
 * Deterministic synthetic data for bench/pack.ts: 25 people, 56 requirements, 200 attachments (~150 MB):
 * PDFs of 1–20 pages (every third with a large photo per few pages), JPEG and PNG photos.
 * Files are cached under bench/.tmp/pack-data (gitignored); delete the folder to regenerate.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PackAttachment, PackModel, PackSection, PackStatus } from '../../shared/pack';
import { createIncrementalHasher, crc32Value } from '../../shared/files/parts-hash';
import { encodeJpeg } from './jpeg';
import { encodePng } from './png';
import { mulberry32, synthPhoto } from './images';

// BENCH_ROOT: the repository root, for the bundled benchmark child (bench/pack.ts) that runs elsewhere.
export const DATA_DIR = process.env.BENCH_ROOT ? `${process.env.BENCH_ROOT}/bench/.tmp/pack-data/` : new URL('../.tmp/pack-data/', import.meta.url).pathname;
const VERSION = 1;

interface FileSpec {
  index: number;
  documentId: string;
  title: string;
  fileName: string;
  fileKind: 'pdf' | 'jpeg' | 'png';
  requirementIds: string[];
  personal: boolean;
}

const FIRST = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Eline', 'Fleur', 'Gijs', 'Hanneke', 'Iris', 'Jeroen', 'Kees', 'Lotte', 'Mees', 'Noor', 'Okke', 'Pien', 'Quinten', 'Roos', 'Sem', 'Tess', 'Ümit', 'Vera', 'Wouter', 'Xander', 'Zoë'];
const LAST = ['de Vries', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos'];
const THEMES = ['Veiligheid', 'Personeel', 'Fysieke omgeving', 'Kwaliteitsborging', 'Cliëntgerichtheid', 'Doelmatigheid', 'Rechtmatigheid', 'Privacy en AVG'];
const CREDENTIALS = ['VOG', 'Diploma', 'BHV', 'Meldcode-training', 'Medicatie', 'Tillen', 'Privacy', 'Scholing'];

export function people(): string[] {
  return Array.from({ length: 25 }, (_, i) => `${FIRST[i]} ${LAST[i % LAST.length]}`);
}

function specs(): FileSpec[] {
  const reqIds = THEMES.flatMap((_, s) => Array.from({ length: 7 }, (_, r) => `MG-${s + 1}.${r + 1}`));
  const names = people();
  const out: FileSpec[] = [];
  for (let i = 0; i < 200; i++) {
    const kind: FileSpec['fileKind'] = i % 10 < 3 ? 'jpeg' : i % 10 === 3 ? 'png' : 'pdf';
    const personal = i < 100;
    const person = names[i % 25] as string;
    const cred = CREDENTIALS[Math.floor(i / 25) % CREDENTIALS.length] as string;
    const title = personal ? `${cred} ${person}` : `Beleidsdocument ${i + 1} — ${THEMES[i % THEMES.length]}`;
    const reqs = [reqIds[i % reqIds.length] as string];
    if (i % 7 === 0) reqs.push(reqIds[(i * 3 + 5) % reqIds.length] as string);
    const ext = kind === 'jpeg' ? 'jpg' : kind;
    out.push({ index: i, documentId: `doc-${i}`, title, fileName: `${title.toLowerCase().replace(/[^a-z0-9ëéïöü]+/g, '-')}.${ext}`, fileKind: kind, requirementIds: reqs, personal });
  }
  return out;
}

async function makeFile(spec: FileSpec): Promise<Uint8Array> {
  const rand = mulberry32(1000 + spec.index);
  if (spec.fileKind === 'jpeg') {
    const [w, h] = spec.index % 2 ? [2400, 1800] : [1800, 2400];
    return encodeJpeg(synthPhoto(w, h, spec.index, 14), w, h, 88);
  }
  if (spec.fileKind === 'png') {
    const [w, h] = [1100, 800];
    return encodePng(synthPhoto(w, h, spec.index, 10), w, h, 3, 6);
  }
  const pages = 1 + Math.floor(rand() * 20);
  const withImages = spec.index % 3 === 0;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const photo = withImages
    ? await doc.embedJpg(encodeJpeg(synthPhoto(2200, 1600, 5000 + spec.index, 16), 2200, 1600, 90))
    : undefined;
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${spec.title}`, { x: 56, y: 780, size: 14, font: bold });
    page.drawText(`Pagina ${p} van ${pages}`, { x: 56, y: 760, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
    for (let l = 0; l < 42; l++) {
      const words = Array.from({ length: 11 }, () => ['zorg', 'cliënt', 'kwaliteit', 'beleid', 'medewerker', 'evaluatie', 'plan', 'verslag', 'toetsing', 'afspraak'][Math.floor(rand() * 10)]);
      page.drawText(words.join(' '), { x: 56, y: 730 - l * 15, size: 10, font });
    }
    if (photo && p % 4 === 1) page.drawImage(photo, { x: 56, y: 80, width: 480, height: 349 });
  }
  // Mix writers: half with object streams (pdf-lib default), half classic xref tables.
  return doc.save({ useObjectStreams: spec.index % 2 === 0 });
}

export interface SyntheticData {
  model: PackModel;
  files: { spec: FileSpec; path: string }[];
  totalBytes: number;
}

/**
 * SHA-256 and CRC-32 of a file read through one small buffer (the bench's blob mode must not load the files
 * first): what the app stores with a document when it is imported (DocumentContent.crc32).
 */
async function hashFile(path: string): Promise<{ sha256: string; crc32: number; size: number }> {
  const hash = createHash('sha256');
  const crc = await createIncrementalHasher('crc32');
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, 'r');
  let size = 0;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      crc.update(buffer.subarray(0, n));
      size += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), crc32: crc32Value(crc), size };
}

import { fileBlob } from './file-blob';

export { fileBlob };

/**
 * Generates (first run) or loads the cached files and builds the PackModel around them. `blobs`: each
 * attachment is read from its file when the pack gets there (`fileBlob`), as the app's worker reads IndexedDB's
 * Blobs, instead of bytes in memory.
 */
export async function syntheticPackData(log: (msg: string) => void = () => {}, options: { blobs?: boolean } = {}): Promise<SyntheticData> {
  mkdirSync(DATA_DIR, { recursive: true });
  const stamp = join(DATA_DIR, `complete-v${VERSION}`);
  const list = specs();
  const files: SyntheticData['files'] = [];
  for (const spec of list) {
    const path = join(DATA_DIR, `${String(spec.index).padStart(3, '0')}-${spec.fileName}`);
    if (!existsSync(stamp) || !existsSync(path)) {
      if (spec.index % 20 === 0) log(`genereren ${spec.index + 1}/200…`);
      writeFileSync(path, await makeFile(spec));
    }
    files.push({ spec, path });
  }
  writeFileSync(stamp, 'ok');

  const attachments: PackAttachment[] = await Promise.all(files.map(async ({ spec, path }) => {
    const mimeType = spec.fileKind === 'pdf' ? 'application/pdf' : spec.fileKind === 'jpeg' ? 'image/jpeg' : 'image/png';
    const base = { documentId: spec.documentId, title: spec.title, fileName: spec.fileName, mimeType, fileKind: spec.fileKind, requirementIds: spec.requirementIds, personal: spec.personal };
    if (options.blobs) {
      const { sha256, crc32, size } = await hashFile(path);
      return { ...base, size, sha256, crc32, blob: fileBlob(path) };
    }
    const bytes = new Uint8Array(readFileSync(path));
    return { ...base, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
  }));
  const statuses: PackStatus[] = ['met', 'met', 'met', 'expiring', 'partial', 'not-met', 'not-applicable'];
  const labels: Record<PackStatus, string> = { met: 'Voldaan', expiring: 'Verloopt binnenkort', partial: 'Deels voldaan', 'not-met': 'Ontbreekt', 'not-applicable': 'Niet van toepassing' };
  const sections: PackSection[] = THEMES.map((theme, s) => ({
    id: `mg-${s + 1}`,
    kaderId: 'mg',
    title: `${s + 1}. ${theme}`,
    entries: Array.from({ length: 7 }, (_, r) => {
      const id = `MG-${s + 1}.${r + 1}`;
      const status = statuses[(s * 7 + r) % statuses.length] as PackStatus;
      return {
        id,
        label: `${theme} ${r + 1}`,
        statusReason: status === 'met' || status === 'not-applicable' ? undefined : 'Het scholingscertificaat ontbreekt.',
        text: `Eis ${r + 1}: de zorgaanbieder toont aan dat ${theme.toLowerCase()} op orde is, met actuele documenten en een jaarlijkse evaluatie.`,
        sourceRef: `Kwaliteitskader Midden-Groningen, ${theme} §${r + 1}`,
        status,
        statusLabel: labels[status],
        toelichting: status === 'not-applicable' ? undefined : `Wij borgen dit via ons kwaliteitshandboek; de coördinator controleert elk kwartaal (ook de €-bedragen en cliëntdossiers).`,
        notApplicableReason: status === 'not-applicable' ? 'Wij bieden deze dienst niet aan.' : undefined,
        documents: attachments
          .filter((a) => a.requirementIds.includes(id))
          .map((a) => ({ documentId: a.documentId, title: a.title, issueDate: '2024-06-01', validUntil: '2026-06-01', sha256: a.sha256, personal: a.personal })),
      };
    }),
  }));
  const names = people();
  const model: PackModel = {
    organisation: { name: 'Thuiszorg De Eendracht B.V.', kvk: '87654321', agb: '12345678', address: 'Hoofdstraat 12, 9601 AB Hoogezand' },
    kaders: [{ id: 'mg', title: 'Kwaliteitskader Wmo Midden-Groningen' }],
    peildatum: '2025-06-30',
    generatedAt: '2025-06-30T08:30:00Z',
    appVersion: '0.1.0',
    sections,
    staffMatrix: {
      columns: CREDENTIALS,
      rows: names.map((name, p) => ({
        name,
        cells: CREDENTIALS.map((_, c) => {
          const status = statuses[(p + c) % statuses.length] as PackStatus;
          return { status, statusLabel: status === 'met' ? 'Geldig tot 01-06-2027' : labels[status] };
        }),
      })),
    },
    attachments,
  };
  return { model, files, totalBytes: attachments.reduce((n, a) => n + a.size, 0) };
}

/** Single-page PDFs wrapping the images, so qpdf merges the same pages the pack contains (cached). */
export async function imageWrappers(data: SyntheticData): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { spec, path } of data.files) {
    if (spec.fileKind === 'pdf') continue;
    const wrapper = `${path}.wrap.pdf`;
    if (!existsSync(wrapper)) {
      const doc = await PDFDocument.create();
      const bytes = readFileSync(path);
      const img = spec.fileKind === 'jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
      const page = doc.addPage([595.28, 841.89]);
      const scale = Math.min(523 / img.width, 770 / img.height);
      page.drawImage(img, { x: 36, y: 36, width: img.width * scale, height: img.height * scale });
      writeFileSync(wrapper, await doc.save());
    }
    out.set(spec.documentId, wrapper);
  }
  return out;
}
