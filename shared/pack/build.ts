import { hashAll, webCryptoSha256, type Sha256Fn } from './hash';
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
import { renderDefinition } from './render';
import { PackMerger, type MergeAttachment } from './merge';
import { partsSize } from './parts';
import {
  PackCancelledError,
  type PackDocumentRef,
  type PackFonts,
  type PackModel,
  type PackOptions,
  type PackProgress,
  type PackResult,
  type PlacedAttachment,
  type SkippedAttachment,
} from './model';
import { SKIP_REASONS } from './inspect';
import { selectForPack, type PackSelection } from './select';

/**
 * Bytes being hashed at once (WebCrypto copies them): while inspecting, enough to keep a thread busy between
 * yields; during the layout (no yields for a second or more) more, so the hashing goes on meanwhile.
 */
const HASH_BUDGET_BYTES = 8 * 1024 * 1024;
const HASH_BUDGET_DURING_LAYOUT = 64 * 1024 * 1024;

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
}

/**
 * Builds the evidence pack PDF. Broken attachments never stop it: they are listed in `skipped` (and on the
 * "Niet opgenomen" page). Throws PackCancelledError when `signal` aborts.
 */
export async function buildEvidencePack(model: PackModel, options: BuildPackOptions): Promise<PackResult> {
  const selection = selectForPack(model, options);
  const progress = options.onProgress ?? (() => {});
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

  // Hashing runs on WebCrypto's own threads (Node) while the main thread inspects and lays out.
  let reportHashing = false;
  let hashedCount = 0;
  const hashing = hashAll(
    attachments.map((a) => a.bytes),
    options.sha256 ?? webCryptoSha256,
    HASH_BUDGET_BYTES,
    (_i, done) => {
      hashedCount = done;
      if (reportHashing) progress({ step: 'hash', current: done, total });
    },
  );
  hashing.done.catch(() => {});
  const computedHashes = async (): Promise<string[]> => {
    reportHashing = true;
    progress({ step: 'hash', current: hashedCount, total });
    const list = await hashing.done;
    await checkpoint();
    lap('hash');
    return list;
  };

  const inspected: (Inspected | undefined)[] = [];
  progress({ step: 'inspect', current: 0, total });
  for (let i = 0; i < total; i++) {
    await checkpoint();
    inspected.push(await inspectAttachment(attachments[i] as (typeof attachments)[number]));
    progress({ step: 'inspect', current: i + 1, total });
  }
  lap('inspect');

  // Layout: one pdfmake pass, the att:N anchors on a placeholder page (see layout.ts).
  const layOut = async (plan: PackPlan) => {
    progress({ step: 'layout', current: 0, total: 1 });
    hashing.setBudget(HASH_BUDGET_DURING_LAYOUT);
    const rendered = await renderDefinition(buildPackDefinition(plan), options.fonts, finalPage(plan));
    const attachmentPages = plan.included.reduce((n, p) => n + 1 + p.pageCount, 0);
    const frontPages = frontPageCount(plan, rendered.positions, attachmentPages);
    const map = pageMap(plan, rendered.positions, frontPages, rendered.pageCount + insertedPages(plan));
    progress({ step: 'layout', current: 1, total: 1 });
    await checkpoint();
    lap('layout');
    hashing.setBudget(HASH_BUDGET_BYTES);
    return { plan, rendered, frontPages, map, attachmentPages };
  };
  // The stored hashes stand in for the computed ones while the hashing finishes, so the layout need not wait
  // for it: the pack shows them, and any mismatch (a damaged file, skipped) means laying out again.
  const stored = attachments.map((a) => (a.sha256 ?? '').toLowerCase());
  const speculate = stored.every((h) => /^[0-9a-f]{64}$/.test(h));
  let hashList: string[];
  let laidOut: Awaited<ReturnType<typeof layOut>>;
  if (speculate) {
    laidOut = await layOut(planAttachments(selection, inspected, stored));
    hashList = await computedHashes();
    if (hashList.some((h, i) => h !== stored[i])) laidOut = await layOut(planAttachments(selection, inspected, hashList));
  } else {
    hashList = await computedHashes();
    laidOut = await layOut(planAttachments(selection, inspected, hashList));
  }
  const { plan, rendered, frontPages, map, attachmentPages } = laidOut;

  const merged: MergeAttachment[] = [];
  const routes = new Map<string, PlacedAttachment['route']>();
  const refs = documentRefs(selection);
  for (const p of plan.included) {
    const index = attachments.findIndex((a) => a.documentId === p.attachment.documentId);
    const ins = inspected[index];
    if (ins && ins.ok) merged.push({ planned: p, inspected: ins, documentRef: refs.get(p.attachment.documentId) });
    if (ins && ins.ok) routes.set(p.attachment.documentId, 'route' in ins ? ins.route : 'image');
    inspected[index] = undefined;
  }

  progress({ step: 'merge', current: 0, total: merged.length });
  const merger = await PackMerger.start({
    attachments: merged,
    metadata: {
      ...packInfo(plan),
      keywords: packInfo(plan).keywords.split(', '),
      producer: `Kwaliteitsmap ${model.appVersion}`,
      createdAt: new Date(model.generatedAt),
    },
    onAttachment: async (i) => {
      progress({ step: 'merge', current: i + 1, total: merged.length });
      await checkpoint();
    },
  });
  lap('merge');
  progress({ step: 'save', current: 0, total: 1 });
  const out = await merger.finish(rendered.pdf, frontPages, placeholderPages(plan), outlineItems(plan, map));
  lap('save');
  progress({ step: 'save', current: 1, total: 1 });
  if (out.pageCount !== map.total) {
    throw new Error(`Interne fout: ${out.pageCount} pagina's samengevoegd, ${map.total} verwacht.`);
  }

  const hashes: Record<string, string> = {};
  attachments.forEach((a, i) => (hashes[a.documentId] = hashList[i] as string));
  return {
    pdf: out.pdf,
    pdfSize: partsSize(out.pdf),
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
    timings,
  };
}

/** Numbers the attachments that can be merged and collects the ones that cannot (with a Dutch reason). */
export function planAttachments(
  selection: PackSelection,
  inspected: readonly (Inspected | undefined)[],
  hashList: readonly string[],
): PackPlan {
  const included: PlannedAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const hashes: Record<string, string> = {};
  selection.attachments.forEach((attachment, i) => {
    const sha256 = hashList[i] as string;
    hashes[attachment.documentId] = sha256;
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
      const requirementLabels = [...new Set(attachment.requirementIds.map((id) => selection.labels.get(id) ?? 'eis'))];
      included.push({ number: included.length + 1, attachment, requirementLabels, pageCount: result.pageCount, sha256 });
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
