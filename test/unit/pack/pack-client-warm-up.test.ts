import { describe, expect, it } from 'vitest';
import { PackClient } from '../../../renderer/src/workers/pack-client';
import type { PackJobReply } from '../../../renderer/src/workers/pack-protocol';

class FakeWorker {
  readonly posted: { type: string }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PackJobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: { type: string }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: PackJobReply) {
    this.onmessage?.({ data } as MessageEvent<PackJobReply>);
  }
}

const model = { attachments: [] } as never;

describe('PackClient warm-up', () => {
  it("never makes the user's build wait for the warm-up: a busy warm-up worker is replaced", () => {
    const workers: FakeWorker[] = [];
    const client = new PackClient({ createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    client.warmUp();
    void client.buildPack(model, {} as never).catch(() => undefined);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted.map((m) => m.type)).toEqual(['pack']);
    client.dispose();
  });

  it('keeps the warmed-up worker once the warm-up is done', () => {
    const workers: FakeWorker[] = [];
    const client = new PackClient({ createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    client.warmUp();
    workers[0]!.reply({ type: 'warm-up-done' });
    void client.buildPack(model, {} as never).catch(() => undefined);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => m.type)).toEqual(['warm-up', 'pack']);
    client.dispose();
  });
});
