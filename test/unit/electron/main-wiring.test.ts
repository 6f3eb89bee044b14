/**
 * The main process entry (electron/main/index.ts) run for real, on a fake `electron` module
 * (fake-electron.ts): the Electron E2E suite cannot run where the Electron binary is missing, and
 * the pure policy modules are tested on their own elsewhere. This test checks the wiring: that
 * main installs those policies where they act, in the right order, and that the lifecycle
 * (ready, window, IPC, quit gate, crashes) behaves as docs/security.md describes.
 *
 * The tests in a describe block share one loaded main and run in order, like one session of the app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { autoBackupFileName } from '../../../shared/bridge/auto-backup';
import { HOST_CHANNELS, type HostInvokeMethod } from '../../../shared/bridge/host-api';
import type { Settings } from '../../../shared/bridge/settings';
import { todayInAmsterdam } from '../../../shared/dates';
import { buildBackupBytes } from '../../../shared/backup';

async function realBackup(): Promise<Uint8Array> {
  const tables = { organisation: [], people: [], documents: [], assessments: [], customRequirements: [] };
  return (await buildBackupBytes({ appVersion: '0.1.0', schemaVersion: 2, tables, contents: [], readContent: async () => new Uint8Array() })).bytes;
}
import type { FakeBrowserWindow, FakeElectron, FakeWebContents, WindowOpenHandler } from './fake-electron';
import { preventableEvent } from './fake-electron';
import { SECURE_WEB_PREFERENCES } from './secure-web-preferences';

type FakeModule = typeof import('./fake-electron');

const UNTRUSTED = 'Dit verzoek komt niet van Kwaliteitsmap en is geweigerd.';

// main serves app:// from `<its own folder>/../renderer` (out/renderer once built). Under vitest that
// is electron/renderer, which does not exist: realpath maps it onto a small bundle in a temp folder.
const mainRendererRoot = path.resolve(import.meta.dirname, '../../../electron/renderer');

let tmp: string;
let userData: string;
let rendererDir: string;
let backupDir: string;
const originalUserDataEnv = process.env['KWALITEITSMAP_USER_DATA_DIR'];

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-main-')));
  userData = path.join(tmp, 'userData');
  rendererDir = path.join(tmp, 'bundle', 'renderer');
  backupDir = path.join(tmp, 'backups');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.mkdirSync(backupDir);
  fs.mkdirSync(path.join(tmp, 'documents'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kwaliteitsmap</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  // Outside the bundle: must never be served, directly or through a symlink inside it.
  fs.writeFileSync(path.join(tmp, 'bundle', 'secret.txt'), 'GEHEIM');
  fs.symlinkSync(path.join(tmp, 'bundle', 'secret.txt'), path.join(rendererDir, 'assets', 'leak.txt'));

  expect(fs.existsSync(mainRendererRoot)).toBe(false);
  const realpathSync = fs.realpathSync;
  vi.spyOn(fs, 'realpathSync').mockImplementation(((p: fs.PathLike) =>
    realpathSync(p === mainRendererRoot ? rendererDir : p)) as typeof fs.realpathSync);
});

afterAll(() => {
  vi.restoreAllMocks();
  if (originalUserDataEnv === undefined) delete process.env['KWALITEITSMAP_USER_DATA_DIR'];
  else process.env['KWALITEITSMAP_USER_DATA_DIR'] = originalUserDataEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Imports a fresh main on a fresh fake; `configure` runs before main's top-level code. */
