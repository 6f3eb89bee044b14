/**
 * V8's sampling profiler on a page's dedicated worker, through the page's DevTools protocol session: the
 * worker is auto-attached (non-flat), and Profiler commands travel in Target.sendMessageToTarget. Also a full
 * GC in that worker, standing for the ones V8 runs while a worker waits.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CpuProfile } from './profile-summary';

export interface WorkerProfiler {
  /** Starts sampling the newest worker the page started. */
  start(): Promise<void>;
  stop(): Promise<CpuProfile>;
  /**
   * A full garbage collection in the newest worker: `devtools`, DevTools' own (it also reduces memory, like the
   * GCs V8's memory reducer runs when a worker has gone idle), or `gc()` (a plain full GC, as V8 runs one when the
   * heap grows; the browser must run with `--js-flags=--expose-gc`).
   */
  collectGarbage(kind: 'devtools' | 'gc'): Promise<void>;
}

export async function workerProfiler(context: BrowserContext, page: Page): Promise<WorkerProfiler> {
  const cdp = await context.newCDPSession(page);
  const workers: string[] = [];
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  let nextId = 1;
  let session: string | undefined;
  const send = async (method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId: session, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result;
  };
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    async start() {
      session = workers.at(-1);
      if (!session) throw new Error('no worker attached');
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 200 });
      await send('Profiler.start');
    },
    async stop() {
      const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
      return profile;
    },
    async collectGarbage(kind) {
      session = workers.at(-1);
      if (!session) throw new Error('no worker attached');
      if (kind === 'devtools') await send('HeapProfiler.collectGarbage');
      else await send('Runtime.evaluate', { expression: 'gc()' });
    },
  };
}
