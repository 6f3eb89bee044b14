/**
 * Main process: lifecycle, the one window, the app:// protocol and the bridge. Kept thin; every
 * security decision lives in a small pure module next to this file (url-policy, permission-policy,
 * protocol-path, window-bounds, session-policy, log-scrub) with its own unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session } from 'electron';
import { isAutoBackupDue } from '../../shared/bridge/auto-backup';
import { HOST_CHANNELS, type AppRoute } from '../../shared/bridge/host-api';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { securityHeaders } from './csp';
import { appInfo, openDataFolder, registerHostHandlers } from './ipc/host-handlers';
import { installProcessErrorLogging, logError, logEvent } from './logging';
import { buildMenuTemplate } from './menu-template';
import { isPermissionGranted } from './permission-policy';
import { resolveAppRequest } from './protocol-path';
import { QuitGate } from './quit-gate';
import { usesPersistentDefaultSession } from './session-policy';
import { HostStore } from './store';
import { decideNavigation } from './url-policy';
import { clampWindowBounds, toSavedWindowState } from './window-bounds';
import { mainWindowWebPreferences } from './window-options';

// Tests and portable set-ups may point the data folder elsewhere; it has to happen before
// anything reads userData (the single-instance lock and electron-store both do).
const userDataOverride = process.env['KWALITEITSMAP_USER_DATA_DIR'];
if (userDataOverride && path.isAbsolute(userDataOverride)) app.setPath('userData', userDataOverride);

installProcessErrorLogging();
// Chromium's own UI (date pickers, context menus, spellcheck dialogs) in Dutch: dd-mm-jjjj.
app.commandLine.appendSwitch('lang', 'nl');
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
]);

const rendererRoot = path.join(import.meta.dirname, '..', 'renderer');
const preloadPath = path.join(import.meta.dirname, '..', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
let quitGate: QuitGate | null = null;
let store: HostStore | null = null;
/** app.quit() was asked for (menu, Cmd+Q): after the quit backup, quit rather than only close the window. */
let quitRequested = false;

if (!app.requestSingleInstanceLock()) {
  // Another Kwaliteitsmap is running on this data folder: it gets focus (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', () => showMainWindow());
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) createMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('start', error);
      dialog.showErrorBox('Kwaliteitsmap', 'Kwaliteitsmap kon niet starten. Probeer het opnieuw.');
      app.exit(1);
    });
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId('nl.kwaliteitsmap.app');
  configureSession();
  registerAppProtocol();
  store = new HostStore();
  registerHostHandlers({ getMainWindow: () => mainWindow, store, navigate, onQuitReady: () => quitGate?.onQuitReady() });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          navigate,
          openDataFolder: () => void openDataFolder(),
          showAbout,
        },
        process.platform,
        app.isPackaged,
      ),
    ),
  );
  createMainWindow();
}

function configureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // Local only: nothing in the window may reach the network, whatever the CSP says.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveAppRequest(request.url, rendererRoot, (p) => fs.realpathSync(p));
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await fs.promises.readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(resolved.mimeType),
      });
    } catch (error) {
      logError('protocol read', error);
      return new Response(null, { status: 404 });
    }
  });
}

/** Applies to every webContents, including any a compromised page might try to create. */
function lockDownWebContents(contents: Electron.WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Least privilege (issue #14): the UI has no links to the web, so nothing is ever handed to the system
  // browser; a compromised page cannot open URLs through the app.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!decideNavigation(url).allow) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', (event) => {
    // A redirect is never a user's click: cancel it, open nothing.
    if (!decideNavigation(event.url).allow) event.preventDefault();
  });
}

function createMainWindow(): void {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const saved = store?.getWindowState();
  const bounds = clampWindowBounds(saved, workAreas);
  const webPreferences = mainWindowWebPreferences(preloadPath, !app.isPackaged);
  if (!usesPersistentDefaultSession(webPreferences)) throw new Error('main window must use the persistent default session');

  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Kwaliteitsmap',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences,
  });
  mainWindow = window;

  if (window.webContents.session !== session.defaultSession || !session.defaultSession.isPersistent()) {
    // Never run on a session that forgets the user's data on quit.
    logEvent('warn', 'session not persistent');
    dialog.showErrorBox('Kwaliteitsmap', 'De opslag van Kwaliteitsmap is niet beschikbaar. De app wordt gesloten.');
    app.exit(1);
    return;
  }

  if (saved && typeof saved === 'object' && (saved as { maximized?: unknown }).maximized === true) window.maximize();
  window.once('ready-to-show', () => window.show());
  const gate = createQuitGate(window);
  quitGate = gate;
  window.on('close', (event) => {
    try {
      store?.setWindowState(toSavedWindowState(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      logError('save window state', error);
    }
    if (gate.onClose()) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    if (quitGate === gate) quitGate = null;
  });

  window.webContents.on('render-process-gone', (_event, details) => {
    // Gone while making the quit backup: close as the user asked, no reload offer.
    if (gate.onRendererGone()) return;
    if (details.reason === 'clean-exit') return;
    logEvent('warn', `render-process-gone reason=${details.reason} exitCode=${details.exitCode}`);
    void offerReload(window, 'Kwaliteitsmap is onverwacht gestopt.', ['Opnieuw laden', 'Afsluiten']).then((reload) => {
      if (reload) window.webContents.reload();
      else app.quit();
    });
  });
  window.on('unresponsive', () => {
    logEvent('warn', 'window unresponsive');
    void offerReload(window, 'Kwaliteitsmap reageert niet.', ['Opnieuw laden', 'Wachten']).then((reload) => {
      if (!reload || window.isDestroyed()) return;
      // A hung renderer does not reload by itself: end it first (documented Electron pattern).
      window.webContents.forcefullyCrashRenderer();
      window.webContents.reload();
    });
  });

  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logError('loadURL', error));
}

/** The automatic backup on close (quit-gate.ts): asks the renderer, never waits longer than its timeout. */
function createQuitGate(window: BrowserWindow): QuitGate {
  return new QuitGate({
    isDue: () => !!store && isAutoBackupDue({ settings: store.getSettings(), now: new Date(), needsFolder: true }).due,
    requestBackup: () => {
      const contents = window.webContents;
      if (window.isDestroyed() || contents.isDestroyed() || contents.isCrashed() || contents.isLoading()) return false;
      contents.send(HOST_CHANNELS.beforeQuit);
      return true;
    },
    finish: () => {
      if (quitRequested) app.quit();
      else if (!window.isDestroyed()) window.close();
    },
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log: (message, error) => (error === undefined ? logEvent('info', message) : logError(message, error)),
  });
}

async function offerReload(window: BrowserWindow, message: string, buttons: [string, string]): Promise<boolean> {
  if (window.isDestroyed()) return false;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Kwaliteitsmap',
    message,
    detail: 'Je gegevens zijn veilig bewaard op deze computer. Opnieuw laden zet de app weer op het overzicht.',
    buttons,
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

function showMainWindow(): BrowserWindow | null {
  const window = mainWindow;
  if (!window || window.isDestroyed()) return null;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

function navigate(route: AppRoute): void {
  const window = showMainWindow();
  window?.webContents.send(HOST_CHANNELS.navigate, route);
}

function showAbout(): void {
  const info = appInfo();
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'Over Kwaliteitsmap',
    message: `Kwaliteitsmap ${info.version}`,
    detail: `Bewijs voor het kwaliteitskader van de gemeente, lokaal op je eigen computer.\n\nJe gegevens staan in:\n${info.dataLocation}`,
    buttons: ['OK'],
    noLink: true,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}