async function loadMain(configure: (fake: FakeElectron) => void = () => undefined): Promise<FakeModule> {
  vi.resetModules();
  const mod = await import('./fake-electron');
  // doMock (not a hoisted vi.mock): resetModules keeps a mocked module's first result, so each
  // load registers the factory again, pointing at this load's fresh fake.
  vi.doMock('electron', () => mod.fake.module());
  // The real electron-store imports the real `electron` (a binary path here); main's HostStore gets this one.
  vi.doMock('electron-store', () => ({ default: mod.FakeStore }));
  mod.fake.paths.set('documents', path.join(tmp, 'documents'));
  configure(mod.fake);
  const before = new Set<unknown>([...process.listeners('uncaughtException'), ...process.listeners('unhandledRejection')]);
  await import('../../../electron/main/index');
  // main installs crash logging on the process; keep it out of the test runner's process.
  const addedUncaught = process.listeners('uncaughtException').filter((l) => !before.has(l));
  const addedRejection = process.listeners('unhandledRejection').filter((l) => !before.has(l));
  expect([addedUncaught.length, addedRejection.length], 'crash logging installed once').toEqual([1, 1]);
  for (const listener of addedUncaught) process.removeListener('uncaughtException', listener);
  for (const listener of addedRejection) process.removeListener('unhandledRejection', listener);
  return mod;
}

