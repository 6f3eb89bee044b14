/** saveBlob (renderer/src/host/save-blob.ts): a Blob to the host in slices, never whole. */
import { describe, expect, it } from 'vitest';
import { SAVE_READ_FAILED, SAVE_SLICE_BYTES, saveBlob } from '../../../renderer/src/host/save-blob';

/** A disk-backed Blob whose file changed or went: every read fails as Chromium's does. */
function unreadableBlob(): Blob {
  return {
    size: 10,
    slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('The file changed', 'NotReadableError')) }),
  } as unknown as Blob;
}
import type { BeginSaveRequest, BeginSaveResult, HostApi, SaveFileResult } from '../../../shared/bridge/host-api';

type Call = ['begin', BeginSaveRequest] | ['write', string, number] | ['finish', string, boolean];

/** A host that records every call and keeps the written bytes; knobs make a step fail. */
class RecordingHost implements Pick<HostApi, 'beginSave' | 'writeSaveChunk' | 'finishSave'> {
  readonly calls: Call[] = [];
  readonly chunks: Uint8Array[] = [];
  cancelDialog = false;
  failWriteAt = -1;
  failFinishCancel = false;

  async beginSave(request: BeginSaveRequest): Promise<BeginSaveResult> {
    this.calls.push(['begin', request]);
    return this.cancelDialog ? { saved: false } : { token: 'feedfacefeedface' };
  }
  async writeSaveChunk(token: string, bytes: Uint8Array): Promise<void> {
    this.calls.push(['write', token, bytes.byteLength]);
    if (this.chunks.length === this.failWriteAt) throw new Error('Het bestand kon niet worden opgeslagen. Kies een andere map of controleer of er genoeg ruimte is.');
    this.chunks.push(bytes);
  }
  async finishSave(token: string, commit: boolean): Promise<SaveFileResult> {
    this.calls.push(['finish', token, commit]);
    if (!commit && this.failFinishCancel) throw new Error('Dit opslaan is niet (meer) bezig. Probeer het opnieuw.');
    return commit ? { saved: true, path: '/tmp/pakket.zip' } : { saved: false };
  }
  writes(): number[] {
    return this.calls.filter((c) => c[0] === 'write').map((c) => c[2] as number);
  }
  finishes(): boolean[] {
    return this.calls.filter((c) => c[0] === 'finish').map((c) => c[2] as boolean);
  }
}

const request = { suggestedName: 'Bewijspakket.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }], folderKey: 'pakket' };

function patternBlob(length: number): { blob: Blob; bytes: Uint8Array } {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 13 + (i >> 20)) & 0xff;
  return { blob: new Blob([bytes]), bytes };
}

