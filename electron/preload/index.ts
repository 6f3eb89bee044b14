/**
 * Preload (sandboxed, bundled into one CommonJS file): exposes exactly the HostApi contract and
 * nothing else. No ipcRenderer, no generic send/invoke: one fixed channel per function.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_ROUTES, HOST_CHANNELS, HOST_GLOBAL, type AppRoute, type HostApi } from '../../shared/bridge/host-api';

/**
 * ipcRenderer.invoke wraps a handler's error as "Error invoking remote method 'x': Error: msg".
 * Main only throws messages meant for the user (Dutch), so hand the UI that message alone.
 */
async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const userMessage = message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
    throw new Error(userMessage || 'Er ging iets mis in Kwaliteitsmap.', { cause: error });
  }
}

const routes: readonly string[] = APP_ROUTES;

/**
 * Listeners for the quit backup. Main holds the close until quitReady (or its timeout); when the
 * page has not subscribed (still starting, first-run screen) or a listener throws, the preload
 * answers at once so closing is never held up for nothing.
 */
const quitListeners = new Set<() => void>();
ipcRenderer.on(HOST_CHANNELS.beforeQuit, () => {
  let handled = false;
  for (const listener of quitListeners) {
    try {
      listener();
      handled = true;
    } catch {
      // A broken listener must not hold the quit: fall through to quitReady below if none worked.
    }
  }
  if (!handled) void invoke(HOST_CHANNELS.quitReady).catch(() => undefined);
});

const api = {
  getSettings: () => invoke(HOST_CHANNELS.getSettings),
  setSettings: (patch) => invoke(HOST_CHANNELS.setSettings, patch),
  saveFile: (request) => invoke(HOST_CHANNELS.saveFile, request),
  beginSave: (request) => invoke(HOST_CHANNELS.beginSave, request),
  writeSaveChunk: (token, bytes) => invoke(HOST_CHANNELS.writeSaveChunk, token, bytes),
  finishSave: (token, commit) => invoke(HOST_CHANNELS.finishSave, token, commit),
  openFiles: (request) => invoke(HOST_CHANNELS.openFiles, request),
  notify: (request) => invoke(HOST_CHANNELS.notify, request),
  appInfo: () => invoke(HOST_CHANNELS.appInfo),
  openDataFolder: () => invoke(HOST_CHANNELS.openDataFolder),
  chooseFolder: (request) => invoke(HOST_CHANNELS.chooseFolder, request),
  writeAutoBackup: (request) => invoke(HOST_CHANNELS.writeAutoBackup, request),
  quitReady: () => invoke(HOST_CHANNELS.quitReady),
  onBeforeQuit: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // A wrapper per subscription, so subscribing the same function twice gives two separate unsubscribes.
    const wrapped = () => listener();
    quitListeners.add(wrapped);
    return () => {
      quitListeners.delete(wrapped);
    };
  },
  onNavigate: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = (_event: IpcRendererEvent, route: unknown) => {
      if (typeof route === 'string' && routes.includes(route)) listener(route as AppRoute);
    };
    ipcRenderer.on(HOST_CHANNELS.navigate, wrapped);
    return () => {
      ipcRenderer.removeListener(HOST_CHANNELS.navigate, wrapped);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
