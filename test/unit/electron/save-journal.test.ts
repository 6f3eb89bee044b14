/**
 * The record of open streamed saves (electron/main/save-journal.ts): written before a part file exists, emptied
 * when the save ends, and at start the part files a killed process left listed are removed, nothing else.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPartFilePath } from '../../../electron/main/part-file';
import { SAVE_JOURNAL_FILE, SaveJournal } from '../../../electron/main/save-journal';
import { StreamedSaves } from '../../../electron/main/streamed-save';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-journal-')));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setUp() {
  const dir = tempDir();
  const userData = path.join(dir, 'userData');
  const folder = path.join(dir, 'Documenten');
  fs.mkdirSync(folder);
  const logged: string[] = [];
  const file = path.join(userData, SAVE_JOURNAL_FILE);
  const journal = () => new SaveJournal({ file, log: (context) => logged.push(context) });
  return { dir, folder, file, logged, journal };
}

const readRecord = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;

describe('SaveJournal', () => {
  it('lists the part file before it is created and forgets it at the commit and at a cancel', async () => {
    const { folder, file, journal } = setUp();
    const real = journal();
    const seenAtAdd: { record: unknown; fileExisted: boolean }[] = [];
    const saves = new StreamedSaves({
      log: () => undefined,
      journal: {
        add: async (part) => {
          await real.add(part);
          seenAtAdd.push({ record: readRecord(file), fileExisted: fs.existsSync(part) });
        },
        remove: (part) => real.remove(part),
      },
    });
    const committed = await saves.begin(1, { target: path.join(folder, 'pakket.zip'), size: 2 });
    const cancelled = await saves.begin(1, { target: path.join(folder, 'pakket.pdf'), size: 2 });
    const parts = fs.readdirSync(folder).map((name) => path.join(folder, name));
    expect(seenAtAdd).toEqual([
      { record: { version: 1, parts: [expect.stringMatching(/\.pakket\.zip\.[0-9a-f]{12}\.part$/)] }, fileExisted: false },
      { record: { version: 1, parts: expect.arrayContaining(parts) }, fileExisted: false },
    ]);
    await saves.write(1, committed, new Uint8Array(2));
    await saves.finish(1, committed, true);
    expect(readRecord(file)).toEqual({ version: 1, parts: [expect.stringMatching(/\.pakket\.pdf\.[0-9a-f]{12}\.part$/)] });
    await saves.finish(1, cancelled, false);
    // No save open: no record at all.
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual(['pakket.zip']);
  });

  it('a process killed mid-save leaves its part file listed; the next start removes it and clears the record', async () => {
    const { folder, file, logged, journal } = setUp();
    fs.writeFileSync(path.join(folder, 'pakket.zip'), 'vorige versie');
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/killed-save-child.ts'), file, path.join(folder, 'pakket.zip')], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.stdout).toBe('written\n');
    expect(child.signal).toBe('SIGKILL');
    const [left] = fs.readdirSync(folder).filter((name) => name.endsWith('.part'));
    expect(left).toMatch(/^\.pakket\.zip\.[0-9a-f]{12}\.part$/);
    expect(readRecord(file)).toEqual({ version: 1, parts: [path.join(folder, left as string)] });

    expect(await journal().cleanUpLeftovers()).toBe(1);
    expect(fs.readdirSync(folder)).toEqual(['pakket.zip']);
    expect(fs.readFileSync(path.join(folder, 'pakket.zip'), 'utf8')).toBe('vorige versie');
    expect(fs.existsSync(file)).toBe(false);
    expect(logged).toEqual([]);
  });

  it('removes only listed regular files with the part-file shape: never a user’s file with a similar name', async () => {
    const { folder, file, journal } = setUp();
    const leftover = path.join(folder, '.Bewijspakket.zip.0123456789ab.part');
    const userFiles = [
      'Bewijspakket.zip',
      '.Bewijspakket.zip.part',
      'Bewijspakket.zip.0123456789ab.part',
      '.Bewijspakket.zip.0123456789AB.part',
      '.Bewijspakket.zip.0123456789ab.part.bak',
      '.Bewijspakket.zip.0123456789abc.part',
      'notities.part',
    ].map((name) => path.join(folder, name));
    for (const p of [leftover, ...userFiles]) fs.writeFileSync(p, 'inhoud');
    // Names of the right shape that are not a regular file: a symlink to a user's file, a folder.
    const link = path.join(folder, '.link.zip.aaaaaaaaaaaa.part');
    fs.symlinkSync(path.join(folder, 'Bewijspakket.zip'), link);
    const folderNamedLikePart = path.join(folder, '.map.zip.bbbbbbbbbbbb.part');
    fs.mkdirSync(folderNamedLikePart);
    // A relative path and one with '..' in it are not paths this module writes.
    const unnormalised = `${folder}/sub/../.x.zip.cccccccccccc.part`;
    fs.writeFileSync(path.join(folder, '.x.zip.cccccccccccc.part'), 'inhoud');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, JSON.stringify({ version: 1, parts: [leftover, ...userFiles, link, folderNamedLikePart, unnormalised, '.y.zip.dddddddddddd.part'] }));

    expect(await journal().cleanUpLeftovers()).toBe(1);
    expect(fs.existsSync(leftover)).toBe(false);
    for (const p of userFiles) expect(fs.readFileSync(p, 'utf8'), p).toBe('inhoud');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(folderNamedLikePart).isDirectory()).toBe(true);
    expect(fs.existsSync(path.join(folder, '.x.zip.cccccccccccc.part'))).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a damaged record is ignored (nothing removed), logged and cleared', async () => {
    const { folder, file, logged, journal } = setUp();
    const partLike = path.join(folder, '.pakket.zip.0123456789ab.part');
    fs.writeFileSync(partLike, 'inhoud');
    fs.mkdirSync(path.dirname(file));
    const damaged = [
      '{"version":1,"parts":["' + partLike,
      JSON.stringify({ version: 2, parts: [partLike] }),
      JSON.stringify({ parts: [partLike] }),
      JSON.stringify({ version: 1, parts: partLike }),
      JSON.stringify({ version: 1, parts: [partLike, 42] }),
      JSON.stringify([partLike]),
      `{"version":1,"parts":["${partLike}"],"pad":"${'x'.repeat(300 * 1024)}"}`,
    ];
    for (const text of damaged) {
      fs.writeFileSync(file, text);
      expect(await journal().cleanUpLeftovers(), text.slice(0, 40)).toBe(0);
      expect(fs.existsSync(partLike)).toBe(true);
      expect(fs.existsSync(file)).toBe(false);
    }
    expect(logged).toEqual(damaged.map(() => 'save journal read'));
  });

  it('a save begun while the clean-up runs waits for it, so its own part file is not taken for a leftover', async () => {
    const { folder, file, journal } = setUp();
    const leftover = path.join(folder, '.oud.zip.0123456789ab.part');
    fs.writeFileSync(leftover, 'x');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, JSON.stringify({ version: 1, parts: [leftover] }));
    const real = journal();
    const saves = new StreamedSaves({ log: () => undefined, journal: real });
    const cleanup = real.cleanUpLeftovers();
    const token = await saves.begin(1, { target: path.join(folder, 'nieuw.zip'), size: 1 });
    expect(await cleanup).toBe(1);
    const [part] = fs.readdirSync(folder);
    expect(part).toMatch(/^\.nieuw\.zip\.[0-9a-f]{12}\.part$/);
    expect(readRecord(file)).toEqual({ version: 1, parts: [path.join(folder, part as string)] });
    await saves.write(1, token, new Uint8Array(1));
    await saves.finish(1, token, true);
    expect(fs.readdirSync(folder)).toEqual(['nieuw.zip']);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a leftover it cannot remove stays listed for the next start instead of being forgotten', async () => {
    const { folder, file, logged, journal } = setUp();
    const locked = path.join(folder, '.vast.zip.0123456789ab.part');
    const free = path.join(folder, '.los.zip.0123456789ab.part');
    for (const p of [locked, free]) fs.writeFileSync(p, 'x');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, JSON.stringify({ version: 1, parts: [locked, free] }));
    // As on Windows when another program holds the file open (root here ignores permissions, so the refusal is simulated).
    const realRm = fs.promises.rm.bind(fs.promises);
    const rm = vi.spyOn(fs.promises, 'rm').mockImplementation(async (p, options) => {
      if (p === locked) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      return realRm(p, options);
    });
    try {
      expect(await journal().cleanUpLeftovers()).toBe(1);
    } finally {
      rm.mockRestore();
    }
    expect(fs.existsSync(free)).toBe(false);
    expect(readRecord(file)).toEqual({ version: 1, parts: [locked] });
    expect(logged).toEqual(['save journal remove leftover']);
    // The next start can remove it, and the record is gone.
    expect(await journal().cleanUpLeftovers()).toBe(1);
    expect(fs.existsSync(locked)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('never writes a record its reader would refuse: past the limit the last entries are left out and that is logged', async () => {
    const { folder, file, logged, journal } = setUp();
    const real = journal();
    const parts = Array.from({ length: 300 }, (_, i) => path.join(folder, `.p${i}.zip.${i.toString(16).padStart(12, '0')}.part`));
    for (const p of parts) await real.add(p);
    const record = readRecord(file) as { parts: string[] };
    expect(record.parts).toEqual(parts.slice(0, 256));
    expect(logged.filter((l) => l === 'save journal full')).toHaveLength(300 - 256);
    // What it wrote is read back: the listed leftovers are removed at the next start.
    for (const p of parts) fs.writeFileSync(p, 'x');
    expect(await journal().cleanUpLeftovers()).toBe(256);
  });

  it('a record that cannot be written does not stop the save; the problem is logged', async () => {
    const { dir, folder, logged } = setUp();
    // userData is a file here, so the record's folder cannot be made.
    fs.writeFileSync(path.join(dir, 'geen-map'), '');
    const saves = new StreamedSaves({
      log: (context) => logged.push(context),
      journal: new SaveJournal({ file: path.join(dir, 'geen-map', SAVE_JOURNAL_FILE), log: (context) => logged.push(context) }),
    });
    const token = await saves.begin(1, { target: path.join(folder, 'pakket.zip'), size: 1 });
    await saves.write(1, token, new Uint8Array([7]));
    expect(await saves.finish(1, token, true)).toMatchObject({ path: path.join(folder, 'pakket.zip') });
    expect(logged).toContain('save journal write');
  });
});

describe('isPartFilePath', () => {
  it('accepts only absolute, normalised paths named like a part file', () => {
    expect(isPartFilePath('/home/ilse/Documenten/.Bewijspakket 2025.zip.0123456789ab.part')).toBe(true);
    expect(isPartFilePath('/home/ilse/.a.0123456789ab.part')).toBe(true);
    for (const p of [
      'Documenten/.a.zip.0123456789ab.part',
      '/home/ilse/a.zip.0123456789ab.part',
      '/home/ilse/..0123456789ab.part',
      '/home/ilse/.a.zip.0123456789ab.part/',
      '/home/ilse/x/../.a.zip.0123456789ab.part',
      '/home/ilse/.a.zip.0123456789ab.partial',
      '/home/ilse/.a.zip.part',
    ]) {
      expect(isPartFilePath(p), p).toBe(false);
    }
  });
});