describe('saveBlob', () => {
  it('announces the size, sends 8 MiB slices in order, reports progress and commits', async () => {
    const { blob, bytes } = patternBlob(2 * SAVE_SLICE_BYTES + 12_345);
    const host = new RecordingHost();
    const progress: [number, number][] = [];
    const result = await saveBlob(host, request, blob, { onProgress: (written, total) => progress.push([written, total]) });
    expect(result).toEqual({ saved: true, path: '/tmp/pakket.zip' });
    expect(host.calls[0]).toEqual(['begin', { ...request, size: blob.size }]);
    expect(host.writes()).toEqual([SAVE_SLICE_BYTES, SAVE_SLICE_BYTES, 12_345]);
    expect(host.calls.at(-1)).toEqual(['finish', 'feedfacefeedface', true]);
    expect(progress).toEqual([
      [0, blob.size],
      [SAVE_SLICE_BYTES, blob.size],
      [2 * SAVE_SLICE_BYTES, blob.size],
      [blob.size, blob.size],
    ]);
    expect(Buffer.compare(Buffer.concat(host.chunks), Buffer.from(bytes))).toBe(0);
  });

  it('an empty Blob: begin with size 0, no parts, commit', async () => {
    const host = new RecordingHost();
    expect(await saveBlob(host, request, new Blob([]))).toMatchObject({ saved: true });
    expect(host.calls.map((c) => c[0])).toEqual(['begin', 'finish']);
  });

  it('cancel in the dialog: saved false, nothing sent, nothing to finish', async () => {
    const host = new RecordingHost();
    host.cancelDialog = true;
    expect(await saveBlob(host, request, patternBlob(100).blob)).toEqual({ saved: false });
    expect(host.calls.map((c) => c[0])).toEqual(['begin']);
  });

  it('abort halfway: stops after the current slice, finish(false), resolves saved false', async () => {
    const host = new RecordingHost();
    const abort = new AbortController();
    const result = await saveBlob(host, request, patternBlob(1000).blob, {
      sliceBytes: 100,
      signal: abort.signal,
      onProgress: (written) => {
        if (written === 300) abort.abort();
      },
    });
    expect(result).toEqual({ saved: false });
    expect(host.writes()).toEqual([100, 100, 100]);
    expect(host.finishes()).toEqual([false]);
  });

  it('aborted before it starts: no dialog at all', async () => {
    const host = new RecordingHost();
    const abort = new AbortController();
    abort.abort();
    expect(await saveBlob(host, request, patternBlob(10).blob, { signal: abort.signal })).toEqual({ saved: false });
    expect(host.calls).toEqual([]);
  });

  it('a refused part: finish(false), and the host’s (Dutch) error reaches the caller', async () => {
    const host = new RecordingHost();
    host.failWriteAt = 1;
    await expect(saveBlob(host, request, patternBlob(250).blob, { sliceBytes: 100 })).rejects.toThrow(/genoeg ruimte/);
    expect(host.writes()).toEqual([100, 100]);
    expect(host.finishes()).toEqual([false]);
  });

  it('when the host already dropped the save, the cancel’s own error does not hide the real one', async () => {
    const host = new RecordingHost();
    host.failWriteAt = 0;
    host.failFinishCancel = true;
    await expect(saveBlob(host, request, patternBlob(50).blob)).rejects.toThrow(/genoeg ruimte/);
    expect(host.finishes()).toEqual([false]);
  });

  it('a Blob that cannot be read (its file changed): a Dutch error, finish(false)', async () => {
    const host = new RecordingHost();
    const unreadable = unreadableBlob();
    const error = await saveBlob(host, request, unreadable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(SAVE_READ_FAILED);
    expect(((error as Error).cause as DOMException).name).toBe('NotReadableError');
    expect(host.finishes()).toEqual([false]);
  });
});

/** A host that takes the Blob itself (as the browser does); the streamed calls fail the test if used. */
class DirectHost extends RecordingHost {
  readonly direct: { request: unknown; blob: Blob }[] = [];
  directResult: SaveFileResult = { saved: true };
  async saveBlobDirect(request: Omit<BeginSaveRequest, 'size'>, blob: Blob): Promise<SaveFileResult> {
    this.direct.push({ request, blob });
    return this.directResult;
  }
}

/** A Blob that counts the bytes read from it, and can be made slow to read. */
function countingBlob(length: number, delayMs = 0) {
  const blob = patternBlob(length).blob;
  const reads: [number, number][] = [];
  const slice = blob.slice.bind(blob);
  blob.slice = (start?: number, end?: number) => {
    reads.push([start ?? 0, end ?? length]);
    const part = slice(start, end);
    const read = part.arrayBuffer.bind(part);
    part.arrayBuffer = () => new Promise((resolve) => setTimeout(resolve, delayMs)).then(read);
    return part;
  };
  return { blob, reads };
}

describe('saveBlob with a host that takes the Blob itself (saveBlobDirect)', () => {
  it('hands over the very Blob, reads one byte of it, and progress goes from nothing to done', async () => {
    const host = new DirectHost();
    const { blob, reads } = countingBlob(3 * SAVE_SLICE_BYTES + 5);
    const progress: [number, number][] = [];
    const result = await saveBlob(host, request, blob, { onProgress: (written, total) => progress.push([written, total]) });
    expect(result).toEqual({ saved: true });
    expect(host.direct).toHaveLength(1);
    expect(host.direct[0]?.blob).toBe(blob);
    expect(host.direct[0]?.request).toEqual(request);
    expect(host.calls).toEqual([]);
    expect(reads).toEqual([[blob.size - 1, blob.size]]);
    expect(progress).toEqual([
      [0, blob.size],
      [blob.size, blob.size],
    ]);
  });

  it('an empty Blob is handed over without a read', async () => {
    const host = new DirectHost();
    const { blob, reads } = countingBlob(0);
    expect(await saveBlob(host, request, blob)).toEqual({ saved: true });
    expect(reads).toEqual([]);
    expect(host.direct.map((d) => d.blob)).toEqual([blob]);
  });

  it('stopped before the host has it: saved false and nothing handed over', async () => {
    const host = new DirectHost();
    const abort = new AbortController();
    const { blob } = countingBlob(1000, 20);
    const result = await saveBlob(host, request, blob, {
      signal: abort.signal,
      onProgress: (written) => {
        if (written === 0) abort.abort();
      },
    });
    expect(result).toEqual({ saved: false });
    expect(host.direct).toEqual([]);
    expect(host.calls).toEqual([]);

    abort.abort();
    expect(await saveBlob(host, request, blob, { signal: abort.signal })).toEqual({ saved: false });
    expect(host.direct).toEqual([]);
  });

  it('a Blob whose file changed: the Dutch read error, nothing handed over', async () => {
    const host = new DirectHost();
    const unreadable = unreadableBlob();
    await expect(saveBlob(host, request, unreadable)).rejects.toThrow(SAVE_READ_FAILED);
    expect(host.direct).toEqual([]);
  });

  it('a ZIP whose PDF file went (held by reference): the Dutch read error, nothing handed over', async () => {
    const host = new DirectHost();
    const gone = unreadableBlob();
    // The ZIP's own last bytes (its end record) are in memory and read fine; the PDF file it is made of is not.
    await expect(saveBlob(host, request, patternBlob(10).blob, { sources: [gone] })).rejects.toThrow(SAVE_READ_FAILED);
    expect(host.direct).toEqual([]);
    expect((await saveBlob(host, request, patternBlob(10).blob, { sources: [patternBlob(5).blob] })).saved).toBe(true);
  });

  it('a host that did not save: saved false, no progress to done', async () => {
    const host = new DirectHost();
    host.directResult = { saved: false };
    const progress: number[] = [];
    expect(await saveBlob(host, request, patternBlob(10).blob, { onProgress: (written) => progress.push(written) })).toEqual({ saved: false });
    expect(progress).toEqual([0]);
  });
});
