/** A large file saved in parts (electron/main/streamed-save.ts) and the bridge's checks on those calls. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostRequestError, validateHostArgs } from '../../../electron/main/ipc-validate';
import {
  SAVE_FAILED,
  SAVE_INCOMPLETE,
  SAVE_TOO_LONG,
  SAVE_TOO_MANY,
  SAVE_UNKNOWN,
  StreamedSaves,
} from '../../../electron/main/streamed-save';
import { MAX_SAVE_BYTES, MAX_SAVE_CHUNK_BYTES } from '../../../shared/bridge/host-api';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-stream-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const ME = 7;
const OTHER = 8;

function newSaves() {
  const logged: { context: string; error: unknown }[] = [];
  return { saves: new StreamedSaves({ log: (context, error) => logged.push({ context, error }) }), logged };
}

function pattern(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

describe('StreamedSaves', () => {
  it('three parts land byte-identical at the chosen path, through a hidden part file that does not remain', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'Bewijspakket 2025.zip');
    const file = pattern(300_001);
    const { saves } = newSaves();
    const token = await saves.begin(ME, { target, size: file.length, folderKey: 'pakket' });
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    await saves.write(ME, token, file.subarray(0, 100_000));
    const [part] = fs.readdirSync(dir);
    expect(part).toMatch(/^\.Bewijspakket 2025\.zip\.[0-9a-f]{12}\.part$/);
    await saves.write(ME, token, file.subarray(100_000, 200_000));
    await saves.write(ME, token, file.subarray(200_000));
    expect(fs.existsSync(target)).toBe(false);
    expect(await saves.finish(ME, token, true)).toEqual({ path: target, folderKey: 'pakket' });
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(file))).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['Bewijspakket 2025.zip']);
    expect(saves.openCount).toBe(0);
    // The token is spent.
    await expect(saves.finish(ME, token, true)).rejects.toThrow(SAVE_UNKNOWN);
  });

  it('replaces an existing file only at the commit; cancelling leaves it as it was', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'pakket.pdf');
    fs.writeFileSync(target, 'oud');
    const { saves } = newSaves();
    const cancelled = await saves.begin(ME, { target, size: 3 });
    await saves.write(ME, cancelled, new TextEncoder().encode('nie'));
    expect(await saves.finish(ME, cancelled, false)).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual(['pakket.pdf']);
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');

    const token = await saves.begin(ME, { target, size: 5 });
    await saves.write(ME, token, new TextEncoder().encode('nieuw'));
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
    await saves.finish(ME, token, true);
    expect(fs.readFileSync(target, 'utf8')).toBe('nieuw');
    expect(fs.readdirSync(dir)).toEqual(['pakket.pdf']);
  });

  it('an empty file can be saved', async () => {
    const dir = tempDir();
    const { saves } = newSaves();
    const token = await saves.begin(ME, { target: path.join(dir, 'leeg.txt'), size: 0 });
    await saves.finish(ME, token, true);
    expect(fs.readFileSync(path.join(dir, 'leeg.txt')).length).toBe(0);
  });

  it('too few bytes at the commit: refused in Dutch, the part file removed, nothing at the path', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'pakket.zip');
    const { saves } = newSaves();
    const token = await saves.begin(ME, { target, size: 10 });
    await saves.write(ME, token, new Uint8Array(9));
    await expect(saves.finish(ME, token, true)).rejects.toThrow(SAVE_INCOMPLETE);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(saves.openCount).toBe(0);
  });

  it('a part past the announced size: refused, the save dropped and its part file removed', async () => {
    const dir = tempDir();
    const { saves } = newSaves();
    const token = await saves.begin(ME, { target: path.join(dir, 'pakket.zip'), size: 10 });
    await saves.write(ME, token, new Uint8Array(6));
    await expect(saves.write(ME, token, new Uint8Array(5))).rejects.toThrow(SAVE_TOO_LONG);
    expect(fs.readdirSync(dir)).toEqual([]);
    await expect(saves.write(ME, token, new Uint8Array(4))).rejects.toThrow(SAVE_UNKNOWN);
    await expect(saves.finish(ME, token, true)).rejects.toThrow(SAVE_UNKNOWN);
  });

  it('an unknown token, or another page’s token, is refused and leaves the other page’s save alone', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'pakket.zip');
    const { saves } = newSaves();
    await expect(saves.write(ME, 'ab'.repeat(16), new Uint8Array(1))).rejects.toThrow(SAVE_UNKNOWN);
    await expect(saves.finish(ME, 'ab'.repeat(16), false)).rejects.toThrow(HostRequestError);
    const token = await saves.begin(ME, { target, size: 2 });
    await expect(saves.write(OTHER, token, new Uint8Array(2))).rejects.toThrow(SAVE_UNKNOWN);
    await expect(saves.finish(OTHER, token, false)).rejects.toThrow(SAVE_UNKNOWN);
    await saves.write(ME, token, new Uint8Array([1, 2]));
    await saves.finish(ME, token, true);
    expect([...fs.readFileSync(target)]).toEqual([1, 2]);
  });

  it('parts sent without waiting are written in order', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'x.bin');
    const file = pattern(4096, 5);
    const { saves } = newSaves();
    const token = await saves.begin(ME, { target, size: file.length });
    await Promise.all([0, 1, 2, 3].map((i) => saves.write(ME, token, file.subarray(i * 1024, (i + 1) * 1024))));
    await saves.finish(ME, token, true);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(file))).toBe(0);
  });

  it('the page goes (closed, reloaded): its open saves are removed, other pages’ saves stay', async () => {
    const dir = tempDir();
    const { saves } = newSaves();
    const mine = [await saves.begin(ME, { target: path.join(dir, 'a.zip'), size: 4 }), await saves.begin(ME, { target: path.join(dir, 'b.zip'), size: 4 })];
    const theirs = await saves.begin(OTHER, { target: path.join(dir, 'c.zip'), size: 1 });
    await saves.write(ME, mine[0] as string, new Uint8Array(2));
    expect(fs.readdirSync(dir)).toHaveLength(3);
    await saves.discardOwner(ME);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    await expect(saves.write(ME, mine[0] as string, new Uint8Array(2))).rejects.toThrow(SAVE_UNKNOWN);
    await saves.write(OTHER, theirs, new Uint8Array(1));
    await saves.finish(OTHER, theirs, true);
    expect(fs.readdirSync(dir)).toEqual(['c.zip']);
  });

  it('a page may hold only a few saves open at once', async () => {
    const dir = tempDir();
    const { saves } = newSaves();
    for (let i = 0; i < 4; i++) await saves.begin(ME, { target: path.join(dir, `${i}.zip`), size: 1 });
    await expect(saves.begin(ME, { target: path.join(dir, 'vijf.zip'), size: 1 })).rejects.toThrow(SAVE_TOO_MANY);
    await saves.begin(OTHER, { target: path.join(dir, 'ander.zip'), size: 1 });
    await saves.discardOwner(ME);
    await saves.discardOwner(OTHER);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a folder that cannot be written: Dutch message, the log without the path', async () => {
    const dir = tempDir();
    const { saves, logged } = newSaves();
    await expect(saves.begin(ME, { target: path.join(dir, 'bestaat-niet', 'Jan Jansen VOG.zip'), size: 1 })).rejects.toThrow(SAVE_FAILED);
    expect(logged.map((l) => l.context)).toEqual(['streamed save open']);
    expect(saves.openCount).toBe(0);
  });

  it('the final rename fails (a folder has the name): nothing left behind, Dutch message', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'doel');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inhoud'), 'blijft');
    const { saves, logged } = newSaves();
    const token = await saves.begin(ME, { target, size: 3 });
    await saves.write(ME, token, new Uint8Array(3));
    await expect(saves.finish(ME, token, true)).rejects.toThrow(SAVE_FAILED);
    expect(fs.readdirSync(dir)).toEqual(['doel']);
    expect(fs.readFileSync(path.join(target, 'inhoud'), 'utf8')).toBe('blijft');
    expect(logged.map((l) => l.context)).toEqual(['streamed save finish']);
  });
});

describe('the bridge’s checks on beginSave / writeSaveChunk / finishSave', () => {
  const token = '0123456789abcdef0123456789abcdef';
  it('passes valid arguments', () => {
    const [request] = validateHostArgs('beginSave', [{ suggestedName: 'Bewijspakket.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }], size: 400 * 1024 * 1024, folderKey: 'pakket' }]);
    expect(request).toEqual({ suggestedName: 'Bewijspakket.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }], size: 400 * 1024 * 1024, folderKey: 'pakket' });
    expect(validateHostArgs('beginSave', [{ suggestedName: 'a.zip', filters: [], size: MAX_SAVE_BYTES }])[0].size).toBe(MAX_SAVE_BYTES);
    expect(validateHostArgs('writeSaveChunk', [token, new Uint8Array(3)])[1]).toHaveLength(3);
    expect(validateHostArgs('finishSave', [token, false])).toEqual([token, false]);
  });

  it('refuses hostile arguments with a Dutch message', () => {
    const bad: [Parameters<typeof validateHostArgs>[0], unknown[]][] = [
      ['beginSave', []],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [] }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: -1 }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: 1.5 }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: MAX_SAVE_BYTES + 1 }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: '10' }]],
      ['beginSave', [{ suggestedName: '../../.bashrc', filters: [], size: 1 }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: 1, folderKey: '../x' }]],
      ['beginSave', [{ suggestedName: 'a.zip', filters: [], size: 1 }, 'extra']],
      ['writeSaveChunk', [token]],
      ['writeSaveChunk', [token, [1, 2, 3]]],
      ['writeSaveChunk', [token, 'bytes']],
      ['writeSaveChunk', [token, new ArrayBuffer(3)]],
      ['writeSaveChunk', [token, new Uint8Array(MAX_SAVE_CHUNK_BYTES + 1)]],
      ['writeSaveChunk', ['../../etc/passwd', new Uint8Array(1)]],
      ['writeSaveChunk', ['__proto__', new Uint8Array(1)]],
      ['writeSaveChunk', [42, new Uint8Array(1)]],
      ['writeSaveChunk', [token, new Uint8Array(1), 'extra']],
      ['finishSave', [token]],
      ['finishSave', [token, 'true']],
      ['finishSave', [token, 1]],
      ['finishSave', [{ token }, true]],
    ];
    for (const [i, [method, args]] of bad.entries()) {
      expect(() => validateHostArgs(method, args), `${method} #${i}`).toThrow(/^Ongeldig verzoek aan de app/);
    }
  });
});
