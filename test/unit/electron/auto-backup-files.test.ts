import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAutoBackupFile } from '../../../electron/main/auto-backup-files';
import { HostRequestError, validateHostArgs } from '../../../electron/main/ipc-validate';

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-auto-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const auto = (stamp: string) => `kwaliteitsmap-auto-backup-${stamp}.kwaliteitsmap`;
const bytes = new TextEncoder().encode('PK nieuwe back-up');

describe('writeAutoBackupFile', () => {
  it('writes the backup and keeps only the newest N automatic backups, nothing else touched', async () => {
    const dir = tempDir();
    const old = ['2025-01-01-090000', '2025-01-02-090000', '2025-01-03-090000'].map(auto);
    for (const n of old) fs.writeFileSync(path.join(dir, n), n);
    const others = ['kwaliteitsmap-backup-2025-01-01-0900.kwaliteitsmap', 'notities.txt', 'Bewijspakket.pdf'];
    for (const n of others) fs.writeFileSync(path.join(dir, n), 'van de gebruiker');
    // A folder and a symbolic link that look like automatic backups are not files of ours either.
    fs.mkdirSync(path.join(dir, auto('2000-01-01-000000')));
    fs.writeFileSync(path.join(dir, 'doel.txt'), 'doel van de link');
    fs.symlinkSync(path.join(dir, 'doel.txt'), path.join(dir, auto('2000-01-02-000000')));

    const fileName = auto('2025-01-04-090000');
    const result = await writeAutoBackupFile({ folder: dir, fileName, bytes, keep: 2 });

    expect(result.path).toBe(path.join(dir, fileName));
    expect(result.removed.sort()).toEqual([old[0], old[1]]);
    expect(result.notRemoved).toEqual([]);
    expect(fs.readFileSync(path.join(dir, fileName), 'utf8')).toBe('PK nieuwe back-up');
    expect(fs.readdirSync(dir).sort()).toEqual(
      [...others, 'doel.txt', auto('2000-01-01-000000'), auto('2000-01-02-000000'), old[2]!, fileName].sort(),
    );
    expect(fs.readFileSync(path.join(dir, 'doel.txt'), 'utf8')).toBe('doel van de link');
  });

  it('with keep 1 only the new backup stays; with room to spare nothing is removed', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, auto('2025-01-01-090000')), 'oud');
    const spare = await writeAutoBackupFile({ folder: dir, fileName: auto('2025-01-02-090000'), bytes, keep: 10 });
    expect(spare.removed).toEqual([]);
    const one = await writeAutoBackupFile({ folder: dir, fileName: auto('2025-01-03-090000'), bytes, keep: 1 });
    expect(one.removed.sort()).toEqual([auto('2025-01-01-090000'), auto('2025-01-02-090000')]);
    expect(fs.readdirSync(dir)).toEqual([auto('2025-01-03-090000')]);
  });

  it('keeps the new backup even when older-looking names sort after it (clock set back)', async () => {
    const dir = tempDir();
    for (const s of ['2030-01-01-090000', '2030-01-02-090000']) fs.writeFileSync(path.join(dir, auto(s)), s);
    await writeAutoBackupFile({ folder: dir, fileName: auto('2025-01-01-090000'), bytes, keep: 2 });
    expect(fs.readdirSync(dir).sort()).toEqual([auto('2025-01-01-090000'), auto('2030-01-02-090000')]);
  });

  it('refuses a missing folder in Dutch and creates nothing', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'usb-stick');
    await expect(writeAutoBackupFile({ folder: missing, fileName: auto('2025-01-01-090000'), bytes, keep: 2 })).rejects.toThrow(
      /^De map voor automatische back-ups is niet gevonden/,
    );
    await expect(writeAutoBackupFile({ folder: 'relatief/pad', fileName: auto('2025-01-01-090000'), bytes, keep: 2 })).rejects.toBeInstanceOf(
      HostRequestError,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses names that are not automatic backups, so nothing outside the folder is ever written', async () => {
    const dir = tempDir();
    const inner = path.join(dir, 'binnen');
    fs.mkdirSync(inner);
    for (const fileName of [`../${auto('2025-01-01-090000')}`, 'autorun.inf', 'kwaliteitsmap-backup-2025-01-01-0900.kwaliteitsmap']) {
      await expect(writeAutoBackupFile({ folder: inner, fileName, bytes, keep: 2 }), fileName).rejects.toBeInstanceOf(HostRequestError);
    }
    expect(fs.readdirSync(dir)).toEqual(['binnen']);
    expect(fs.readdirSync(inner)).toEqual([]);
  });

  it('a failed write removes nothing and leaves no half file', async () => {
    const dir = tempDir();
    const old = [auto('2025-01-01-090000'), auto('2025-01-02-090000')];
    for (const n of old) fs.writeFileSync(path.join(dir, n), n);
    // A directory under the new backup's name makes the final rename fail.
    const blocked = auto('2025-01-03-090000');
    fs.mkdirSync(path.join(dir, blocked));
    await expect(writeAutoBackupFile({ folder: dir, fileName: blocked, bytes, keep: 1 })).rejects.toThrow(
      /^De automatische back-up kon niet worden opgeslagen/,
    );
    expect(fs.readdirSync(dir).sort()).toEqual([...old, blocked].sort());
  });
});

describe('bridge arguments for the automatic backup', () => {
  it('main refuses a traversal name before anything happens', () => {
    expect(() => validateHostArgs('writeAutoBackup', [{ fileName: `../../${auto('2025-01-01-090000')}`, bytes }])).toThrow(HostRequestError);
    expect(validateHostArgs('writeAutoBackup', [{ fileName: auto('2025-01-01-090000'), bytes }])[0].fileName).toBe(auto('2025-01-01-090000'));
    expect(() => validateHostArgs('chooseFolder', [{ title: 42 }])).toThrow(/^Ongeldig verzoek aan de app \(chooseFolder\)/);
    expect(() => validateHostArgs('quitReady', [true])).toThrow(HostRequestError);
  });
});
