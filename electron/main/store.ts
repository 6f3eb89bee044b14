import Store from 'electron-store';
import { parseStoredSettings, type Settings } from '../../shared/bridge/settings';
import type { SavedWindowState } from './window-bounds';

interface StoreShape {
  settings?: unknown;
  windowState?: SavedWindowState;
  /** Last folder used per folderKey of saveFile ('pakket', 'backup', ...). */
  lastFolders?: Record<string, string>;
}

/**
 * Host-side settings in userData/config.json. The user's records are NOT here: they live in
 * the renderer's IndexedDB. A damaged config file is reset rather than stopping the app.
 */
export class HostStore {
  private readonly store = new Store<StoreShape>({ name: 'config', clearInvalidConfig: true });

  getSettings(): Settings {
    return parseStoredSettings(this.store.get('settings'));
  }

  setSettings(settings: Settings): Settings {
    this.store.set('settings', settings);
    return this.getSettings();
  }

  getWindowState(): unknown {
    return this.store.get('windowState');
  }

  setWindowState(state: SavedWindowState): void {
    this.store.set('windowState', state);
  }

  getLastFolder(key: string): string | undefined {
    const folders = this.store.get('lastFolders');
    const value = folders && typeof folders === 'object' ? folders[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  setLastFolder(key: string, folder: string): void {
    const folders = this.store.get('lastFolders');
    this.store.set('lastFolders', { ...(folders && typeof folders === 'object' ? folders : {}), [key]: folder });
  }
}
