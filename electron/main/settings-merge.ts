import { SettingsSchema, type Settings, type SettingsPatch } from '../../shared/bridge/settings';

/** Applies a validated settings patch: only the keys it carries change (the patch schema has no defaults). */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return SettingsSchema.parse({ ...current, ...patch });
}
