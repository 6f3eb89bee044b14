import fs from 'node:fs';
import path from 'node:path';
import type { HostApi } from '../../shared/bridge/host-api';
import { electronBinary, expect, launchApp, root, test } from './fixtures';

test.skip(!electronBinary, 'Electron is niet geïnstalleerd');

declare global {
  interface Window {
    kwaliteitsmapHost: HostApi;
  }
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

test.describe('start-up and lock-down', () => {
  test('opens one window on app://kwaliteitsmap with the bridge and nothing else', async ({ launched }) => {
    const { app, window: page } = launched;
    await expect(page).toHaveTitle(/Kwaliteitsmap/);
    expect(page.url()).toMatch(/^app:\/\/kwaliteitsmap\//);
    expect(app.windows()).toHaveLength(1);

    const surface = await page.evaluate(() => ({
      bridge: Object.keys(window.kwaliteitsmapHost).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(surface.bridge).toEqual([
      'appInfo',
      'beginSave',
      'chooseFolder',
      'finishSave',
      'getSettings',
      'notify',
      'onBeforeQuit',
      'onNavigate',
      'openDataFolder',
      'openFiles',
      'quitReady',
      'saveFile',
      'setSettings',
      'writeAutoBackup',
      'writeSaveChunk',
    ]);
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.ipc).toBe('undefined');

    // contextBridge.exposeInMainWorld throws unless contextIsolation is on, so a working bridge
    // plus no require/process in the page is the run-time proof of isolation without Node.
    const appMetrics = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((m) => ({ type: m.type, sandboxed: m.sandboxed })));
    // `sandboxed` is reported on Windows and macOS only.
    for (const m of appMetrics.filter((x) => x.type === 'Tab' && x.sandboxed !== undefined)) expect(m.sandboxed).toBe(true);
  });

  test('serves the bundle with the strict CSP header and refuses traversal', async ({ launched }) => {
    const { window: page } = launched;
    const result = await page.evaluate(async () => {
      const index = await fetch('/index.html');
      const outside = await fetch('/..%2F..%2Fpackage.json');
      return { status: index.status, csp: index.headers.get('content-security-policy'), outside: outside.status };
    });
    expect(result.status).toBe(200);
    expect(result.csp).toContain("script-src 'self'");
    expect(result.csp).toContain("object-src 'none'");
    expect(result.csp).not.toContain('unsafe-');
    expect(result.outside).toBe(403);
  });

  test('blocks navigation away, window.open and network requests; web links go to the system browser', async ({ launched }) => {
    const { app, window: page } = launched;
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __opened?: string[] }).__opened = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    const start = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(start);

    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(start);

    const popup = await page.evaluate(() => window.open('https://example.org/', '_blank') === null);
    expect(popup).toBe(true);
    expect(app.windows()).toHaveLength(1);

    const fetchFailed = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return false;
      } catch {
        return true;
      }
    });
    expect(fetchFailed).toBe(true);

    const opened = await app.evaluate(() => (globalThis as { __opened?: string[] }).__opened ?? []);
    expect(opened).toEqual(['https://example.com/', 'https://example.org/']);
  });

  test('denies web permissions', async ({ launched }) => {
    const state = await launched.window.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state);
    expect(state).toBe('denied');
  });
});

