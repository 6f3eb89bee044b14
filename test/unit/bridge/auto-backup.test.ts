import { describe, expect, it } from 'vitest';
import {
  autoBackupFileName,
  DEFAULT_SETTINGS,
  HOST_ARG_SCHEMAS,
  HOST_CHANNELS,
  isAutoBackupDue,
  isAutoBackupFileName,
  parseStoredSettings,
  selectBackupsToPrune,
  SettingsPatchSchema,
  WriteAutoBackupRequestSchema,
  type AutoBackupSettings,
} from '../../../shared/bridge';

const name = (stamp: string) => `kwaliteitsmap-auto-backup-${stamp}.kwaliteitsmap`;

describe('autoBackupFileName', () => {
  it('stamps the Europe/Amsterdam time, in winter and in summer, to the second', () => {
    // 23:30:05 UTC on 15 January is 00:30:05 on the 16th in Amsterdam (CET, +1).
    expect(autoBackupFileName(new Date('2025-01-15T23:30:05Z'))).toBe(name('2025-01-16-003005'));
    // 10:00 UTC on 1 July is 12:00 in Amsterdam (CEST, +2).
    expect(autoBackupFileName(new Date('2025-07-01T10:00:00Z'))).toBe(name('2025-07-01-120000'));
  });

  it('always matches the pattern pruning uses, and sorts by age', () => {
    const times = ['2024-12-31T22:59:59Z', '2025-03-30T00:59:00Z', '2025-03-30T01:00:00Z', '2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z'];
    const names = times.map((t) => autoBackupFileName(new Date(t)));
    for (const n of names) expect(isAutoBackupFileName(n)).toBe(true);
    expect([...names].sort()).toEqual(names);
  });
});

describe('isAutoBackupFileName', () => {
  it('accepts only automatic-backup names', () => {
    expect(isAutoBackupFileName(name('2025-01-16-003005'))).toBe(true);
    for (const other of [
      'kwaliteitsmap-backup-2025-01-16-0030.kwaliteitsmap', // "Back-up maken" by hand
      name('2025-01-16-0030'),
      `${name('2025-01-16-003005')}.tmp`,
      `.${name('2025-01-16-003005')}.a1b2c3.tmp`, // writeFileAtomic's temporary file
      `../${name('2025-01-16-003005')}`,
      `sub/${name('2025-01-16-003005')}`,
      `sub\\${name('2025-01-16-003005')}`,
      name('2025-01-16-003005').toUpperCase(),
      'rapport.pdf',
      '',
    ]) {
      expect(isAutoBackupFileName(other), other).toBe(false);
    }
  });
});

describe('isAutoBackupDue', () => {
  const base: AutoBackupSettings = { autoBackupEnabled: true, autoBackupFolder: '/backups', lastAutoBackupDate: '2025-06-01' };
  const noon = new Date('2025-06-02T10:00:00Z');

  it('is due once the last automatic backup is from an earlier day', () => {
    expect(isAutoBackupDue({ settings: base, now: noon, needsFolder: true })).toEqual({ due: true, day: '2025-06-02' });
    expect(isAutoBackupDue({ settings: { ...base, lastAutoBackupDate: '2025-06-02' }, now: noon, needsFolder: true })).toEqual({
      due: false,
      day: '2025-06-02',
    });
  });

  it('is due when none was made yet', () => {
    const { lastAutoBackupDate: _, ...never } = base;
    expect(isAutoBackupDue({ settings: never, now: noon, needsFolder: true }).due).toBe(true);
  });

  it('is not due when switched off, or on the desktop without a folder; the browser needs no folder', () => {
    expect(isAutoBackupDue({ settings: { ...base, autoBackupEnabled: false }, now: noon, needsFolder: true }).due).toBe(false);
    expect(isAutoBackupDue({ settings: { ...base, autoBackupEnabled: false }, now: noon, needsFolder: false }).due).toBe(false);
    const { autoBackupFolder: _, ...noFolder } = base;
    expect(isAutoBackupDue({ settings: noFolder, now: noon, needsFolder: true }).due).toBe(false);
    expect(isAutoBackupDue({ settings: { ...base, autoBackupFolder: '   ' }, now: noon, needsFolder: true }).due).toBe(false);
    expect(isAutoBackupDue({ settings: noFolder, now: noon, needsFolder: false }).due).toBe(true);
  });

  it('counts days in Europe/Amsterdam, not UTC', () => {
    const settings = { ...base, lastAutoBackupDate: '2025-03-30' };
    // 21:30 UTC on 30 March (after the switch to summer time) is 23:30 the same day in Amsterdam.
    expect(isAutoBackupDue({ settings, now: new Date('2025-03-30T21:30:00Z'), needsFolder: true }).due).toBe(false);
    // 22:30 UTC is already 00:30 on the 31st in Amsterdam, while UTC still says the 30th.
    expect(isAutoBackupDue({ settings, now: new Date('2025-03-30T22:30:00Z'), needsFolder: true })).toEqual({ due: true, day: '2025-03-31' });
    // Winter: 23:30 UTC on 31 December is New Year in Amsterdam.
    expect(isAutoBackupDue({ settings: { ...base, lastAutoBackupDate: '2024-12-31' }, now: new Date('2024-12-31T23:30:00Z'), needsFolder: true }).day).toBe(
      '2025-01-01',
    );
  });

  it('a recorded day in the future (a clock that was wrong) makes it due, so the day is corrected', () => {
    expect(isAutoBackupDue({ settings: { ...base, lastAutoBackupDate: '2030-01-01' }, now: noon, needsFolder: true }).due).toBe(true);
  });
});

