import { webCryptoSha256, type Sha256Fn } from './hash';
import { inspectAttachment, type Inspected } from './inspect';
import {
  anchors,
  insertedPages,
  placeholderPages,
  buildPackDefinition,
  finalPage,
  resolveToc,
  outlineItems,
  packInfo,
  type PackPlan,
  type PageMap,
  type PlannedAttachment,
} from './layout';
import { typesetDefinition } from './typeset';
import { PackMerger } from './merge';
import { ReadAhead } from './read-ahead';
import { ReadBuffers } from './read-buffers';
import { createIncrementalHasher } from '../files/parts-hash';
import { checkOriginal, checkedByStoredCrc } from './verify-original';
import { CountingSink, MemorySink, type PackSink } from './sink';
import {
  PackCancelledError,
  type PackAttachment,
  type PackDocumentRef,
  type PackFonts,
  type PackModel,
  type PackOptions,
  type PackProgress,
  type PackResult,
  type PlacedAttachment,
  type SkippedAttachment,
} from './model';
import { SKIP_REASONS, skip } from './inspect';
import { selectForPack, type PackSelection } from './select';

/** Structural AbortSignal: shared/ has no DOM lib, a real AbortSignal fits. */
export interface PackAbortSignal {
  readonly aborted: boolean;
}

export interface BuildPackOptions extends PackOptions {
  fonts: PackFonts;
  onProgress?: (progress: PackProgress) => void;
  signal?: PackAbortSignal;
  /** Defaults to WebCrypto (globalThis.crypto.subtle). */
  sha256?: Sha256Fn;
  /**
   * Where the PDF goes as it is made (a file: the worker's origin private file system, the benchmark's disk).
   * Without one it is kept in memory and returned as `PackResult.pdf`.
   */
  sink?: PackSink;
}

/** What planAttachments needs of an inspection (the parsed file itself is merged and dropped at once). */
export type InspectSummary = { ok: true; pageCount: number } | { ok: false; code: Extract<Inspected, { ok: false }>['code']; reason: string };

/** Bytes read and hashed ahead of the attachment being merged (at least the next file, whatever its size). */
const READ_AHEAD_BYTES = 24 * 1024 * 1024;

/**
 * Builds the evidence pack PDF. Broken attachments never stop it: they are listed in `skipped` (and on the
 * "Niet opgenomen" page). Throws PackCancelledError when `signal` aborts.
 *
 * One attachment at a time: read (from memory or its Blob), hashed, inspected, its pages moved into the output
 * and written to the sink, then let go; the next file is read and hashed meanwhile. Then the generated pages
 * are laid out (their page numbers follow from the attachments' page counts) and the rest is written.
 */
