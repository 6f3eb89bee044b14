import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, SettingsPatchSchema } from '../../../shared/bridge';

describe('settings', () => {
  it('a patch carries only the keys that were sent', () => {
    expect(SettingsPatchSchema.parse({ horizonDays: 90 })).toEqual({ horizonDays: 90 });
    expect(SettingsPatchSchema.parse({})).toEqual({});
  });

  it('a patch refuses unknown keys and invalid values', () => {
    expect(SettingsPatchSchema.safeParse({ horizon: 90 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ horizonDays: 45 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ reminderTime: '25:00' }).success).toBe(false);
  });

  it('stored settings are read leniently: a bad field falls back to its default, the rest is kept', () => {
    expect(parseStoredSettings({ horizonDays: 30, reminderTime: 'nope', notificationsEnabled: false })).toEqual({
      ...DEFAULT_SETTINGS,
      horizonDays: 30,
      notificationsEnabled: false,
    });
    expect(parseStoredSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
