import type { BeginSaveRequest, HostApi, SaveFileResult } from '../../../shared/bridge';

/** Bytes read from the Blob and sent to the host per step: at most this much of the file is in memory at once. */
export const SAVE_SLICE_BYTES = 8 * 1024 * 1024;

export const SAVE_READ_FAILED = 'Het bestand kon niet worden gelezen om het op te slaan. Maak het opnieuw en probeer het nog eens.';

export interface SaveBlobOptions {
  /** Called with the bytes handed to the host so far and the total, after the dialog and after every slice. */
  onProgress?: (written: number, total: number) => void;
  /** Aborting stops after the current slice, removes what was written and resolves saved:false (like a cancelled dialog). */
  signal?: AbortSignal;
  /** For tests; defaults to SAVE_SLICE_BYTES. */
  sliceBytes?: number;
  /**
   * Disk-backed Blobs the saved one is made of (the pack's ZIP holds the worker's PDF file by reference): each is
   * read one byte first too, where the host takes the Blob itself and a vanished file would only fail the download.
   */
  sources?: readonly Blob[];
}

type StreamingHost = Pick<HostApi, 'beginSave' | 'writeSaveChunk' | 'finishSave' | 'saveBlobDirect'>;

/**
 * Saves a Blob (e.g. a pack the worker wrote to the origin private file system) without ever reading it whole:
 * beginSave shows the dialog, then the Blob goes to the host in slices, then finishSave puts the file in place.
 * Any error after the dialog makes the host drop the partial file (finishSave commit false) and is rethrown; an
 * abort does the same and resolves { saved: false } instead of throwing.
 * A host with saveBlobDirect (the browser) gets the Blob itself instead, in one step.
 */
export async function saveBlob(
  host: StreamingHost,
  request: Omit<BeginSaveRequest, 'size'>,
  blob: Blob,
  options: SaveBlobOptions = {},
): Promise<SaveFileResult> {
  const { onProgress, signal } = options;
  const sliceBytes = Math.max(1, Math.floor(options.sliceBytes ?? SAVE_SLICE_BYTES));
  const total = blob.size;
  if (signal?.aborted) return { saved: false };
  if (host.saveBlobDirect) {
    onProgress?.(0, total);
    // A disk-backed Blob fails to read once its file changed or went (the next pack job empties the worker's
    // folder): one byte read first makes that a Dutch error here, not a download that fails in the browser.
    for (const source of [blob, ...(options.sources ?? [])]) if (source.size > 0) await readSlice(source, source.size - 1, source.size);
    // Until the host has the Blob a stop still means nothing saved; after that there is nothing to stop.
    if (signal?.aborted) return { saved: false };
    const result = await host.saveBlobDirect(request, blob);
    if (result.saved) onProgress?.(total, total);
    return result;
  }
  const begun = await host.beginSave({ ...request, size: total });
  if (!('token' in begun)) return { saved: false };
  const { token } = begun;
  const cancel = async () => {
    // The host may already have dropped the save (a refused chunk, a failed commit): nothing left to undo.
    await host.finishSave(token, false).catch(() => undefined);
  };
  try {
    onProgress?.(0, total);
    for (let start = 0; start < total; start += sliceBytes) {
      if (signal?.aborted) {
        await cancel();
        return { saved: false };
      }
      const bytes = await readSlice(blob, start, Math.min(total, start + sliceBytes));
      await host.writeSaveChunk(token, bytes);
      onProgress?.(start + bytes.byteLength, total);
    }
    if (signal?.aborted) {
      await cancel();
      return { saved: false };
    }
    return await host.finishSave(token, true);
  } catch (error) {
    await cancel();
    throw error;
  }
}

async function readSlice(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  try {
    return new Uint8Array(await blob.slice(start, end).arrayBuffer());
  } catch (error) {
    // e.g. NotReadableError when the file behind the Blob changed or went away.
    throw new Error(SAVE_READ_FAILED, { cause: error });
  }
}
