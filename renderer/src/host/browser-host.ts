import {
  DEFAULT_SETTINGS,
  parseStoredSettings,
  SaveBlobDirectRequestSchema,
  SettingsPatchSchema,
  WriteAutoBackupRequestSchema,
  type AppRoute,
  type FileFilter,
  type HostApi,
  type OpenedFile,
} from '../../../shared/bridge';
import { todayInAmsterdam } from '../../../shared/dates';
import { createBrowserStreamedSaves } from './browser-streamed-save';

const SETTINGS_KEY = 'kwaliteitsmap.settings';

/** The HostApi in a plain browser: localStorage, a download link, a file input and the Notification API. */
export function createBrowserHost(version: string): HostApi {
  const listeners = new Set<(route: AppRoute) => void>();
  const emit = (route: AppRoute) => listeners.forEach((l) => l(route));

  const readSettings = () => {
    try {
      const raw = localStorage.getItem(SETTINGS_KEY);
      return parseStoredSettings(raw ? JSON.parse(raw) : {});
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  };

  const writeSettings = (patch: unknown) => {
    const valid = SettingsPatchSchema.parse(patch);
    const next = parseStoredSettings({ ...readSettings(), ...valid });
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    return next;
  };

  return {
    async getSettings() {
      return readSettings();
    },
    async setSettings(patch) {
      return writeSettings(patch);
    },
    async saveFile({ suggestedName, bytes }) {
      download(suggestedName, bytes);
      return { saved: true };
    },
    ...createBrowserStreamedSaves(downloadBlob),
    // The Blob itself is downloaded (a pack the worker wrote to disk stays there; nothing is copied).
    async saveBlobDirect(request, blob) {
      const { suggestedName } = SaveBlobDirectRequestSchema.parse(request);
      if (!(blob instanceof Blob)) throw new TypeError('blob must be a Blob');
      downloadBlob(suggestedName, blob);
      return { saved: true };
    },
    openFiles({ filters, multiple }) {
      return pickFiles(filters, multiple);
    },
    async notify({ title, body, route }) {
      if (typeof Notification === 'undefined') return;
      if (Notification.permission === 'default') await Notification.requestPermission();
      if (Notification.permission !== 'granted') return;
      const n = new Notification(title, { body, lang: 'nl' });
      n.onclick = () => {
        window.focus();
        if (route) emit(route);
        n.close();
      };
    },
    async appInfo() {
      return {
        host: 'browser',
        version,
        dataLocation: `In deze browser, bij ${location.origin} (IndexedDB)`,
      };
    },
    async openDataFolder() {
      return false;
    },
    onNavigate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A page has no folders: the settings page explains that the browser downloads instead.
    async chooseFolder() {
      return {};
    },
    // The browser's automatic backup is a download (offered at start-up, see app/auto-backup.ts);
    // downloads cannot be listed or removed, so nothing is pruned.
    async writeAutoBackup(request) {
      const { fileName, bytes } = WriteAutoBackupRequestSchema.parse(request);
      download(fileName, bytes);
      writeSettings({ lastAutoBackupDate: todayInAmsterdam() });
      return { saved: true, removed: 0 };
    },
    // A closing page cannot wait for async work, so the host never asks for a quit backup.
    onBeforeQuit() {
      return () => undefined;
    },
    async quitReady() {},
  };
}

function download(fileName: string, bytes: Uint8Array | Uint8Array[]): void {
  const parts = (Array.isArray(bytes) ? bytes : [bytes]) as Uint8Array<ArrayBuffer>[];
  downloadBlob(fileName, new Blob(parts));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the object URL asynchronously; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    const exts = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
    if (exts.length) input.accept = exts.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    document.body.append(input);
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done();
      Promise.all(files.map(readOpenedFile)).then(resolve, reject);
    });
    input.click();
  });
}

export async function readOpenedFile(file: File): Promise<OpenedFile> {
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}
