import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, shell, type IpcMainInvokeEvent } from 'electron';
import {
  HOST_CHANNELS,
  type AppInfo,
  type BeginSaveResult,
  type AppRoute,
  type ChooseFolderResult,
  type FileFilter,
  type OpenedFile,
  type SaveFileResult,
  type WriteAutoBackupResult,
} from '../../../shared/bridge/host-api';
import { looksLikeBackup } from '../../../shared/backup/looks-like-backup';
import { autoBackupFileName } from '../../../shared/bridge/auto-backup';
import { todayInAmsterdam } from '../../../shared/dates';
import { formatMb } from '../../../shared/files/bytes';
import { writeFileAtomic } from '../atomic-write';
import { writeAutoBackupFile } from '../auto-backup-files';
import { guessMimeType, MAX_OPEN_FILE_BYTES } from '../file-types';
import { HostRequestError, validateHostArgs, type HostArgs, type HostMethod } from '../ipc-validate';
import { logError, logEvent } from '../logging';
import { saveNameProblem } from '../save-name-policy';
import { SAVE_JOURNAL_FILE, SaveJournal } from '../save-journal';
import { refuseFolderChange } from '../settings-guard';
import { applySettingsPatch } from '../settings-merge';
import type { HostStore } from '../store';
import { SAVE_FAILED, StreamedSaves } from '../streamed-save';
import { isTrustedSender } from '../url-policy';

export interface HostHandlerDeps {
  getMainWindow(): BrowserWindow | null;
  store: HostStore;
  /** Shows the window and asks the UI to open a route. */
  navigate(route: AppRoute): void;
  /** The renderer finished the quit backup (see quit-gate.ts). */
  onQuitReady(): void;
}

// Notifications are garbage-collected (and lose their click handler) unless referenced.
const liveNotifications = new Set<Notification>();

