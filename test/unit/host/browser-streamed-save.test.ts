/**
 * The browser's beginSave / writeSaveChunk / finishSave: parts kept as Blobs, one download of them at the commit;
 * and its saveBlobDirect, which saveBlob uses there: the given Blob downloaded as it is.
 * Node has Blob and URL.createObjectURL; the page's download link is a small stand-in for `document`.
 */
import { resolveObjectURL } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browser-host';
import { createBrowserStreamedSaves } from '../../../renderer/src/host/browser-streamed-save';
import { saveBlob } from '../../../renderer/src/host/save-blob';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function recorder() {
  const downloads: { fileName: string; blob: Blob }[] = [];
  return { downloads, saves: createBrowserStreamedSaves((fileName, blob) => downloads.push({ fileName, blob })) };
}

async function tokenOf(result: Promise<{ saved: false } | { token: string }>): Promise<string> {
  const r = await result;
  if (!('token' in r)) throw new Error('no token');
  return r.token;
}

describe('browser streamed save', () => {
  it('begin gives a token without a dialog; the commit downloads the parts as one file under the suggested name', async () => {
    const { saves, downloads } = recorder();
    const token = await tokenOf(saves.beginSave({ suggestedName: 'Bewijspakket.zip', filters: [], size: 6 }));
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    await saves.writeSaveChunk(token, new Uint8Array([1, 2]));
    await saves.writeSaveChunk(token, new Uint8Array([3, 4, 5]));
    await saves.writeSaveChunk(token, new Uint8Array([6]));
    expect(downloads).toEqual([]);
    expect(await saves.finishSave(token, true)).toEqual({ saved: true });
    expect(downloads.map((d) => d.fileName)).toEqual(['Bewijspakket.zip']);
    expect([...new Uint8Array(await (downloads[0] as { blob: Blob }).blob.arrayBuffer())]).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(saves.finishSave(token, true)).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
  });

  it('commit false drops the parts and downloads nothing', async () => {
    const { saves, downloads } = recorder();
    const token = await tokenOf(saves.beginSave({ suggestedName: 'a.zip', filters: [], size: 2 }));
    await saves.writeSaveChunk(token, new Uint8Array([1]));
    expect(await saves.finishSave(token, false)).toEqual({ saved: false });
    expect(downloads).toEqual([]);
    await expect(saves.writeSaveChunk(token, new Uint8Array([1]))).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
  });

  it('refuses too many bytes, too few at the commit, unknown tokens and bad arguments', async () => {
    const { saves, downloads } = recorder();
    const long = await tokenOf(saves.beginSave({ suggestedName: 'a.zip', filters: [], size: 2 }));
    await expect(saves.writeSaveChunk(long, new Uint8Array(3))).rejects.toThrow(/meer dan aangekondigd/);
    await expect(saves.finishSave(long, true)).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
    const short = await tokenOf(saves.beginSave({ suggestedName: 'a.zip', filters: [], size: 2 }));
    await saves.writeSaveChunk(short, new Uint8Array(1));
    await expect(saves.finishSave(short, true)).rejects.toThrow(/niet volledig aangekomen/);
    await expect(saves.writeSaveChunk('ab'.repeat(16), new Uint8Array(1))).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
    await expect(saves.writeSaveChunk('__proto__', new Uint8Array(1))).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
    await expect(saves.beginSave({ suggestedName: 'a.zip', filters: [], size: -1 })).rejects.toThrow();
    const ok = await tokenOf(saves.beginSave({ suggestedName: 'a.zip', filters: [], size: 1 }));
    await expect(saves.writeSaveChunk(ok, [1] as unknown as Uint8Array)).rejects.toThrow();
    expect(downloads).toEqual([]);
  });

  it('createBrowserHost: saveBlob downloads the given Blob itself (no copy) through one link, released later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const clicked = stubDownloadLink();
    const urlsFor: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      urlsFor.push(blob as Blob);
      return createObjectURL(blob as Blob);
    });
    const bytes = Uint8Array.from({ length: 250_000 }, (_, i) => (i * 3) & 0xff);
    const file = new Blob([bytes]);
    const host = createBrowserHost('0.0.0-test');
    const progress: number[] = [];
    const result = await saveBlob(host, { suggestedName: 'Bewijspakket 2025.zip', filters: [] }, file, { sliceBytes: 64 * 1024, onProgress: (written) => progress.push(written) });
    expect(result).toEqual({ saved: true });
    expect(progress).toEqual([0, bytes.length]);
    expect(urlsFor).toHaveLength(1);
    expect(urlsFor[0]).toBe(file);
    expect(clicked).toHaveLength(1);
    const [link] = clicked as [(typeof clicked)[number]];
    expect(link.download).toBe('Bewijspakket 2025.zip');
    expect(link.rel).toBe('noopener');
    const downloaded = resolveObjectURL(link.href);
    expect(Buffer.compare(Buffer.from(await (downloaded as Blob).arrayBuffer()), Buffer.from(bytes))).toBe(0);
    vi.runAllTimers();
    expect(resolveObjectURL(link.href)).toBeUndefined();
  });

  it('createBrowserHost: saveBlobDirect refuses a name no system allows, and anything but a Blob', async () => {
    const clicked = stubDownloadLink();
    const host = createBrowserHost('0.0.0-test');
    await expect(host.saveBlobDirect?.({ suggestedName: '../x.zip', filters: [] }, new Blob(['x']))).rejects.toThrow();
    await expect(host.saveBlobDirect?.({ suggestedName: 'x.zip', filters: [] }, new Uint8Array(1) as unknown as Blob)).rejects.toThrow();
    expect(clicked).toEqual([]);
  });
});

/** A stand-in for `document` that records the download link's click. */
function stubDownloadLink(): { href: string; download: string; rel: string }[] {
  const clicked: { href: string; download: string; rel: string }[] = [];
  vi.stubGlobal('document', {
    body: { append: () => undefined },
    createElement: (tag: string) => {
      expect(tag).toBe('a');
      const link = { href: '', download: '', rel: '', click: () => clicked.push({ href: link.href, download: link.download, rel: link.rel }), remove: () => undefined };
      return link;
    },
  });
  return clicked;
}
