/**
 * A small stand-in for the `electron` module, for main-wiring.test.ts. It implements only what
 * electron/main/index.ts and electron/main/ipc/host-handlers.ts call, and records what they do:
 * the order of the calls that matter (`log`), the handlers main installs, and the windows it opens.
 * Events are driven by the test (emit on `app`, a window or its webContents).
 *
 * One instance per module registry: after vi.resetModules() the test imports this file again and
 * hands the fresh `fake.module()` to vi.doMock('electron'), so every load of main gets a clean fake.
 */
import { EventEmitter } from 'node:events';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent<T extends object>(extra: T = {} as T): PreventableEvent & T {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
export type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;
export type IpcHandler = (event: FakeIpcEvent, ...args: unknown[]) => unknown;

export interface FakeIpcEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface MessageBoxCall {
  parent: FakeBrowserWindow | null;
  options: { message?: string; buttons?: string[] };
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  readonly beforeRequest: { filter: { urls: string[] }; listener: BeforeRequestListener }[] = [];
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequestListener) => {
      this.beforeRequest.push({ filter, listener });
    },
  };

  constructor(
    readonly partition: string,
    public persistent: boolean,
  ) {}

  isPersistent(): boolean {
    return this.persistent;
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  reloads = 0;
  crashes = 0;
  loading = false;
  destroyed = false;

  constructor(
    readonly id: number,
    readonly session: FakeSession,
  ) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  isLoading(): boolean {
    return this.loading;
  }
  reload(): void {
    this.reloads++;
  }
  forcefullyCrashRenderer(): void {
    this.crashes++;
  }
}

export class FakeElectron {
  /** Order of the calls that matter, e.g. 'protocol.registerSchemesAsPrivileged', 'ready'. */
  readonly log: string[] = [];
  readonly paths = new Map<string, string>();
  readonly switches: [string, string | undefined][] = [];
  readonly privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly ipcHandlers = new Map<string, IpcHandler>();
  readonly windows: FakeBrowserWindow[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly messageBoxes: MessageBoxCall[] = [];
  readonly openExternal: string[] = [];
  readonly openDialogs: unknown[] = [];
  readonly saveDialogs: unknown[][] = [];
  applicationMenu: { template: { label?: string }[] } | null = null;
  quitCalls = 0;
  exitCodes: number[] = [];

  /** Knobs the test sets before main is imported. */
  hasSingleInstanceLock = true;
  readonly defaultSession = new FakeSession('', true);
  messageBoxResponse = 0;
  openDialogResult: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
  saveDialogResult: { canceled: boolean; filePath?: string } = { canceled: true };

  private ready = false;
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  private nextWebContentsId = 1;

  readonly app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: {
      appendSwitch: (name: string, value?: string) => {
        this.switches.push([name, value]);
      },
    },
    enableSandbox: () => {
      this.log.push('app.enableSandbox');
    },
    setPath: (name: string, value: string) => {
      this.log.push(`app.setPath:${name}`);
      this.paths.set(name, value);
    },
    getPath: (name: string): string => {
      const value = this.paths.get(name);
      if (value === undefined) throw new Error(`fake electron: no path for ${name}`);
      return value;
    },
    getAppPath: () => process.cwd(),
    getVersion: () => '0.1.0',
    setAppUserModelId: () => undefined,
    requestSingleInstanceLock: () => {
      this.log.push('app.requestSingleInstanceLock');
      return this.hasSingleInstanceLock;
    },
    whenReady: () => this.readyPromise,
    isReady: () => this.ready,
    quit: () => {
      this.log.push('app.quit');
      this.quitCalls++;
    },
    exit: (code = 0) => {
      this.log.push(`app.exit:${code}`);
      this.exitCodes.push(code);
    },
  });

  readonly protocol = {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
      this.log.push('protocol.registerSchemesAsPrivileged');
      this.privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: ProtocolHandler) => {
      this.log.push(`protocol.handle:${scheme}`);
      this.protocolHandlers.set(scheme, handler);
    },
  };

  readonly session = {
    defaultSession: this.defaultSession,
    fromPartition: (partition: string) => new FakeSession(partition, partition.startsWith('persist:')),
  };

  readonly ipcMain = {
    handle: (channel: string, handler: IpcHandler) => {
      if (this.ipcHandlers.has(channel)) throw new Error(`fake electron: second handler for ${channel}`);
      this.ipcHandlers.set(channel, handler);
    },
    on: () => undefined,
  };

  readonly dialog = {
    showErrorBox: (title: string, content: string) => {
      this.errorBoxes.push({ title, content });
    },
    showMessageBox: async (...args: unknown[]) => {
      const parent = args[0] instanceof FakeBrowserWindow ? args[0] : null;
      this.messageBoxes.push({ parent, options: (parent ? args[1] : args[0]) as MessageBoxCall['options'] });
      return { response: this.messageBoxResponse, checkboxChecked: false };
    },
    showOpenDialog: async (...args: unknown[]) => {
      this.openDialogs.push(args);
      return this.openDialogResult;
    },
    showSaveDialog: async (...args: unknown[]) => {
      this.saveDialogs.push(args);
      return this.saveDialogResult;
    },
  };

  readonly shell = {
    openExternal: async (url: string) => {
      this.openExternal.push(url);
    },
    openPath: async () => '',
  };

  readonly screen = {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  };

  readonly Menu = {
    buildFromTemplate: (template: { label?: string }[]) => ({ template }),
    setApplicationMenu: (menu: { template: { label?: string }[] } | null) => {
      this.log.push('Menu.setApplicationMenu');
      this.applicationMenu = menu;
    },
  };

  readonly Notification = class {
    static isSupported(): boolean {
      return false;
    }
  };

  /** `new BrowserWindow(options)` as main calls it, bound to this recorder. */
  readonly BrowserWindow = windowClassFor(this);

  /** Fires `ready`: main's whenReady() continuation runs on the next microtasks. */
  fireReady(): void {
    this.log.push('ready');
    this.ready = true;
    this.resolveReady();
  }

  newWebContents(session: FakeSession): FakeWebContents {
    return new FakeWebContents(this.nextWebContentsId++, session);
  }

  /** What vi.mock('electron') returns: the named exports main uses. */
  module(): Record<string, unknown> {
    const named = {
      app: this.app,
      BrowserWindow: this.BrowserWindow,
      dialog: this.dialog,
      ipcMain: this.ipcMain,
      Menu: this.Menu,
      Notification: this.Notification,
      protocol: this.protocol,
      screen: this.screen,
      session: this.session,
      shell: this.shell,
    };
    return { ...named, default: named };
  }
}

