import { isQuotaError } from '../../../shared/errors/user-error';

/**
 * A small typed request/response protocol over postMessage, with progress events and
 * cancellation. The worker side registers handlers; the client side calls them by name.
 */
export interface Progress {
  step: string;
  current: number;
  total: number;
}

export type RpcHandlers = Record<string, (args: never, ctx: HandlerContext) => Promise<unknown>>;

export interface HandlerContext {
  progress(p: Progress): void;
  signal: AbortSignal;
  /** Objects to transfer (not copy) with the result. */
  transfer(objects: Transferable[]): void;
}

type Request = { kind: 'call'; id: number; method: string; args: unknown } | { kind: 'cancel'; id: number };
type Response =
  | { kind: 'progress'; id: number; progress: Progress }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: { name: string; message: string; code?: string } };

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response, transfer?: Transferable[]): void;
}

/** Worker side: answer calls with the given handlers. */
export function serve(handlers: RpcHandlers, scope: WorkerScope = self as unknown as WorkerScope): void {
  const running = new Map<number, AbortController>();
  scope.onmessage = async ({ data }) => {
    if (data.kind === 'cancel') {
      running.get(data.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(data.id, controller);
    const transfers: Transferable[] = [];
    try {
      const handler = handlers[data.method];
      if (!handler) throw new Error(`unknown method ${data.method}`);
      const value = await handler(data.args as never, {
        progress: (progress) => scope.postMessage({ kind: 'progress', id: data.id, progress }),
        signal: controller.signal,
        transfer: (objects) => transfers.push(...objects),
      });
      scope.postMessage({ kind: 'result', id: data.id, value }, transfers);
    } catch (e) {
      // A full disk arrives wrapped (Dexie AbortError → inner QuotaExceededError); send it unwrapped (issue #14).
      const err = (isQuotaError(e) ? { name: 'QuotaExceededError', message: 'storage quota exceeded' } : e) as { name?: string; message?: string; code?: string };
      scope.postMessage({
        kind: 'error',
        id: data.id,
        error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), ...(err?.code ? { code: err.code } : {}) },
      });
    } finally {
      running.delete(data.id);
    }
  };
}

export interface CallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  transfer?: Transferable[];
}

/** A worker error carried back to the UI with its name, Dutch message and code intact. */
export class WorkerError extends Error {
  constructor(
    name: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** Client side: typed calls into a worker that serves `H`. */
export function connect<H extends RpcHandlers>(worker: Worker) {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void; onProgress?: (p: Progress) => void }>();
  worker.onmessage = ({ data }: MessageEvent<Response>) => {
    const entry = pending.get(data.id);
    if (!entry) return;
    if (data.kind === 'progress') return entry.onProgress?.(data.progress);
    pending.delete(data.id);
    if (data.kind === 'result') entry.resolve(data.value);
    else entry.reject(new WorkerError(data.error.name, data.error.message, data.error.code));
  };
  return function call<M extends keyof H & string>(
    method: M,
    args: Parameters<H[M]>[0],
    options: CallOptions = {},
  ): Promise<Awaited<ReturnType<H[M]>>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      options.signal?.addEventListener('abort', () => worker.postMessage({ kind: 'cancel', id } satisfies Request), { once: true });
      worker.postMessage({ kind: 'call', id, method, args } satisfies Request, options.transfer ?? []);
    });
  };
}
