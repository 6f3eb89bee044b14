import {
  BeginSaveRequestSchema,
  SaveChunkSchema,
  SaveTokenSchema,
  type HostApi,
} from '../../../shared/bridge';

type StreamedSaveApi = Pick<HostApi, 'beginSave' | 'writeSaveChunk' | 'finishSave'>;

interface BrowserSave {
  fileName: string;
  size: number;
  written: number;
  /** Each part as its own Blob: Chromium may keep large blobs on disk instead of in memory. */
  parts: Blob[];
}

const UNKNOWN = 'Dit opslaan is niet (meer) bezig. Probeer het opnieuw.';
const TOO_LONG = 'Er kwam meer dan aangekondigd; het bestand is niet opgeslagen. Probeer het opnieuw.';
const INCOMPLETE = 'Het bestand is niet volledig aangekomen en is niet opgeslagen. Probeer het opnieuw.';

/**
 * beginSave / writeSaveChunk / finishSave in a plain browser: there is no dialog, so begin only hands out a
 * token; the parts are collected as Blobs and finishSave(commit) downloads them as one file under the
 * suggested name. A page reload simply forgets them. saveBlob does not come here in the browser (the host's
 * saveBlobDirect downloads the Blob itself); these keep the HostApi contract whole for any other caller.
 */
export function createBrowserStreamedSaves(download: (fileName: string, blob: Blob) => void): StreamedSaveApi {
  const saves = new Map<string, BrowserSave>();

  const take = (token: unknown): [string, BrowserSave] => {
    const parsed = SaveTokenSchema.safeParse(token);
    const save = parsed.success ? saves.get(parsed.data) : undefined;
    if (!parsed.success || !save) throw new Error(UNKNOWN);
    return [parsed.data, save];
  };

  return {
    async beginSave(request) {
      const { suggestedName, size } = BeginSaveRequestSchema.parse(request);
      const token = randomToken();
      saves.set(token, { fileName: suggestedName, size, written: 0, parts: [] });
      return { token };
    },
    async writeSaveChunk(token, bytes) {
      const [key, save] = take(token);
      const chunk = SaveChunkSchema.parse(bytes);
      if (save.written + chunk.byteLength > save.size) {
        saves.delete(key);
        throw new Error(TOO_LONG);
      }
      save.parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      save.written += chunk.byteLength;
    },
    async finishSave(token, commit) {
      const [key, save] = take(token);
      saves.delete(key);
      if (!commit) return { saved: false };
      if (save.written !== save.size) throw new Error(INCOMPLETE);
      download(save.fileName, new Blob(save.parts));
      return { saved: true };
    },
  };
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
