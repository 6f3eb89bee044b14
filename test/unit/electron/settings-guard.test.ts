import { describe, expect, it } from 'vitest';
import { refuseFolderChange } from '../../../electron/main/settings-guard';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';

describe('refuseFolderChange', () => {
  const current = { ...DEFAULT_SETTINGS, autoBackupFolder: '/home/anna/Back-ups' };
  const chosen = new Set(['/media/usb/Kwaliteitsmap']);

  it('accepts patches that do not move the folder', () => {
    expect(refuseFolderChange(current, { keepBackups: 3 }, new Set())).toBeUndefined();
    expect(refuseFolderChange(current, { autoBackupFolder: '/home/anna/Back-ups' }, new Set())).toBeUndefined();
  });

  it('accepts a folder the user picked in the dialog, and clearing it', () => {
    expect(refuseFolderChange(current, { autoBackupFolder: '/media/usb/Kwaliteitsmap' }, chosen)).toBeUndefined();
    expect(refuseFolderChange(current, { autoBackupFolder: '' }, new Set())).toBeUndefined();
  });

  it('refuses, in Dutch, any other folder the renderer names', () => {
    for (const folder of ['/etc', 'C:\\Windows\\System32', '/home/anna/.config/autostart', '/media/usb/Kwaliteitsmap/..']) {
      expect(refuseFolderChange(current, { autoBackupFolder: folder }, chosen), folder).toMatch(/^Kies de map voor automatische back-ups/);
    }
    expect(refuseFolderChange(DEFAULT_SETTINGS, { autoBackupFolder: '/tmp' }, new Set())).toBeDefined();
  });
});