async function fireReadyAndSettle(fake: FakeElectron): Promise<void> {
  fake.fireReady();
  // start() runs in whenReady()'s continuation.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

interface Sender {
  id: number;
  url: string;
  parent: unknown;
}

function mainFrameOf(window: FakeBrowserWindow): Sender {
  return { id: window.webContents.id, url: APP_ENTRY_URL, parent: null };
}

async function invoke(fake: FakeElectron, method: HostInvokeMethod, from: Sender | null, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(HOST_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  const event = { sender: { id: from?.id ?? -1 }, senderFrame: from ? { url: from.url, parent: from.parent } : null };
  return await handler(event, ...args);
}

function request(url: string, method = 'GET'): Request {
  return new Request(url, { method });
}

/** Node's Request refuses URLs with credentials; main reads only `url` and `method`. */
function requestWithCredentials(url: string): Request {
  return { url, method: 'GET' } as Request;
}

function lastWindow(fake: FakeElectron): FakeBrowserWindow {
  const window = fake.windows.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

describe('main process wiring: one session of the app', () => {
  let mod: FakeModule;
  let fake: FakeElectron;
  let window: FakeBrowserWindow;

  beforeAll(async () => {
    process.env['KWALITEITSMAP_USER_DATA_DIR'] = userData;
    mod = await loadMain();
    fake = mod.fake;
  });

  it('before ready: moves userData first, Dutch Chromium UI, sandbox, privileged app scheme, single-instance lock', () => {
    expect(fake.paths.get('userData')).toBe(userData);
    const at = (entry: string) => fake.log.indexOf(entry);
    expect(at('app.setPath:userData')).toBeGreaterThanOrEqual(0);
    // The lock lives in userData: the override has to come first.
    expect(at('app.setPath:userData')).toBeLessThan(at('app.requestSingleInstanceLock'));
    expect(fake.switches).toContainEqual(['lang', 'nl']);
    expect(fake.log).toContain('app.enableSandbox');
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
    expect(fake.log).not.toContain('ready');
    // Nothing that needs ready has happened yet.
    expect(fake.windows).toHaveLength(0);
    expect(fake.protocolHandlers.size).toBe(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.quitCalls).toBe(0);
    for (const event of ['second-instance', 'web-contents-created', 'before-quit', 'window-all-closed', 'activate']) {
      expect(fake.app.listenerCount(event), event).toBe(1);
    }
  });

  it('on ready: app:// handler, IPC handlers and the Dutch menu, then one window on the app entry', async () => {
    await fireReadyAndSettle(fake);
    expect(fake.windows).toHaveLength(1);
    window = lastWindow(fake);
    const at = (entry: string) => fake.log.indexOf(entry);
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(at('app.enableSandbox')).toBeLessThan(at('new BrowserWindow'));
    expect(at('ready')).toBeLessThan(at('protocol.handle:app'));
    expect(at('protocol.handle:app')).toBeLessThan(at('new BrowserWindow'));
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);

    const invokeChannels = Object.entries(HOST_CHANNELS)
      .filter(([method]) => method !== 'navigate' && method !== 'beforeQuit')
      .map(([, channel]) => channel);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(invokeChannels.sort());

    const labels = (fake.applicationMenu?.template ?? []).map((item) => item.label);
    const expected = ['Bestand', 'Bewerken', 'Beeld', 'Help'];
    expect(labels).toEqual(process.platform === 'darwin' ? ['Kwaliteitsmap', ...expected] : expected);

    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.exitCodes).toEqual([]);
  });

  it('the window: isolated, sandboxed, no Node, no webviews, on the persistent default session', () => {
    const prefs = window.options.webPreferences ?? {};
    expect(prefs).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(path.isAbsolute(String(prefs['preload']))).toBe(true);
    expect(String(prefs['preload'])).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    // No in-memory partition, no explicit session: the data in IndexedDB survives a restart.
    expect(prefs.partition).toBeUndefined();
    expect(prefs.session).toBeUndefined();
    expect(window.webContents.session).toBe(fake.defaultSession);
    expect(fake.defaultSession.isPersistent()).toBe(true);
  });

  it('permissions: all refused, except persistent-storage for the app origin', () => {
    const ses = fake.defaultSession;
    const requestHandler = ses.permissionRequestHandler;
    const checkHandler = ses.permissionCheckHandler;
    if (!requestHandler || !checkHandler || !ses.devicePermissionHandler) throw new Error('permission handlers not installed');
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      requestHandler(window.webContents, permission, (g) => (granted = g), { requestingUrl });
      return granted;
    };
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(ask(permission, APP_ENTRY_URL), permission).toBe(false);
      expect(checkHandler(window.webContents, permission, 'app://kwaliteitsmap', {}), permission).toBe(false);
    }
    expect(ask('persistent-storage', APP_ENTRY_URL)).toBe(true);
    expect(checkHandler(window.webContents, 'persistent-storage', 'app://kwaliteitsmap', {})).toBe(true);
    expect(ask('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(ask('persistent-storage', 'app://andere-host/index.html')).toBe(false);
    expect(checkHandler(window.webContents, 'persistent-storage', 'https://evil.example', {})).toBe(false);
    expect(ses.devicePermissionHandler({ deviceType: 'usb' })).toBe(false);
  });

  it('network: every http(s), ws(s) and ftp request of the session is cancelled', () => {
    expect(fake.defaultSession.beforeRequest).toHaveLength(1);
    const [{ filter, listener }] = fake.defaultSession.beforeRequest as [(typeof fake.defaultSession.beforeRequest)[number]];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*']));
    let response: { cancel?: boolean } | undefined;
    listener({ url: 'https://tracker.example/pixel.gif' }, (r) => (response = r));
    expect(response).toEqual({ cancel: true });
  });

  it('navigation: only inside app://kwaliteitsmap; nothing is handed to the system browser (issue #14)', () => {
    const navigate = (url: string, eventName: 'will-navigate' | 'will-redirect' = 'will-navigate') => {
      const event = preventableEvent({ url });
      window.webContents.emit(eventName, event);
      return event.defaultPrevented;
    };
    expect(navigate('app://kwaliteitsmap/index.html')).toBe(false);
    expect(navigate('https://evil.example/phish')).toBe(true);
    expect(fake.openExternal).toEqual([]);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://andere-host/index.html', 'https://user:pw@evil.example/']) {
      expect(navigate(url), url).toBe(true);
    }
    // A redirect is never a click: cancelled, nothing opened.
    expect(navigate('https://evil.example/redirect', 'will-redirect')).toBe(true);
    expect(fake.openExternal).toEqual([]);

    const attach = preventableEvent();
    window.webContents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('window.open: always denied, and nothing opens in the system browser (issue #14)', () => {
    const handler = window.webContents.windowOpenHandler as WindowOpenHandler;
    expect(handler).toBeTypeOf('function');
    fake.openExternal.length = 0;
    expect(handler({ url: 'https://www.rijksoverheid.nl/' })).toEqual({ action: 'deny' });
    expect(handler({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'ms-msdt:/id PCWDiagnostic' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toEqual([]);
  });

  it('every other webContents (e.g. one a compromised page creates) is locked down too', () => {
    const other: FakeWebContents = fake.newWebContents(fake.defaultSession);
    fake.app.emit('web-contents-created', preventableEvent(), other);
    expect(other.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const navigation = preventableEvent({ url: 'https://evil.example/' });
    other.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    const attach = preventableEvent();
    other.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('app:// serves the bundle with the CSP and security headers', async () => {
    const handle = fake.protocolHandlers.get('app');
    if (!handle) throw new Error('no app:// handler');
    const index = await handle(request(APP_ENTRY_URL));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Kwaliteitsmap</title>');

    const script = await handle(request('app://kwaliteitsmap/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("app");');

    // A client-side route gets index.html; HEAD gets the headers only.
    const route = await handle(request('app://kwaliteitsmap/checklist'));
    expect(await route.text()).toContain('<title>Kwaliteitsmap</title>');
    const head = await handle(request('app://kwaliteitsmap/assets/app.js', 'HEAD'));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await head.text()).toBe('');
    expect((await handle(request('app://kwaliteitsmap/ontbreekt.js'))).status).toBe(404);
  });

  it('app:// refuses path traversal, symlinks out of the bundle, other hosts and other methods', async () => {
    const handle = fake.protocolHandlers.get('app');
    if (!handle) throw new Error('no app:// handler');
    const statusAndBody = async (url: string, method = 'GET') => {
      const response = await handle(request(url, method));
      return { status: response.status, body: await response.text() };
    };
    // Dot segments the URL parser removes end up inside the bundle; whatever comes back, never the secret.
    for (const url of [
      'app://kwaliteitsmap/../../etc/passwd',
      'app://kwaliteitsmap/../secret.txt',
      'app://kwaliteitsmap/%2e%2e/secret.txt',
      'app://kwaliteitsmap/assets/../../secret.txt',
    ]) {
      const { status, body } = await statusAndBody(url);
      expect(body, url).not.toContain('GEHEIM');
      expect(body, url).not.toMatch(/root:/);
      expect([200, 404], url).toContain(status);
    }
    // Dot segments that survive the parser (encoded separators), backslashes, NUL, symlinks: 403.
    for (const url of [
      'app://kwaliteitsmap/..%2fsecret.txt',
      'app://kwaliteitsmap/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://kwaliteitsmap/assets/..%2f..%2fsecret.txt',
      'app://kwaliteitsmap/..%5csecret.txt',
      'app://kwaliteitsmap/index.html%00.js',
      'app://kwaliteitsmap/assets/leak.txt',
    ]) {
      expect(await statusAndBody(url), url).toEqual({ status: 403, body: '' });
    }
    for (const url of ['app://evil/index.html', 'app://kwaliteitsmap:8080/index.html', 'app://kwaliteitsmap.evil.example/index.html']) {
      expect((await statusAndBody(url)).status, url).toBe(403);
    }
    expect((await handle(requestWithCredentials('app://user:pw@kwaliteitsmap/index.html'))).status).toBe(403);
    expect((await statusAndBody(APP_ENTRY_URL, 'POST')).status).toBe(405);
    expect((await statusAndBody(APP_ENTRY_URL, 'PUT')).status).toBe(405);
  });

  it('IPC: refused unless it comes from the top frame of the main window on app://, before any argument is looked at', async () => {
    const senders: Sender[] = [
      { id: window.webContents.id + 1000, url: APP_ENTRY_URL, parent: null }, // another webContents
      { id: window.webContents.id, url: APP_ENTRY_URL, parent: {} }, // a sub frame
      { id: window.webContents.id, url: 'https://evil.example/', parent: null }, // navigated away
      { id: window.webContents.id, url: 'app://andere-host/index.html', parent: null },
    ];
    const methods = Object.keys(HOST_CHANNELS).filter((m) => m !== 'navigate' && m !== 'beforeQuit') as HostInvokeMethod[];
    for (const method of methods) {
      await expect(invoke(fake, method, null), `${method} without a frame`).rejects.toThrow(UNTRUSTED);
      for (const sender of senders) {
        await expect(invoke(fake, method, sender), `${method} from ${JSON.stringify(sender)}`).rejects.toThrow(UNTRUSTED);
      }
    }
    // A valid request from an untrusted sender changes nothing and opens no dialog.
    await expect(invoke(fake, 'setSettings', senders[0] as Sender, { horizonDays: 30 })).rejects.toThrow(UNTRUSTED);
    await expect(invoke(fake, 'chooseFolder', senders[1] as Sender, { title: 'Map kiezen' })).rejects.toThrow(UNTRUSTED);
    expect(fake.openDialogs).toEqual([]);
    expect(((await invoke(fake, 'getSettings', mainFrameOf(window))) as Settings).horizonDays).toBe(60);
  });

  it('IPC from the main frame: answered; invalid arguments refused with a Dutch message', async () => {
    const me = mainFrameOf(window);
    expect(await invoke(fake, 'appInfo', me)).toEqual({ host: 'electron', version: '0.1.0', dataLocation: userData });
    await expect(invoke(fake, 'getSettings', me, 'extra')).rejects.toThrow('Ongeldig verzoek aan de app (getSettings).');
    await expect(invoke(fake, 'setSettings', me)).rejects.toThrow('Ongeldig verzoek aan de app (setSettings).');
    await expect(invoke(fake, 'setSettings', me, { horizonDays: 45 })).rejects.toThrow('Ongeldig verzoek aan de app (setSettings).');
    await expect(invoke(fake, 'setSettings', me, { onbekend: true })).rejects.toThrow('Ongeldig verzoek aan de app (setSettings).');
    await expect(
      invoke(fake, 'saveFile', me, { suggestedName: '../../.bashrc', filters: [], bytes: new Uint8Array(1) }),
    ).rejects.toThrow('Ongeldig verzoek aan de app (saveFile).');
    await expect(
      invoke(fake, 'writeAutoBackup', me, { fileName: '../kwaliteitsmap-auto-backup-2025-01-01-120000.kwaliteitsmap', bytes: new Uint8Array(1) }),
    ).rejects.toThrow('Ongeldig verzoek aan de app (writeAutoBackup).');

    const updated = (await invoke(fake, 'setSettings', me, { horizonDays: 30 })) as Settings;
    expect(updated.horizonDays).toBe(30);
    expect(((await invoke(fake, 'getSettings', me)) as Settings).horizonDays).toBe(30);
  });

  it('IPC saveFile: writes a file sent as parts (the pack PDF) where the user chose, in order', async () => {
    const me = mainFrameOf(window);
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'km-save-')), 'bewijspakket.pdf');
    fake.saveDialogResult = { canceled: false, filePath: target };
    const enc = (t: string) => new TextEncoder().encode(t);
    const result = await invoke(fake, 'saveFile', me, { suggestedName: 'bewijspakket.pdf', filters: [], bytes: [enc('%PDF'), enc('-1.7'), enc(' delen')], folderKey: 'pakket' });
    expect(result).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 delen');
    fake.saveDialogResult = { canceled: true };
  });

  it('IPC saveFile (issue #14): a name legal on this OS is accepted; an illegal one gets a Dutch reason', async () => {
    const me = mainFrameOf(window);
    fake.saveDialogResult = { canceled: true };
    if (process.platform !== 'win32') {
      expect(await invoke(fake, 'saveFile', me, { suggestedName: 'Verslag: 2025 <def>?.pdf', filters: [], bytes: new Uint8Array(1) })).toEqual({ saved: false });
    }
    await expect(invoke(fake, 'saveFile', me, { suggestedName: '..', filters: [], bytes: new Uint8Array(1) })).rejects.toThrow('Ongeldig verzoek');
  });

  it('IPC openFiles (issue #14): an import over the user’s limit is refused in main before it is read', async () => {
    const me = mainFrameOf(window);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'km-open-'));
    const big = path.join(dir, 'scan.pdf');
    fs.writeFileSync(big, Buffer.alloc(2 * 1024 * 1024));
    await invoke(fake, 'setSettings', me, { maxFileSizeMb: 1 });
    fake.openDialogResult = { canceled: false, filePaths: [big] };
    await expect(invoke(fake, 'openFiles', me, { filters: [], multiple: false })).rejects.toThrow(/de grens is 1,0 MB|de grens is 1 MB/);
    // A backup may be larger than the import limit.
    expect(((await invoke(fake, 'openFiles', me, { filters: [], multiple: false, purpose: 'backup' })) as unknown[]).length).toBe(1);
    await invoke(fake, 'setSettings', me, { maxFileSizeMb: 100 });
    fake.openDialogResult = { canceled: true, filePaths: [] };
  });

  it('IPC: the automatic-backup folder can only be one the user picked in main’s folder dialog', async () => {
    const me = mainFrameOf(window);
    await expect(invoke(fake, 'setSettings', me, { autoBackupFolder: backupDir })).rejects.toThrow(/Map kiezen/);
    fake.openDialogResult = { canceled: false, filePaths: [backupDir] };
    expect(await invoke(fake, 'chooseFolder', me, { title: 'Map voor automatische back-ups' })).toEqual({ path: backupDir });
    // The dialog is modal to our window.
    expect((fake.openDialogs.at(-1) as unknown[])[0]).toBe(window);
    const settings = (await invoke(fake, 'setSettings', me, { autoBackupFolder: backupDir, autoBackupEnabled: true })) as Settings;
    expect(settings).toMatchObject({ autoBackupFolder: backupDir, autoBackupEnabled: true });
  });

  it('close with an automatic backup due: held, the renderer is asked, released by quitReady', async () => {
    const me = mainFrameOf(window);
    const quitsBefore = fake.quitCalls;
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent).toEqual([{ channel: HOST_CHANNELS.beforeQuit, args: [] }]);
    // A second close while the backup runs is held too, without asking again.
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent).toHaveLength(1);

    // The renderer makes the backup over IPC, then says it is done.
    // Issue #14: main checks it is a backup and names it by its own clock.
    const backup = await realBackup();
    const written = (await invoke(fake, 'writeAutoBackup', me, { fileName: autoBackupFileName(), bytes: backup })) as { path: string };
    expect(written).toMatchObject({ saved: true, removed: 0 });
    expect(path.dirname(written.path)).toBe(backupDir);
    expect(path.basename(written.path)).toMatch(/^kwaliteitsmap-auto-backup-\d{4}-\d{2}-\d{2}-\d{6}\.kwaliteitsmap$/);
    expect(fs.readFileSync(written.path)).toEqual(Buffer.from(backup));
    expect(((await invoke(fake, 'getSettings', me)) as Settings).lastAutoBackupDate).toBe(todayInAmsterdam());
    await invoke(fake, 'quitReady', me);

    expect(window.destroyed).toBe(true);
    expect(fake.quitCalls).toBe(process.platform === 'darwin' ? quitsBefore : quitsBefore + 1);
    const store = mod.FakeStore.instances[0];
    expect(store?.options).toMatchObject({ name: 'config', clearInvalidConfig: true });
    expect(store?.get('windowState')).toMatchObject({ width: expect.any(Number), height: expect.any(Number), maximized: false });
  });

  it('activate with no window opens a new one, where the last one was; a second start shows it', () => {
    mod.FakeStore.instances[0]?.set('windowState', { x: 100, y: 50, width: 1000, height: 700, maximized: true });
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    window = lastWindow(fake);
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700, minWidth: 800, minHeight: 560 });
    expect(window.maximized).toBe(true);
    expect(window.shown).toBe(false);
    fake.app.emit('second-instance', preventableEvent(), [], process.cwd());
    expect(window.shown).toBe(true);
    // Another activate with a window open does nothing.
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(2);
  });

  it('close with no backup due (already made today): not held', () => {
    // Closing is exercised on a throwaway window: a fresh one comes with activate.
    window.close();
    expect(window.destroyed).toBe(true);
    expect(window.webContents.sent).toEqual([]);
    fake.app.emit('activate');
    window = lastWindow(fake);
    expect(window.destroyed).toBe(false);
  });

  it('render-process-gone: a clean exit is ignored; a crash is logged and offers a reload in Dutch', async () => {
    const boxes = fake.messageBoxes.length;
    window.webContents.emit('render-process-gone', preventableEvent(), { reason: 'clean-exit', exitCode: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.messageBoxes).toHaveLength(boxes);

    fake.messageBoxResponse = 0;
    window.webContents.emit('render-process-gone', preventableEvent(), { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    const box = fake.messageBoxes.at(-1);
    expect(box?.parent).toBe(window);
    expect(box?.options).toMatchObject({ message: 'Kwaliteitsmap is onverwacht gestopt.', buttons: ['Opnieuw laden', 'Afsluiten'] });
    const log = fs.readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('render-process-gone reason=crashed exitCode=139');

    // "Afsluiten" quits.
    const quits = fake.quitCalls;
    fake.messageBoxResponse = 1;
    window.webContents.emit('render-process-gone', preventableEvent(), { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => expect(fake.quitCalls).toBe(quits + 1));
    expect(window.webContents.reloads).toBe(1);
  });

  it('unresponsive: "Opnieuw laden" ends the hung renderer and reloads', async () => {
    fake.messageBoxResponse = 0;
    const reloads = window.webContents.reloads;
    window.emit('unresponsive');
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(reloads + 1));
    expect(window.webContents.crashes).toBe(1);
    expect(fake.messageBoxes.at(-1)?.options).toMatchObject({ message: 'Kwaliteitsmap reageert niet.', buttons: ['Opnieuw laden', 'Wachten'] });
  });

  it('quit while the backup runs and the renderer dies: quits, without a reload offer', async () => {
    const me = mainFrameOf(window);
    await invoke(fake, 'setSettings', me, { lastAutoBackupDate: '2000-01-01' });
    fake.app.emit('before-quit', preventableEvent());
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent.map((m) => m.channel)).toEqual([HOST_CHANNELS.beforeQuit]);

    const boxes = fake.messageBoxes.length;
    const quits = fake.quitCalls;
    window.webContents.emit('render-process-gone', preventableEvent(), { reason: 'crashed', exitCode: 139 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.quitCalls).toBe(quits + 1);
    expect(fake.messageBoxes).toHaveLength(boxes);
    // The close that app.quit() triggers passes the gate.
    window.close();
    expect(window.destroyed).toBe(true);
  });
});

describe('main process wiring: another instance already runs on this data folder', () => {
  it('quits at once: no window, no protocol handler, no IPC', async () => {
    // A relative override is ignored: only an absolute path moves the data folder.
    process.env['KWALITEITSMAP_USER_DATA_DIR'] = 'relatief/pad';
    const { fake } = await loadMain((f) => {
      f.hasSingleInstanceLock = false;
    });
    expect(fake.paths.has('userData')).toBe(false);
    expect(fake.log).toContain('app.requestSingleInstanceLock');
    expect(fake.quitCalls).toBe(1);
    await fireReadyAndSettle(fake);
    expect(fake.windows).toHaveLength(0);
    expect(fake.protocolHandlers.size).toBe(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });
});

describe('main process wiring: a default session that is not persistent', () => {
  it('refuses to run: Dutch error, exit, nothing loaded', async () => {
    process.env['KWALITEITSMAP_USER_DATA_DIR'] = userData;
    const { fake } = await loadMain((f) => {
      f.defaultSession.persistent = false;
    });
    await fireReadyAndSettle(fake);
    expect(fake.errorBoxes).toEqual([
      { title: 'Kwaliteitsmap', content: 'De opslag van Kwaliteitsmap is niet beschikbaar. De app wordt gesloten.' },
    ]);
    expect(fake.exitCodes).toEqual([1]);
    expect(lastWindow(fake).loadedUrls).toEqual([]);
  });
});