describe('selectBackupsToPrune', () => {
  const a = name('2025-01-01-090000');
  const b = name('2025-01-02-090000');
  const c = name('2025-01-03-090000');
  const d = name('2025-01-03-180000');

  it('keeps the newest N automatic backups and returns the older ones, oldest last', () => {
    expect(selectBackupsToPrune([c, a, d, b], 2)).toEqual([b, a]);
    expect(selectBackupsToPrune([c, a, d, b], 4)).toEqual([]);
    expect(selectBackupsToPrune([c, a, d, b], 10)).toEqual([]);
  });

  it('never returns anything that is not an automatic backup', () => {
    const others = ['kwaliteitsmap-backup-2020-01-01-0900.kwaliteitsmap', 'notities.txt', `.${a}.abc.tmp`, `../${a}`, 'Bewijspakket.pdf'];
    expect(selectBackupsToPrune([...others, a, b, c], 1)).toEqual([b, a]);
    expect(selectBackupsToPrune(others, 1)).toEqual([]);
  });

  it('keeps at least one, whatever N says', () => {
    expect(selectBackupsToPrune([a, b, c], 0)).toEqual([b, a]);
    expect(selectBackupsToPrune([a, b, c], -5)).toEqual([b, a]);
    expect(selectBackupsToPrune([a, b, c], Number.NaN)).toEqual([b, a]);
    expect(selectBackupsToPrune([a, b, c], 1.9)).toEqual([b, a]);
  });

  it('never removes the backup just written, even when its name sorts as older (clock set back)', () => {
    expect(selectBackupsToPrune([a, b, c, d], 2, a)).toEqual([c, b]);
    expect(selectBackupsToPrune([a, b, c, d], 1, a)).toEqual([d, c, b]);
    expect(selectBackupsToPrune([a, b, c, d], 2, d)).toEqual([b, a]);
    // A protected name that is not in the folder does not take a place.
    expect(selectBackupsToPrune([a, b, c], 2, d)).toEqual([a]);
  });

  it('treats duplicate names once', () => {
    expect(selectBackupsToPrune([a, a, b, b], 1)).toEqual([a]);
  });
});

describe('bridge contract for the automatic backup', () => {
  const bytes = new Uint8Array([80, 75, 3, 4]);

  it('writeAutoBackup accepts only automatic-backup names and real, non-empty bytes', () => {
    expect(WriteAutoBackupRequestSchema.safeParse({ fileName: name('2025-01-16-003005'), bytes }).success).toBe(true);
    for (const fileName of [
      `../${name('2025-01-16-003005')}`,
      `/etc/${name('2025-01-16-003005')}`,
      `C:\\Windows\\${name('2025-01-16-003005')}`,
      'kwaliteitsmap-backup-2025-01-16-0030.kwaliteitsmap',
      'autorun.inf',
      '',
    ]) {
      expect(WriteAutoBackupRequestSchema.safeParse({ fileName, bytes }).success, fileName).toBe(false);
    }
    expect(WriteAutoBackupRequestSchema.safeParse({ fileName: name('2025-01-16-003005'), bytes: new Uint8Array(0) }).success).toBe(false);
    expect(WriteAutoBackupRequestSchema.safeParse({ fileName: name('2025-01-16-003005'), bytes: [1, 2, 3] }).success).toBe(false);
    expect(WriteAutoBackupRequestSchema.safeParse({ fileName: name('2025-01-16-003005') }).success).toBe(false);
  });

  it('the argument tuples refuse extra or missing arguments', () => {
    expect(HOST_ARG_SCHEMAS.chooseFolder.safeParse([{ title: 'Map voor automatische back-ups' }]).success).toBe(true);
    expect(HOST_ARG_SCHEMAS.chooseFolder.safeParse([{}]).success).toBe(false);
    expect(HOST_ARG_SCHEMAS.chooseFolder.safeParse([{ title: 'x'.repeat(201) }]).success).toBe(false);
    expect(HOST_ARG_SCHEMAS.quitReady.safeParse([]).success).toBe(true);
    expect(HOST_ARG_SCHEMAS.quitReady.safeParse(['nu']).success).toBe(false);
    expect(HOST_ARG_SCHEMAS.writeAutoBackup.safeParse([{ fileName: name('2025-01-16-003005'), bytes }]).success).toBe(true);
    expect(HOST_ARG_SCHEMAS.writeAutoBackup.safeParse([]).success).toBe(false);
  });

  it('every channel is namespaced and unique', () => {
    const channels = Object.values(HOST_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const c of channels) expect(c).toMatch(/^host:[a-z-]+$/);
    expect(HOST_CHANNELS).toMatchObject({ chooseFolder: 'host:choose-folder', writeAutoBackup: 'host:write-auto-backup', quitReady: 'host:quit-ready', beforeQuit: 'host:before-quit' });
  });

});

describe('autoBackupEnabled setting', () => {
  it('is on by default, can be switched off, and falls back to on when stored badly', () => {
    expect(DEFAULT_SETTINGS.autoBackupEnabled).toBe(true);
    expect(DEFAULT_SETTINGS.keepBackups).toBe(10);
    expect(SettingsPatchSchema.parse({ autoBackupEnabled: false })).toEqual({ autoBackupEnabled: false });
    expect(SettingsPatchSchema.safeParse({ autoBackupEnabled: 'nee' }).success).toBe(false);
    expect(parseStoredSettings({ autoBackupEnabled: 'nee', keepBackups: 3 })).toMatchObject({ autoBackupEnabled: true, keepBackups: 3 });
    expect(SettingsPatchSchema.safeParse({ keepBackups: 0 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ keepBackups: 101 }).success).toBe(false);
  });
});
