/**
 * beginSave / writeSaveChunk / finishSave through main's real IPC handlers (electron/main/index.ts on the fake
 * `electron` module, as main-wiring.test.ts does): dialog, remembered folder, the file on disk, and the part
 * file removed whenever the save does not complete, including when the page reloads or its window closes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-origin';
import { HOST_CHANNELS, type BeginSaveResult, type HostInvokeMethod } from '../../../shared/bridge/host-api';
import type { FakeBrowserWindow, FakeElectron } from './fake-electron';

let tmp: string;
let documents: string;
let fake: FakeElectron;
const originalUserDataEnv = process.env['KWALITEITSMAP_USER_DATA_DIR'];

beforeAll(async () => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-stream-main-')));
  documents = path.join(tmp, 'documents');
  fs.mkdirSync(documents);
  process.env['KWALITEITSMAP_USER_DATA_DIR'] = path.join(tmp, 'userData');
  vi.resetModules();
  const mod = await import('./fake-electron');
  vi.doMock('electron', () => mod.fake.module());
  vi.doMock('electron-store', () => ({ default: mod.FakeStore }));
  fake = mod.fake;
  fake.paths.set('documents', documents);
  const before = new Set<unknown>([...process.listeners('uncaughtException'), ...process.listeners('unhandledRejection')]);
  await import('../../../electron/main/index');
  // main installs crash logging on the process; keep it out of the test runner's process.
  for (const listener of process.listeners('uncaughtException').filter((l) => !before.has(l))) process.removeListener('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection').filter((l) => !before.has(l))) process.removeListener('unhandledRejection', listener);
  fake.fireReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => {
  if (originalUserDataEnv === undefined) delete process.env['KWALITEITSMAP_USER_DATA_DIR'];
  else process.env['KWALITEITSMAP_USER_DATA_DIR'] = originalUserDataEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
});

function mainWindow(): FakeBrowserWindow {
  const window = fake.windows.filter((w) => !w.destroyed).at(-1);
  if (!window) throw new Error('no window');
  return window;
}

async function invoke(method: HostInvokeMethod, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(HOST_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  const window = mainWindow();
  return await handler({ sender: { id: window.webContents.id }, senderFrame: { url: APP_ENTRY_URL, parent: null } }, ...args);
}

async function begin(size: number, folderKey?: string): Promise<string> {
  const result = (await invoke('beginSave', { suggestedName: 'Bewijspakket.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }], size, folderKey })) as BeginSaveResult;
  if (!('token' in result)) throw new Error('dialog was cancelled');
  return result.token;
}

function newFolder(): string {
  return fs.mkdtempSync(path.join(tmp, 'doel-'));
}

describe('streamed save through main', () => {
  it('three parts land byte-identical where the user chose, no part file remains, the folder is remembered', async () => {
    const folder = newFolder();
    const target = path.join(folder, 'Bewijspakket 2025.zip');
    fake.saveDialogResult = { canceled: false, filePath: target };
    const file = Uint8Array.from({ length: 3 * 65_536 + 17 }, (_, i) => (i * 7) & 0xff);
    const token = await begin(file.length, 'pakket');
    // The dialog is the saveFile one: modal to our window, in Documenten the first time, overwrite confirmation.
    const [parent, options] = fake.saveDialogs.at(-1) as [unknown, { defaultPath: string; filters: unknown; properties: string[] }];
    expect(parent).toBe(mainWindow());
    expect(options.defaultPath).toBe(path.join(documents, 'Bewijspakket.zip'));
    expect(options.filters).toEqual([{ name: 'ZIP', extensions: ['zip'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');

    expect(await invoke('writeSaveChunk', token, file.subarray(0, 65_536))).toBeUndefined();
    await invoke('writeSaveChunk', token, file.subarray(65_536, 131_072));
    await invoke('writeSaveChunk', token, file.subarray(131_072));
    expect(fs.existsSync(target)).toBe(false);
    expect(await invoke('finishSave', token, true)).toEqual({ saved: true, path: target });
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(file))).toBe(0);
    expect(fs.readdirSync(folder)).toEqual(['Bewijspakket 2025.zip']);

    // The next save under the same key starts in that folder, for saveFile too.
    fake.saveDialogResult = { canceled: true };
    expect(await invoke('beginSave', { suggestedName: 'Volgende.zip', filters: [], size: 1, folderKey: 'pakket' })).toEqual({ saved: false });
    expect((fake.saveDialogs.at(-1) as [unknown, { defaultPath: string }])[1].defaultPath).toBe(path.join(folder, 'Volgende.zip'));
  });

  it('cancel in the dialog: saved false, nothing written', async () => {
    fake.saveDialogResult = { canceled: true };
    const before = fs.readdirSync(documents);
    expect(await invoke('beginSave', { suggestedName: 'x.zip', filters: [], size: 10 })).toEqual({ saved: false });
    expect(fs.readdirSync(documents)).toEqual(before);
  });

  it('commit false removes the part file and leaves an existing file alone', async () => {
    const folder = newFolder();
    const target = path.join(folder, 'pakket.zip');
    fs.writeFileSync(target, 'oud');
    fake.saveDialogResult = { canceled: false, filePath: target };
    const token = await begin(4);
    await invoke('writeSaveChunk', token, new Uint8Array([1, 2]));
    expect(fs.readdirSync(folder)).toHaveLength(2);
    expect(await invoke('finishSave', token, false)).toEqual({ saved: false });
    expect(fs.readdirSync(folder)).toEqual(['pakket.zip']);
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
  });

  it('the wrong size at the commit is refused in Dutch and cleaned up', async () => {
    const folder = newFolder();
    fake.saveDialogResult = { canceled: false, filePath: path.join(folder, 'pakket.zip') };
    const token = await begin(5);
    await invoke('writeSaveChunk', token, new Uint8Array(4));
    await expect(invoke('finishSave', token, true)).rejects.toThrow('Het bestand is niet volledig aangekomen en is niet opgeslagen. Probeer het opnieuw.');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a part past the announced size is refused and the save dropped', async () => {
    const folder = newFolder();
    fake.saveDialogResult = { canceled: false, filePath: path.join(folder, 'pakket.zip') };
    const token = await begin(3);
    await expect(invoke('writeSaveChunk', token, new Uint8Array(4))).rejects.toThrow(/meer dan aangekondigd/);
    expect(fs.readdirSync(folder)).toEqual([]);
    await expect(invoke('finishSave', token, true)).rejects.toThrow('Dit opslaan is niet (meer) bezig. Probeer het opnieuw.');
  });

  it('an unknown token is refused in Dutch', async () => {
    await expect(invoke('writeSaveChunk', 'ab'.repeat(16), new Uint8Array(1))).rejects.toThrow('Dit opslaan is niet (meer) bezig. Probeer het opnieuw.');
    await expect(invoke('finishSave', 'ab'.repeat(16), true)).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
  });

  it('hostile arguments are refused before anything happens', async () => {
    const dialogs = fake.saveDialogs.length;
    fake.saveDialogResult = { canceled: false, filePath: path.join(newFolder(), 'x.zip') };
    await expect(invoke('beginSave', { suggestedName: '../../.bashrc', filters: [], size: 1 })).rejects.toThrow('Ongeldig verzoek aan de app (beginSave).');
    await expect(invoke('beginSave', { suggestedName: 'a.zip', filters: [], size: 5 * 1024 ** 3 })).rejects.toThrow('Ongeldig verzoek aan de app (beginSave).');
    await expect(invoke('beginSave', { suggestedName: 'a.zip', filters: [], bytes: new Uint8Array(1) })).rejects.toThrow('Ongeldig verzoek aan de app (beginSave).');
    expect(fake.saveDialogs).toHaveLength(dialogs);
    await expect(invoke('writeSaveChunk', '../x', new Uint8Array(1))).rejects.toThrow('Ongeldig verzoek aan de app (writeSaveChunk).');
    await expect(invoke('writeSaveChunk', 'ab'.repeat(16), [1, 2])).rejects.toThrow('Ongeldig verzoek aan de app (writeSaveChunk).');
    await expect(invoke('finishSave', 'ab'.repeat(16), 'ja')).rejects.toThrow('Ongeldig verzoek aan de app (finishSave).');
  });

  it('a reload of the page removes its open save; navigating inside the page does not', async () => {
    const folder = newFolder();
    fake.saveDialogResult = { canceled: false, filePath: path.join(folder, 'pakket.zip') };
    const token = await begin(4);
    await invoke('writeSaveChunk', token, new Uint8Array(2));
    const contents = mainWindow().webContents;
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true, url: APP_ENTRY_URL });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false, url: APP_ENTRY_URL });
    await invoke('writeSaveChunk', token, new Uint8Array(1));
    expect(fs.readdirSync(folder)).toHaveLength(1);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false, url: APP_ENTRY_URL });
    await vi.waitFor(() => expect(fs.readdirSync(folder)).toEqual([]));
    await expect(invoke('writeSaveChunk', token, new Uint8Array(1))).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
  });

  it('a window closed with an open save: the part file goes, and a new window cannot use the old token', async () => {
    const folder = newFolder();
    fake.saveDialogResult = { canceled: false, filePath: path.join(folder, 'pakket.zip') };
    const token = await begin(4);
    await invoke('writeSaveChunk', token, new Uint8Array(2));
    expect(fs.readdirSync(folder)).toHaveLength(1);
    mainWindow().close();
    await vi.waitFor(() => expect(fs.readdirSync(folder)).toEqual([]));
    fake.app.emit('activate');
    expect(mainWindow().destroyed).toBe(false);
    await expect(invoke('writeSaveChunk', token, new Uint8Array(2))).rejects.toThrow('Dit opslaan is niet (meer) bezig.');
  });
});
