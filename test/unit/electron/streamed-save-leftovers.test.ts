/**
 * A main process killed mid-save (electron/main/index.ts on the fake `electron` module, as main-wiring.test.ts
 * loads it): its part file stays listed in userData/open-saves.json, and the next start of main removes it,
 * and only it. Each load of main is a fresh module registry on a fresh fake, sharing one userData folder:
 * the first one is abandoned with its save open, which leaves the disk as a kill would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-origin';
import { SAVE_JOURNAL_FILE } from '../../../electron/main/save-journal';
import { HOST_CHANNELS, type BeginSaveResult, type HostInvokeMethod } from '../../../shared/bridge/host-api';
import type { FakeElectron } from './fake-electron';

let tmp: string;
let userData: string;
let record: string;
const originalUserDataEnv = process.env['KWALITEITSMAP_USER_DATA_DIR'];

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-leftover-')));
  userData = path.join(tmp, 'userData');
  fs.mkdirSync(userData);
  fs.mkdirSync(path.join(tmp, 'documents'));
  record = path.join(userData, SAVE_JOURNAL_FILE);
  process.env['KWALITEITSMAP_USER_DATA_DIR'] = userData;
});

afterAll(() => {
  if (originalUserDataEnv === undefined) delete process.env['KWALITEITSMAP_USER_DATA_DIR'];
  else process.env['KWALITEITSMAP_USER_DATA_DIR'] = originalUserDataEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Starts a fresh main on a fresh fake and waits for start() to have run. */
async function startMain(): Promise<FakeElectron> {
  vi.resetModules();
  const mod = await import('./fake-electron');
  vi.doMock('electron', () => mod.fake.module());
  vi.doMock('electron-store', () => ({ default: mod.FakeStore }));
  mod.fake.paths.set('documents', path.join(tmp, 'documents'));
  const before = new Set<unknown>([...process.listeners('uncaughtException'), ...process.listeners('unhandledRejection')]);
  await import('../../../electron/main/index');
  for (const listener of process.listeners('uncaughtException').filter((l) => !before.has(l))) process.removeListener('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection').filter((l) => !before.has(l))) process.removeListener('unhandledRejection', listener);
  mod.fake.fireReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return mod.fake;
}

async function invoke(fake: FakeElectron, method: HostInvokeMethod, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(HOST_CHANNELS[method]);
  const window = fake.windows.filter((w) => !w.destroyed).at(-1);
  if (!handler || !window) throw new Error(`no handler or window for ${method}`);
  return await handler({ sender: { id: window.webContents.id }, senderFrame: { url: APP_ENTRY_URL, parent: null } }, ...args);
}

/** Begins a save to `target` through the bridge and writes `written` bytes of `size`. */
async function openSave(fake: FakeElectron, target: string, size: number, written: number): Promise<string> {
  fake.saveDialogResult = { canceled: false, filePath: target };
  const result = (await invoke(fake, 'beginSave', { suggestedName: path.basename(target), filters: [], size })) as BeginSaveResult;
  if (!('token' in result)) throw new Error('dialog was cancelled');
  await invoke(fake, 'writeSaveChunk', result.token, new Uint8Array(written));
  return result.token;
}

const partsIn = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.part'));

describe('part files a killed main left behind', () => {
  it('are removed at the next start, the record cleared; the user’s files with similar names stay', async () => {
    const folder = fs.mkdtempSync(path.join(tmp, 'doel-'));
    const userFiles = ['Bewijspakket.zip', '.Bewijspakket.zip.part', 'Bewijspakket.zip.0123456789ab.part', '.Bewijspakket.zip.0123456789ab.part.bak', 'notities.part'];
    for (const name of userFiles) fs.writeFileSync(path.join(folder, name), 'van de gebruiker');

    const killed = await startMain();
    await vi.waitFor(() => expect(fs.existsSync(record)).toBe(false));
    await openSave(killed, path.join(folder, 'Bewijspakket.zip'), 10, 4);
    const [left] = partsIn(folder).filter((name) => /^\.Bewijspakket\.zip\.[0-9a-f]{12}\.part$/.test(name));
    expect(left).toBeDefined();
    expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toEqual({ version: 1, parts: [path.join(folder, left as string)] });
    // The process "dies" here: no window closes, no clean-up runs. Even a record edited to list the user's
    // similar files (and a file outside any save folder) does not make the next start remove them.
    fs.writeFileSync(
      record,
      JSON.stringify({ version: 1, parts: [path.join(folder, left as string), ...userFiles.map((name) => path.join(folder, name)), path.join(userData, 'config.json')] }),
    );
    fs.writeFileSync(path.join(userData, 'config.json'), '{}');

    const restarted = await startMain();
    await vi.waitFor(() => expect(fs.existsSync(path.join(folder, left as string))).toBe(false));
    await vi.waitFor(() => expect(fs.existsSync(record)).toBe(false));
    expect(fs.readdirSync(folder).sort()).toEqual([...userFiles].sort());
    for (const name of userFiles) expect(fs.readFileSync(path.join(folder, name), 'utf8')).toBe('van de gebruiker');
    expect(fs.existsSync(path.join(userData, 'config.json'))).toBe(true);

    // The restarted app saves as usual, and its record is empty again afterwards.
    const token = await openSave(restarted, path.join(folder, 'Nieuw.zip'), 2, 2);
    expect(fs.existsSync(record)).toBe(true);
    expect(await invoke(restarted, 'finishSave', token, true)).toEqual({ saved: true, path: path.join(folder, 'Nieuw.zip') });
    expect(fs.existsSync(record)).toBe(false);
    expect(partsIn(folder).filter((name) => /^\..*\.[0-9a-f]{12}\.part$/.test(name))).toEqual([]);
  });

  it('a damaged record is ignored: nothing is removed, the record is cleared and the app starts as usual', async () => {
    const folder = fs.mkdtempSync(path.join(tmp, 'doel-'));
    const partLike = path.join(folder, '.pakket.zip.0123456789ab.part');
    fs.writeFileSync(partLike, 'inhoud');
    fs.writeFileSync(record, `{"version":1,"parts":["${partLike}"`);

    const fake = await startMain();
    await vi.waitFor(() => expect(fs.existsSync(record)).toBe(false));
    expect(fs.readFileSync(partLike, 'utf8')).toBe('inhoud');
    expect(fake.windows.filter((w) => !w.destroyed)).toHaveLength(1);
    expect(fake.errorBoxes).toEqual([]);
    const token = await openSave(fake, path.join(folder, 'pakket.zip'), 1, 1);
    await invoke(fake, 'finishSave', token, true);
    expect(fs.readdirSync(folder).sort()).toEqual(['.pakket.zip.0123456789ab.part', 'pakket.zip']);
    // What was logged names no path (log-scrub.ts).
    const logs = fs.readdirSync(path.join(userData, 'logs')).map((name) => fs.readFileSync(path.join(userData, 'logs', name), 'utf8')).join('\n');
    expect(logs).toContain('save journal read');
    expect(logs).not.toContain(folder);
  });
});