export function registerHostHandlers(deps: HostHandlerDeps): void {
  const { store } = deps;
  // Folders the user picked in chooseFolder's dialog this session: the only new values setSettings
  // accepts for autoBackupFolder (see settings-guard.ts).
  const chosenFolders = new Set<string>();
  // Large files saved in parts (streamed-save.ts); a page that closes, reloads or crashes loses its open saves.
  // Part files a killed earlier run left behind are removed first; saves begun meanwhile wait for that.
  const saveJournal = new SaveJournal({ file: path.join(app.getPath('userData'), SAVE_JOURNAL_FILE), log: logError });
  void saveJournal.cleanUpLeftovers();
  const streamedSaves = new StreamedSaves({ log: logError, journal: saveJournal });
  const watchedWindows = new WeakSet<BrowserWindow>();
  function discardSavesWhenPageGoes(window: BrowserWindow): void {
    if (watchedWindows.has(window)) return;
    watchedWindows.add(window);
    const owner = window.webContents.id;
    const discard = () => void streamedSaves.discardOwner(owner);
    window.once('closed', discard);
    window.webContents.on('render-process-gone', discard);
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) discard();
    });
  }

  function handle<M extends HostMethod>(
    method: M,
    fn: (args: HostArgs<M>, window: BrowserWindow, raw: unknown[]) => Promise<unknown>,
  ): void {
    ipcMain.handle(HOST_CHANNELS[method], async (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
      const window = deps.getMainWindow();
      const frame = event.senderFrame;
      const trusted = isTrustedSender({
        senderId: event.sender.id,
        mainWindowId: window && !window.isDestroyed() ? window.webContents.id : null,
        frameUrl: frame?.url,
        isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
      });
      if (!trusted || !window) throw new HostRequestError('Dit verzoek komt niet van Kwaliteitsmap en is geweigerd.');
      const args = validateHostArgs(method, raw);
      try {
        return await fn(args, window, raw);
      } catch (error) {
        if (error instanceof HostRequestError) throw error;
        logError(`ipc ${method}`, error);
        throw new HostRequestError(genericFailure(method));
      }
    });
  }

  handle('getSettings', async () => store.getSettings());

  handle('setSettings', async ([patch]) => {
    const current = store.getSettings();
    const refused = refuseFolderChange(current, patch, chosenFolders);
    if (refused) throw new HostRequestError(refused);
    return store.setSettings(applySettingsPatch(current, patch));
  });

  /** The save dialog of saveFile and beginSave: the chosen path, or undefined when cancelled. */
  async function askSavePath(window: BrowserWindow, request: { suggestedName: string; filters: FileFilter[]; folderKey?: string | undefined }) {
    const nameProblem = saveNameProblem(request.suggestedName, process.platform);
    if (nameProblem) throw new HostRequestError(nameProblem);
    const remembered = request.folderKey ? store.getLastFolder(request.folderKey) : undefined;
    const folder = remembered && path.isAbsolute(remembered) && (await isDirectory(remembered)) ? remembered : app.getPath('documents');
    // Looked up on the module at call time (not destructured): the Electron E2E suite stubs it.
    const result = await dialog.showSaveDialog(window, {
      title: 'Opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: path.join(folder, request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath || !path.isAbsolute(result.filePath) ? undefined : result.filePath;
  }

  handle('saveFile', async ([request], window): Promise<SaveFileResult> => {
    const filePath = await askSavePath(window, request);
    if (!filePath) return { saved: false };
    try {
      await writeFileAtomic(filePath, request.bytes);
    } catch (error) {
      logError('saveFile write', error);
      throw new HostRequestError(SAVE_FAILED);
    }
    if (request.folderKey) store.setLastFolder(request.folderKey, path.dirname(filePath));
    return { saved: true, path: filePath };
  });

  handle('beginSave', async ([request], window): Promise<BeginSaveResult> => {
    const target = await askSavePath(window, request);
    if (!target) return { saved: false };
    discardSavesWhenPageGoes(window);
    return { token: await streamedSaves.begin(window.webContents.id, { target, size: request.size, folderKey: request.folderKey }) };
  });

  handle('writeSaveChunk', async ([token, bytes], window) => {
    await streamedSaves.write(window.webContents.id, token, bytes);
  });

  handle('finishSave', async ([token, commit], window): Promise<SaveFileResult> => {
    const done = await streamedSaves.finish(window.webContents.id, token, commit);
    if (!done) return { saved: false };
    if (done.folderKey) store.setLastFolder(done.folderKey, path.dirname(done.path));
    return { saved: true, path: done.path };
  });

  handle('openFiles', async ([request], window): Promise<OpenedFile[]> => {
    const result = await dialog.showOpenDialog(window, {
      title: request.title ?? 'Bestand kiezen',
      buttonLabel: 'Kiezen',
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (result.canceled) return [];
    const files: OpenedFile[] = [];
    for (const filePath of result.filePaths) {
      const name = path.basename(filePath);
      const stat = await fs.stat(filePath).catch(() => null);
      if (!stat || !stat.isFile()) throw new HostRequestError(`„${name}” kon niet worden geopend.`);
      if (stat.size > MAX_OPEN_FILE_BYTES) {
        throw new HostRequestError(`„${name}” is groter dan 2 GB en kan niet worden toegevoegd.`);
      }
      // Issue #14: an import honours the user's limit here already, so main never reads more than that.
      const importLimit = store.getSettings().maxFileSizeMb * 1024 * 1024;
      if (request.purpose !== 'backup' && stat.size > importLimit) {
        throw new HostRequestError(
          `„${name}” is ${formatMb(stat.size)}; de grens is ${formatMb(importLimit)}. Scan het opnieuw in een lagere kwaliteit, of verhoog de grens bij Instellingen.`,
        );
      }
      const bytes = await fs.readFile(filePath).catch(() => null);
      if (!bytes) throw new HostRequestError(`„${name}” kon niet worden gelezen.`);
      files.push({ name, type: guessMimeType(name), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    }
    return files;
  });

  handle('notify', async ([request]) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: request.title, body: request.body, silent: false });
    liveNotifications.add(notification);
    const forget = () => liveNotifications.delete(notification);
    notification.on('click', () => {
      forget();
      deps.navigate(request.route ?? 'overzicht');
    });
    notification.on('close', forget);
    notification.on('failed', forget);
    notification.show();
  });

  handle('chooseFolder', async ([request], window): Promise<ChooseFolderResult> => {
    const current = store.getSettings().autoBackupFolder;
    const start = current && path.isAbsolute(current) && (await isDirectory(current)) ? current : app.getPath('documents');
    const result = await dialog.showOpenDialog(window, {
      title: request.title,
      buttonLabel: 'Map kiezen',
      defaultPath: start,
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = result.canceled ? undefined : result.filePaths[0];
    if (!folder || !path.isAbsolute(folder)) return {};
    chosenFolders.add(folder);
    return { path: folder };
  });

  handle('writeAutoBackup', async ([request]): Promise<WriteAutoBackupResult> => {
    const settings = store.getSettings();
    const folder = settings.autoBackupFolder?.trim();
    if (!settings.autoBackupEnabled || !folder) return { saved: false, removed: 0 };
    // Issue #14: only a real backup is written, under a name from main's own clock, and pruning never goes
    // below 2 kept files nor trusts a date the renderer chose.
    if (!looksLikeBackup(request.bytes)) throw new HostRequestError('Dit is geen geldige back-up; er is niets opgeslagen en er is niets verwijderd.');
    const now = new Date();
    const fileName = autoBackupFileName(now);
    const written = await writeAutoBackupFile({ folder, fileName, bytes: request.bytes, keep: Math.max(2, settings.keepBackups), now }).catch(
      (error: unknown) => {
        // The user sees the Dutch message; the log gets the underlying (scrubbed) cause.
        if (error instanceof HostRequestError && error.cause !== undefined) logError('writeAutoBackup', error.cause);
        throw error;
      },
    );
    if (written.notRemoved.length) logEvent('warn', `auto-backup: ${written.notRemoved.length} old backup(s) could not be removed`);
    // Recorded here, not only by the renderer: the window closes right after this on quit.
    store.setSettings(applySettingsPatch(store.getSettings(), { lastAutoBackupDate: todayInAmsterdam() }));
    return { saved: true, path: written.path, removed: written.removed.length };
  });

  handle('quitReady', async () => deps.onQuitReady());

  handle('appInfo', async (): Promise<AppInfo> => appInfo());

  handle('openDataFolder', async () => openDataFolder());
}

export function appInfo(): AppInfo {
  return { host: 'electron', version: app.getVersion(), dataLocation: app.getPath('userData') };
}

export async function openDataFolder(): Promise<boolean> {
  // shell.openPath resolves to an error string, '' on success.
  return (await shell.openPath(app.getPath('userData'))) === '';
}

async function isDirectory(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
}

function genericFailure(method: HostMethod): string {
  switch (method) {
    case 'saveFile':
    case 'beginSave':
    case 'writeSaveChunk':
    case 'finishSave':
      return 'Opslaan is niet gelukt.';
    case 'openFiles':
      return 'Het bestand kon niet worden geopend.';
    case 'writeAutoBackup':
      return 'De automatische back-up kon niet worden opgeslagen.';
    case 'chooseFolder':
      return 'De map kon niet worden gekozen.';
    case 'getSettings':
    case 'setSettings':
      return 'De instellingen konden niet worden bewaard of gelezen.';
    default:
      return 'Er ging iets mis in Kwaliteitsmap.';
  }
}
