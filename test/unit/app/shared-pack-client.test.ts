/**
 * When the pack worker warms up (renderer/src/app/shared-pack-client.ts): when the pack page opens, again once
 * the last warm-up has gone cold, never after her own build.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const warmUps: number[] = [];
vi.mock('../../../renderer/src/workers/pack-client', () => ({
  PackClient: class {
    warmUp() {
      warmUps.push(1);
    }
  },
}));

beforeEach(() => {
  warmUps.length = 0;
  vi.resetModules();
});

const load = () => import('../../../renderer/src/app/shared-pack-client');

describe('pack warm-up', () => {
  it('warms up when the page opens, not again while that warm-up is still warm, and again once it went cold', async () => {
    const { warmUpPackNow } = await load();
    warmUpPackNow(1_000);
    expect(warmUps).toHaveLength(1);
    warmUpPackNow(1_000 + 19_999); // the page opened again soon after
    expect(warmUps).toHaveLength(1);
    warmUpPackNow(1_000 + 20_000);
    expect(warmUps).toHaveLength(2);
  });

  it('never warms up after her own build has started', async () => {
    const { warmUpPackNow, packBuildStarted } = await load();
    packBuildStarted();
    warmUpPackNow(1_000);
    warmUpPackNow(60_000);
    expect(warmUps).toHaveLength(0);
  });
});