export async function buildEvidencePack(model: PackModel, options: BuildPackOptions): Promise<PackResult> {
  const selection = selectForPack(model, options);
  const progress = options.onProgress ?? (() => {});
  const sha256 = options.sha256 ?? webCryptoSha256;
  const pause = makeYielder();
  const checkpoint = async (): Promise<void> => {
    if (options.signal?.aborted) throw new PackCancelledError();
    await pause();
    if (options.signal?.aborted) throw new PackCancelledError();
  };
  const attachments = selection.attachments;
  const total = attachments.length;
  const timings: PackResult['timings'] = {};
  let clock = Date.now();
  const lap = (step: keyof PackResult['timings']): void => {
    const now = Date.now();
    timings[step] = (timings[step] ?? 0) + now - clock;
    clock = now;
  };

  const memory = options.sink ? undefined : new MemorySink();
  const sink = new CountingSink(options.sink ?? (memory as MemorySink));
  const info = packInfo({ selection, included: [], skipped: [], hashes: {} });
  const merger = await PackMerger.create(
    { ...info, keywords: info.keywords.split(', '), producer: `Kwaliteitsmap ${model.appVersion}`, createdAt: new Date(model.generatedAt) },
    sink,
    options.fonts,
  );
  const refs = documentRefs(selection);
  const summaries: InspectSummary[] = [];
  const hashList: string[] = [];
  const crc32s: Record<string, number> = {};
  // Each original's CRC-32, computed while its bytes are here (~0.1 s for 200 MB): it checks the file against
  // the one stored (verify-original.ts), and the ZIP takes the stored file as it is instead of reading it again.
  const crc = await createIncrementalHasher('crc32');
  const routes = new Map<string, PlacedAttachment['route']>();
  // Files are read ahead (on the host's I/O threads) while the main thread inspects and merges, within a byte
  // budget, so memory stays one budget plus the attachment being merged. A file that cannot be checked by its
  // stored CRC-32 is hashed as soon as it is read, on WebCrypto's threads.
  // With a sink that copies (a file), each file's memory is read into again once its pages are written.
  const buffers = sink.copies ? new ReadBuffers() : undefined;
  const ahead = new ReadAhead(attachments, (bytes, a) => (checkedByStoredCrc(a) ? undefined : sha256(bytes)), READ_AHEAD_BYTES, buffers);
  let included = 0;
  progress({ step: 'merge', current: 0, total });
  try {
    for (let i = 0; i < total; i++) {
      await checkpoint();
      const attachment = attachments[i] as PackAttachment;
      const current = await ahead.take(i).catch(() => undefined);
      if (!current) {
        // The stored file cannot be read (storage damaged or cleared): left out with the reason, like a broken one.
        hashList.push('');
        summaries.push(skip('unreadable'));
        progress({ step: 'merge', current: i + 1, total });
        continue;
      }
      // Checked before anything parses the bytes (a parser may write into its input's buffers).
      const checking = checkOriginal(attachment, current.bytes, crc, sha256, current.hash);
      // Inspected while WebCrypto hashes; merged only when the file is the one stored.
      const inspected = await inspectAttachment(attachment, current.bytes);
      const { sha256: hash, crc32 } = await checking;
      hashList.push(hash);
      const mismatch = !!attachment.sha256 && attachment.sha256.toLowerCase() !== hash;
      // A damaged file's CRC-32 is not passed on: the ZIP reads that file itself.
      if (!mismatch) crc32s[attachment.documentId] = crc32;
      summaries.push(inspected.ok ? { ok: true, pageCount: inspected.pageCount } : inspected);
      lap('inspect');
      if (inspected.ok && !mismatch) {
        const planned = plannedAttachment(selection, attachment, ++included, inspected.pageCount, hash);
        await merger.add({ planned, inspected, bytes: current.bytes, documentRef: refs.get(attachment.documentId) });
        routes.set(attachment.documentId, 'route' in inspected ? inspected.route : 'image');
        lap('merge');
      }
      // Its pages are in the sink: nothing reads these bytes again.
      current.release();
      progress({ step: 'merge', current: i + 1, total });
    }
  } finally {
    await ahead.settle();
  }

  // Layout: one pass of the pack's own typesetter, the att:N anchors on a placeholder page (see layout.ts).
  const plan = planAttachments(selection, summaries, hashList);
  progress({ step: 'layout', current: 0, total: 1 });
  const rendered = await typesetDefinition(buildPackDefinition(plan), options.fonts, finalPage(plan), merger.sharedFonts);
  const attachmentPages = plan.included.reduce((n, p) => n + 1 + p.pageCount, 0);
  const frontPages = frontPageCount(plan, rendered.positions, attachmentPages);
  const map = pageMap(plan, rendered.positions, frontPages, rendered.pageCount + insertedPages(plan));
  progress({ step: 'layout', current: 1, total: 1 });
  await checkpoint();
  lap('layout');

  progress({ step: 'save', current: 0, total: 1 });
  const out = await merger.finish(rendered.context, frontPages, placeholderPages(plan), outlineItems(plan, map), rendered.fontPlaceholders);
  lap('save');
  progress({ step: 'save', current: 1, total: 1 });
  if (out.pageCount !== map.total) {
    throw new Error(`Interne fout: ${out.pageCount} pagina's samengevoegd, ${map.total} verwacht.`);
  }

  const hashes: Record<string, string> = {};
  attachments.forEach((a, i) => {
    if (hashList[i]) hashes[a.documentId] = hashList[i] as string;
  });
  return {
    pdf: memory?.parts ?? [],
    pdfSize: sink.size,
    pageCount: out.pageCount,
    generatedPageCount: out.pageCount - attachmentPages + plan.included.length,
    toc: resolveToc(plan, map),
    placed: plan.included.map((p) => ({
      number: p.number,
      documentId: p.attachment.documentId,
      title: p.attachment.title,
      requirementIds: p.attachment.requirementIds,
      startPage: map.pages[anchors.attachment(p.number)] as number,
      pageCount: p.pageCount,
      route: routes.get(p.attachment.documentId),
    })),
    skipped: plan.skipped,
    hashes,
    crc32s,
    timings,
  };
}

