import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import { guessMimeType, MAX_OPEN_FILE_BYTES } from '../../../electron/main/file-types';
import { HostRequestError, validateHostArgs } from '../../../electron/main/ipc-validate';
import { applySettingsPatch } from '../../../electron/main/settings-merge';
import { SettingsSchema } from '../../../shared/bridge/settings';

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-io-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'Bewijspakket 2025.pdf');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(fs.readFileSync(target)).toEqual(Buffer.from('%PDF'));
    expect(fs.readdirSync(dir)).toEqual(['Bewijspakket 2025.pdf']);
  });

  it('writes consecutive parts in order (a pack PDF comes as parts), in batches beyond IOV_MAX', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'bewijspakket.pdf');
    const source = new TextEncoder().encode('%PDF-1.7 gedeeld');
    const parts = [source.subarray(0, 4), ...Array.from({ length: 1500 }, (_, i) => new Uint8Array([48 + (i % 10)])), source.subarray(4)];
    await writeFileAtomic(target, parts);
    const written = fs.readFileSync(target);
    expect(written.length).toBe(source.length + 1500);
    expect(written.subarray(0, 4).toString()).toBe('%PDF');
    expect(written.subarray(4, 14).toString()).toBe('0123456789');
    expect(written.subarray(1504).toString()).toBe('-1.7 gedeeld');
    expect(fs.readdirSync(dir)).toEqual(['bewijspakket.pdf']);
  });

  it('replaces an existing file in one step', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.zip');
    fs.writeFileSync(target, 'oud');
    await writeFileAtomic(target, new TextEncoder().encode('nieuw'));
    expect(fs.readFileSync(target, 'utf8')).toBe('nieuw');
    expect(fs.readdirSync(dir)).toEqual(['a.zip']);
  });

  it('leaves nothing behind, and the old file intact, when the final step fails', async () => {
    const dir = tempDir();
    // A directory with the target's name makes the rename fail after the data was written.
    const target = path.join(dir, 'doel');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inhoud'), 'blijft');
    await expect(writeFileAtomic(target, new Uint8Array(10))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['doel']);
    expect(fs.readFileSync(path.join(target, 'inhoud'), 'utf8')).toBe('blijft');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(path.join(dir, 'nope', 'x.pdf'), new Uint8Array(1))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('guessMimeType', () => {
  it('guesses from the extension, case-insensitively', () => {
    expect(guessMimeType('VOG Jan.PDF')).toBe('application/pdf');
    expect(guessMimeType('diploma.jpeg')).toBe('image/jpeg');
    expect(guessMimeType('lijst.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(guessMimeType('zonder-extensie')).toBe('application/octet-stream');
    expect(guessMimeType('raar.exe')).toBe('application/octet-stream');
  });
  it('caps opened files just under 2 GB', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(2 ** 31 - 1);
  });
});

describe('applySettingsPatch', () => {
  const current = SettingsSchema.parse({ horizonDays: 30, notificationsEnabled: false, keepBackups: 3, reminderTime: '07:30' });
  it('changes only the keys that were sent (the patch schema fills in no defaults)', () => {
    const [parsed] = validateHostArgs('setSettings', [{ horizonDays: 90 }]);
    expect(parsed).toEqual({ horizonDays: 90 });
    expect(applySettingsPatch(current, parsed)).toEqual({ ...current, horizonDays: 90 });
  });
  it('can set and leaves untouched optional fields', () => {
    const [parsed] = validateHostArgs('setSettings', [{ lastNotificationDate: '2025-03-01' }]);
    expect(applySettingsPatch(current, parsed)).toEqual({ ...current, lastNotificationDate: '2025-03-01' });
  });
});

describe('validateHostArgs', () => {
  it('passes valid arguments through, parsed', () => {
    expect(validateHostArgs('getSettings', [])).toEqual([]);
    expect(validateHostArgs('setSettings', [{ horizonDays: 90 }])[0]).toMatchObject({ horizonDays: 90 });
    const [req] = validateHostArgs('saveFile', [{ suggestedName: 'pakket.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: new Uint8Array(3), folderKey: 'pakket' }]);
    expect(req.suggestedName).toBe('pakket.pdf');
    const [parts] = validateHostArgs('saveFile', [{ suggestedName: 'pakket.pdf', filters: [], bytes: [new Uint8Array(2), new Uint8Array(1)] }]);
    expect(parts.bytes).toHaveLength(2);
    expect(validateHostArgs('notify', [{ title: 'VOG verloopt', body: '', route: 'termijnen' }])).toEqual([{ title: 'VOG verloopt', body: '', route: 'termijnen' }]);
  });

  it('refuses anything else with a Dutch message', () => {
    const bad: [Parameters<typeof validateHostArgs>[0], unknown[]][] = [
      ['getSettings', [1]],
      ['setSettings', [{ horizonDays: 45 }]],
      ['setSettings', [{ onbekend: true }]],
      ['saveFile', [{ suggestedName: '../../etc/passwd', filters: [], bytes: new Uint8Array(1) }]],
      ['saveFile', [{ suggestedName: 'a.pdf', filters: [], bytes: [1, 2, 3] }]],
      ['saveFile', [{ suggestedName: 'a.pdf', filters: [], bytes: [new Uint8Array(1), 'x'] }]],
      ['saveFile', [{ suggestedName: 'a.pdf', filters: [], bytes: new Uint8Array(1), folderKey: '../x' }]],
      ['openFiles', [{ filters: [{ name: 'x', extensions: ['p df'] }], multiple: false }]],
      ['openFiles', []],
      ['notify', [{ title: 'x', body: 'y', route: 'https://evil.example' }]],
      ['appInfo', [{}]],
    ];
    for (const [method, args] of bad) {
      expect(() => validateHostArgs(method, args), method).toThrow(HostRequestError);
      expect(() => validateHostArgs(method, args)).toThrow(/^Ongeldig verzoek aan de app/);
    }
  });
});