export interface FakeWindowOptions extends Partial<Rect> {
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  webPreferences?: Record<string, unknown> & { partition?: string; session?: unknown };
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  destroyed = false;
  shown = false;
  maximized = false;
  loadedUrls: string[] = [];

  constructor(
    private readonly electron: FakeElectron,
    readonly options: FakeWindowOptions,
  ) {
    super();
    const prefs = options.webPreferences ?? {};
    // As Electron: an explicit session, else the partition's, else the default session.
    const session =
      prefs.session instanceof FakeSession
        ? prefs.session
        : prefs.partition
          ? electron.session.fromPartition(prefs.partition)
          : electron.defaultSession;
    this.webContents = electron.newWebContents(session);
    electron.log.push('new BrowserWindow');
    electron.windows.push(this);
    electron.app.emit('web-contents-created', preventableEvent(), this.webContents);
  }

  /** As Electron: 'close' can be prevented; otherwise the window goes, then maybe 'window-all-closed'. */
  close(): void {
    if (this.destroyed) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (this.electron.windows.every((w) => w.destroyed)) this.electron.app.emit('window-all-closed');
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rect {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options;
    return { x, y, width, height };
  }
}

export interface FakeBrowserWindowClass {
  new (options: FakeWindowOptions): FakeBrowserWindow;
  getAllWindows(): FakeBrowserWindow[];
}

function windowClassFor(electron: FakeElectron): FakeBrowserWindowClass {
  return class extends FakeBrowserWindow {
    constructor(options: FakeWindowOptions) {
      super(electron, options);
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return electron.windows.filter((w) => !w.destroyed);
    }
  };
}

export const fake = new FakeElectron();

/** An in-memory electron-store (the real one needs the real `electron`). */
export class FakeStore {
  static readonly instances: FakeStore[] = [];
  readonly data = new Map<string, unknown>();

  constructor(readonly options: Record<string, unknown> = {}) {
    FakeStore.instances.push(this);
  }

  get(key: string): unknown {
    const value = this.data.get(key);
    // A copy, as electron-store reads from JSON: main must not rely on shared objects.
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    this.data.set(key, structuredClone(value));
  }
}