function plannedAttachment(selection: PackSelection, attachment: PackAttachment, number: number, pageCount: number, sha256: string): PlannedAttachment {
  const requirementLabels = [...new Set(attachment.requirementIds.map((id) => selection.labels.get(id) ?? 'eis'))];
  return { number, attachment, requirementLabels, pageCount, sha256 };
}

/** Numbers the attachments that can be merged and collects the ones that cannot (with a Dutch reason). */
export function planAttachments(
  selection: PackSelection,
  inspected: readonly (InspectSummary | undefined)[],
  hashList: readonly string[],
): PackPlan {
  const included: PlannedAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const hashes: Record<string, string> = {};
  selection.attachments.forEach((attachment, i) => {
    const sha256 = hashList[i] as string;
    // '' = the file could not be read: the stored hash stands.
    if (sha256) hashes[attachment.documentId] = sha256;
    const result = inspected[i];
    const base = {
      documentId: attachment.documentId,
      title: attachment.title,
      fileName: attachment.fileName,
      requirementIds: attachment.requirementIds,
    };
    if (attachment.sha256 && sha256 && attachment.sha256.toLowerCase() !== sha256) {
      skipped.push({ ...base, code: 'hash-mismatch', reason: SKIP_REASONS['hash-mismatch'] });
    } else if (!result || !result.ok) {
      const code = result && !result.ok ? result.code : 'corrupt';
      skipped.push({ ...base, code, reason: result && !result.ok ? result.reason : SKIP_REASONS.corrupt });
    } else {
      included.push(plannedAttachment(selection, attachment, included.length + 1, result.pageCount, sha256));
    }
  });
  return { selection, included, skipped, hashes };
}

/** The front part's page count: the manifest (always present) follows the front and the attachment pages. */
function frontPageCount(plan: PackPlan, positions: Record<string, number>, attachmentPages: number): number {
  const manifest = positions[anchors.manifest];
  if (manifest === undefined) throw new Error('Interne fout: het manifest staat niet in de opmaak.');
  return manifest - 1 - attachmentPages;
}

/**
 * Physical page numbers of every anchor in the final PDF: the layout's positions (already shifted by
 * `finalPage`), checked against the attachment start pages that follow from the front page count and the
 * attachments' page counts (the merge relies on exactly that arrangement of separators and pages).
 */
export function pageMap(plan: PackPlan, positions: Record<string, number>, frontPages: number, total: number): PageMap {
  const pages: Record<string, number> = { ...positions };
  let next = frontPages + 1;
  for (const p of plan.included) {
    const anchor = anchors.attachment(p.number);
    if (positions[anchor] !== next) {
      throw new Error(`Interne fout: bijlage ${p.number} begint op pagina ${positions[anchor] ?? '?'}, ${next} verwacht.`);
    }
    next += 1 + p.pageCount;
  }
  if (plan.included.length > 0) pages[anchors.attachments] = frontPages + 1;
  if (positions[anchors.manifest] !== next) throw new Error('Interne fout: het manifest staat niet na de bijlagen.');
  return { pages, total };
}

function documentRefs(selection: PackSelection): Map<string, PackDocumentRef> {
  const out = new Map<string, PackDocumentRef>();
  for (const s of selection.sections) for (const e of s.entries) for (const d of e.documents) if (!out.has(d.documentId)) out.set(d.documentId, d);
  return out;
}

type Scheduler = {
  setImmediate?: (cb: () => void) => unknown;
  setTimeout?: (cb: () => void, ms: number) => unknown;
  MessageChannel?: new () => { port1: { onmessage: (() => void) | null; close(): void }; port2: { postMessage(v: unknown): void } };
};

/**
 * Lets the event loop run (a worker must see its 'cancel' message) at most every 40 ms, so yielding costs
 * nothing measurable: setTimeout(0) is clamped to 1–4 ms and would add seconds over 200 attachments.
 */
function makeYielder(): () => Promise<void> {
  const g = globalThis as unknown as Scheduler;
  let last = Date.now();
  const tick = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (g.setImmediate) {
        g.setImmediate(resolve);
      } else if (g.MessageChannel) {
        const channel = new g.MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      } else if (g.setTimeout) {
        g.setTimeout(resolve, 0);
      } else {
        resolve();
      }
    });
  return async () => {
    if (Date.now() - last < 40) return;
    await tick();
    last = Date.now();
  };
}