test.describe('bridge', () => {
  test('settings round trip changes only what was sent and refuses invalid input in Dutch', async ({ launched }) => {
    const { window: page } = launched;
    const result = await page.evaluate(async () => {
      const host = window.kwaliteitsmapHost;
      const before = await host.getSettings();
      await host.setSettings({ keepBackups: 5 });
      const after = await host.setSettings({ horizonDays: 90 });
      let error = '';
      try {
        await host.setSettings({ horizonDays: 45 as 30 });
      } catch (e) {
        error = (e as Error).message;
      }
      return { before, after, reread: await host.getSettings(), error };
    });
    expect(result.before.horizonDays).toBe(60);
    expect(result.after).toMatchObject({ horizonDays: 90, keepBackups: 5 });
    expect(result.reread).toEqual(result.after);
    expect(result.error).toMatch(/^Ongeldig verzoek aan de app/);
  });

  test('appInfo names the version and the data folder', async ({ launched, userDataDir }) => {
    const info = await launched.window.evaluate(() => window.kwaliteitsmapHost.appInfo());
    expect(info).toEqual({ host: 'electron', version: pkg.version, dataLocation: userDataDir });
  });

  test('saveFile writes through the (stubbed) save dialog and remembers the folder', async ({ launched, userDataDir }) => {
    const { app, window: page } = launched;
    const target = path.join(userDataDir, 'export', 'Bewijspakket.pdf');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await app.evaluate(({ dialog }, filePath) => {
      const calls: unknown[] = [];
      (globalThis as { __saveCalls?: unknown[] }).__saveCalls = calls;
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        calls.push(args[args.length - 1]);
        return { canceled: false, filePath };
      }) as typeof dialog.showSaveDialog;
    }, target);
    const first = await page.evaluate(() =>
      window.kwaliteitsmapHost.saveFile({
        suggestedName: 'Bewijspakket.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        bytes: new TextEncoder().encode('%PDF-1.7 test'),
        folderKey: 'pakket',
      }),
    );
    expect(first).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['Bewijspakket.pdf']);

    // A pack PDF comes as parts (views on its attachments) and crosses the bridge and IPC as such.
    await page.evaluate(() =>
      window.kwaliteitsmapHost.saveFile({
        suggestedName: 'Bewijspakket.pdf',
        filters: [],
        bytes: [new TextEncoder().encode('%PDF'), new TextEncoder().encode('-1.7 delen')],
        folderKey: 'pakket',
      }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 delen');

    await page.evaluate(() =>
      window.kwaliteitsmapHost.saveFile({ suggestedName: 'Tweede.pdf', filters: [], bytes: new Uint8Array([1]), folderKey: 'pakket' }),
    );
    const calls = await app.evaluate(() => (globalThis as { __saveCalls?: { defaultPath?: string }[] }).__saveCalls ?? []);
    expect(calls[2]?.defaultPath).toBe(path.join(path.dirname(target), 'Tweede.pdf'));

    await app.evaluate(({ dialog }) => {
      dialog.showSaveDialog = (async () => ({ canceled: true, filePath: '' })) as typeof dialog.showSaveDialog;
    });
    const cancelled = await page.evaluate(() =>
      window.kwaliteitsmapHost.saveFile({ suggestedName: 'x.pdf', filters: [], bytes: new Uint8Array([1]) }),
    );
    expect(cancelled).toEqual({ saved: false });
  });

  test('beginSave / writeSaveChunk / finishSave: a file in parts over IPC, no part file left', async ({ launched, userDataDir }) => {
    const { app, window: page } = launched;
    const target = path.join(userDataDir, 'export-stream', 'Bewijspakket.zip');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(async () => {
      const host = window.kwaliteitsmapHost;
      const file = Uint8Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => (i * 7) & 0xff);
      const begun = await host.beginSave({ suggestedName: 'Bewijspakket.zip', filters: [], size: file.length, folderKey: 'pakket' });
      if (!('token' in begun)) return { begun };
      for (let at = 0; at < file.length; at += 1024 * 1024) await host.writeSaveChunk(begun.token, file.subarray(at, at + 1024 * 1024));
      const done = await host.finishSave(begun.token, true);
      // A second save that the page cancels halfway.
      const second = await host.beginSave({ suggestedName: 'Bewijspakket.zip', filters: [], size: 10 });
      if (!('token' in second)) return { second };
      await host.writeSaveChunk(second.token, new Uint8Array(4));
      const cancelled = await host.finishSave(second.token, false);
      const refused = await host.writeSaveChunk(second.token, new Uint8Array(1)).then(
        () => 'aangenomen',
        (e: unknown) => (e as Error).message,
      );
      return { done, cancelled, refused };
    });
    expect(result).toEqual({ done: { saved: true, path: target }, cancelled: { saved: false }, refused: 'Dit opslaan is niet (meer) bezig. Probeer het opnieuw.' });
    const written = fs.readFileSync(target);
    expect(written.length).toBe(3 * 1024 * 1024 + 5);
    expect(written.every((b, i) => b === ((i * 7) & 0xff))).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['Bewijspakket.zip']);
  });

  test('openFiles returns name, type and bytes through the (stubbed) open dialog', async ({ launched, userDataDir }) => {
    const { app, window: page } = launched;
    const file = path.join(userDataDir, 'VOG voorbeeld.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n%%EOF\n');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof dialog.showOpenDialog;
    }, file);
    const files = await page.evaluate(async () => {
      const result = await window.kwaliteitsmapHost.openFiles({ filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: false });
      return result.map((f) => ({ name: f.name, type: f.type, text: new TextDecoder().decode(f.bytes), isBytes: f.bytes instanceof Uint8Array }));
    });
    expect(files).toEqual([{ name: 'VOG voorbeeld.pdf', type: 'application/pdf', text: '%PDF-1.4\n%%EOF\n', isBytes: true }]);
  });

  test('onNavigate delivers routes sent by the host and unsubscribes', async ({ launched }) => {
    const { app, window: page } = launched;
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const off = window.kwaliteitsmapHost.onNavigate((r) => {
        seen.push(r);
        off();
      });
    });
    const send = (route: string) =>
      app.evaluate(({ BrowserWindow }, r) => BrowserWindow.getAllWindows()[0]!.webContents.send('host:navigate', r), route);
    await send('not-a-route');
    await send('termijnen');
    await send('pakket');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['termijnen']);
  });
});

test.describe('data stays', () => {
  test('the default session is persistent and IndexedDB survives a restart', async ({ userDataDir }) => {
    const first = await launchApp(userDataDir);
    const persistent = await first.app.evaluate(({ session, BrowserWindow }) => ({
      isPersistent: session.defaultSession.isPersistent(),
      sameSession: BrowserWindow.getAllWindows()[0]!.webContents.session === session.defaultSession,
    }));
    expect(persistent).toEqual({ isPersistent: true, sameSession: true });
    await first.window.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kwm-e2e-persist', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onsuccess = () => {
            const tx = open.result.transaction('s', 'readwrite');
            tx.objectStore('s').put('bewaard', 'k');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await first.app.close();

    const second = await launchApp(userDataDir);
    try {
      const value = await second.window.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('kwm-e2e-persist', 1);
            open.onsuccess = () => {
              const get = open.result.transaction('s').objectStore('s').get('k');
              get.onsuccess = () => resolve(get.result);
              get.onerror = () => reject(get.error);
            };
            open.onerror = () => reject(open.error);
          }),
      );
      expect(value).toBe('bewaard');
      expect(fs.existsSync(path.join(userDataDir, 'IndexedDB'))).toBe(true);
    } finally {
      await second.app.close();
    }
  });
});
