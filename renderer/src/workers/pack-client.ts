/**
 * Promise API around pack.worker.ts for the UI. One worker per client, created on first use (or by
 * `warmUp`); jobs are
 * multiplexed by id. Cancelling asks the worker to stop at its next checkpoint; if it does not answer within
 * `hardCancelMs` (it may be inside a long layout pass) the worker is terminated and recreated on next use.
 */
import {
  PackCancelledError,
  type PackModel,
  type PackOptions,
  type PackProgress,
  type PackResult,
} from '../../../shared/pack/model';
import type { PackDoneZip, PackJobReply, PackJobRequest, VerslagJobOptions } from './pack-protocol';

export type { PackJobReply, PackJobRequest } from './pack-protocol';

export interface PackJobOptions {
  onProgress?: (progress: PackProgress) => void;
  signal?: AbortSignal;
}

export interface PackBuildOutput {
  result: PackResult;
  /** The PDF on disk (the worker's OPFS), when it was written there; else `result.pdf` holds it. */
  pdfFile?: File;
  zip?: PackDoneZip;
}

interface Pending {
  resolve: (reply: PackJobReply) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: PackProgress) => void;
}

export interface PackClientOptions {
  createWorker?: () => Worker;
  hardCancelMs?: number;
  /**
   * Transfer the attachments' buffers to the worker instead of copying them (default true: a 150 MB pack
   * is not duplicated). The caller's Uint8Arrays are detached afterwards.
   */
  transferAttachments?: boolean;
}

type JobRequest = Extract<PackJobRequest, { type: 'pack' | 'verslag' }>;
/** A request without its id (Omit that distributes over the union). */
type JobBody = JobRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const defaultWorker = (): Worker => new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' });

export class PackClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: PackClientOptions = {}) {}

  /** Builds the evidence pack PDF (and the ZIP when `zip` is given). Rejects with PackCancelledError on abort. */
  buildPack(
    model: PackModel,
    options: PackOptions,
    job: PackJobOptions & { zip?: { pdfFileName?: string } } = {},
  ): Promise<PackBuildOutput> {
    return this.start({ type: 'pack', model, options, zip: job.zip }, job).then((reply) => {
      if (reply.type !== 'pack-done') throw new Error('Onverwacht antwoord van de bewijspakket-worker.');
      return { result: reply.result, pdfFile: reply.pdfFile, zip: reply.zip };
    });
  }

  /** Builds the public kwaliteitsverslag as PDF or .docx (no staff data). */
  buildVerslag(model: PackModel, options: VerslagJobOptions = {}, job: PackJobOptions = {}): Promise<Uint8Array> {
    return this.start({ type: 'verslag', model, options }, job).then((reply) => {
      if (reply.type !== 'verslag-done') throw new Error('Onverwacht antwoord van de bewijspakket-worker.');
      return reply.pdf;
    });
  }

  /**
   * Starts the worker and has it build a throwaway sample pack, so a build started a little later runs on
   * compiled code (about 0.4 s faster for a 200-attachment pack). Call when the pack page opens.
   */
  warmUp(): void {
    this.ensureWorker().postMessage({ type: 'warm-up' } satisfies PackJobRequest);
  }

  /** Removes the pack files the worker wrote to disk (OPFS); a running job's own file stays. */
  clearOutput(): void {
    this.worker?.postMessage({ type: 'clear-output' } satisfies PackJobRequest);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new PackCancelledError());
    this.pending.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.options.createWorker ?? defaultWorker)();
    worker.onmessage = (event: MessageEvent<PackJobReply>) => this.onReply(event.data);
    worker.onerror = (event) => {
      const error = new Error(`De bewijspakket-worker is gestopt: ${event.message}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  private onReply(reply: PackJobReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      const { step, current, total } = reply;
      pending.onProgress?.({ step, current, total });
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'error') pending.reject(reply.code === 'cancelled' ? new PackCancelledError() : new Error(reply.message));
    else pending.resolve(reply);
  }

  private start(request: JobBody, job: PackJobOptions): Promise<PackJobReply> {
    const id = this.nextId++;
    const full = { ...request, id } as JobRequest;
    if (job.signal?.aborted) return Promise.reject(new PackCancelledError());
    const worker = this.ensureWorker();
    return new Promise<PackJobReply>((resolve, reject) => {
      let hardTimer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = (): void => {
        worker.postMessage({ type: 'cancel', id } satisfies PackJobRequest);
        hardTimer = setTimeout(() => {
          if (!this.pending.has(id)) return;
          // The worker is busy in a long synchronous step: stop it outright.
          this.pending.get(id)?.reject(new PackCancelledError());
          this.pending.delete(id);
          this.worker?.terminate();
          this.worker = undefined;
          for (const p of this.pending.values()) p.reject(new Error('De bewijspakket-worker is gestopt.'));
          this.pending.clear();
        }, this.options.hardCancelMs ?? 3000);
      };
      const cleanup = (): void => {
        job.signal?.removeEventListener('abort', onAbort);
        if (hardTimer) clearTimeout(hardTimer);
      };
      this.pending.set(id, {
        resolve: (reply) => {
          cleanup();
          resolve(reply);
        },
        reject: (error) => {
          cleanup();
          reject(error);
        },
        onProgress: job.onProgress,
      });
      job.signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(full, this.transferList(full));
    });
  }

  private transferList(request: JobRequest): Transferable[] {
    if (request.type !== 'pack' || this.options.transferAttachments === false) return [];
    const buffers = new Set<ArrayBuffer>();
    for (const a of request.model.attachments) if (a.bytes?.buffer instanceof ArrayBuffer) buffers.add(a.bytes.buffer);
    return [...buffers];
  }
}
