import { describe, expect, it } from 'vitest';
import { ReadAhead } from '../../../shared/pack/read-ahead';
import type { PackAttachment } from '../../../shared/pack';

function attachment(id: string, size: number, log: string[]): PackAttachment {
  const bytes = new Uint8Array(size).fill(id.charCodeAt(0));
  const blob = new Blob([bytes]);
  return {
    documentId: id,
    title: id,
    fileName: `${id}.pdf`,
    mimeType: 'application/pdf',
    fileKind: 'pdf',
    size,
    sha256: '',
    requirementIds: [],
    blob: {
      size,
      arrayBuffer: () => {
        log.push(id);
        return blob.arrayBuffer();
      },
      slice: () => {
        throw new Error('not used');
      },
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('ReadAhead', () => {
  it('reads in order within its byte budget, always at least the next file, and hashes each as it is read', async () => {
    const log: string[] = [];
    const list = [attachment('a', 10, log), attachment('b', 10, log), attachment('c', 30, log), attachment('d', 5, log)];
    const hashed: number[] = [];
    const ahead = new ReadAhead(list, async (bytes) => {
      hashed.push(bytes[0] as number);
      return `h${bytes.length}`;
    }, 20);
    const a = await ahead.take(0);
    await flush();
    expect(a.bytes).toHaveLength(10);
    expect(await a.hash).toBe('h10');
    // a taken: b (10) fits in 20, c (30) would not.
    expect(log).toEqual(['a', 'b']);
    await ahead.take(1);
    await flush();
    // Nothing else in flight: c is read although it is larger than the budget.
    expect(log).toEqual(['a', 'b', 'c']);
    expect((await ahead.take(2)).bytes).toHaveLength(30);
    expect((await ahead.take(3)).bytes).toHaveLength(5);
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    expect(hashed.map((c) => String.fromCharCode(c))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('hashes only the files the caller asks a hash for', async () => {
    const log: string[] = [];
    const ahead = new ReadAhead([attachment('a', 3, log), attachment('b', 3, log)], (bytes, a) => (a.documentId === 'b' ? undefined : Promise.resolve(`h${bytes.length}`)), 100);
    expect(await (await ahead.take(0)).hash).toBe('h3');
    expect((await ahead.take(1)).hash).toBeUndefined();
  });

  it('passes a failed read on to whoever takes it, and settles the rest', async () => {
    const log: string[] = [];
    const broken = attachment('x', 4, log);
    broken.blob = { size: 4, arrayBuffer: () => Promise.reject(new Error('weg')), slice: () => broken.blob! };
    const ahead = new ReadAhead([broken, attachment('y', 4, log)], async () => 'h', 100);
    await expect(ahead.take(0)).rejects.toThrow('weg');
    await ahead.settle();
  });
});
