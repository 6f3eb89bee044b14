import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/bridge';
import { host } from '../host';

let current: Settings = DEFAULT_SETTINGS;
let loaded = false;
const listeners = new Set<() => void>();
const publish = (next: Settings) => {
  current = next;
  listeners.forEach((l) => l());
};

/** Loads settings from the host once at start-up. */
export async function loadSettings(): Promise<Settings> {
  if (!loaded) {
    publish(await host.getSettings());
    loaded = true;
  }
  return current;
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = await host.setSettings(patch);
  publish(next);
  return next;
}

export function getSettings(): Settings {
  return current;
}

export function useSettings(): Settings {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
