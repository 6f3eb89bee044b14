import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../electron/main/permission-policy';

// Every permission name Electron 45 can ask about (Session.setPermissionRequestHandler).
const ALL = [
  'ar', 'automatic-fullscreen', 'background-fetch', 'background-sync', 'captured-surface-control', 'clipboard-read',
  'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fileSystem', 'fullscreen',
  'geolocation', 'geolocation-approximate', 'hand-tracking', 'hid', 'idle-detection', 'keyboardLock', 'local-fonts',
  'local-network', 'local-network-access', 'loopback-network', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'nfc',
  'notifications', 'openExternal', 'payment-handler', 'periodic-background-sync', 'persistent-storage', 'pointerLock',
  'screen-wake-lock', 'sensors', 'serial', 'smart-card', 'speaker-selection', 'storage-access', 'system-wake-lock',
  'top-level-storage-access', 'usb', 'vr', 'web-app-installation', 'web-printing', 'window-management', 'unknown',
];

describe('permission policy', () => {
  it('denies every permission to our own page except persistent storage', () => {
    const granted = ALL.filter((p) => isPermissionGranted(p, 'app://kwaliteitsmap/index.html'));
    expect(granted).toEqual(['persistent-storage']);
  });
  it('accepts the origin form Electron passes to the check handler', () => {
    expect(isPermissionGranted('persistent-storage', 'app://kwaliteitsmap')).toBe(true);
  });
  it('denies everything, persistent storage included, to any other origin or an unknown one', () => {
    for (const origin of ['https://evil.example', 'blob:app://kwaliteitsmap/x', 'file:///', '', null, undefined]) {
      expect(ALL.filter((p) => isPermissionGranted(p, origin))).toEqual([]);
    }
  });
  it('denies names it has never heard of', () => {
    expect(isPermissionGranted('some-future-permission', 'app://kwaliteitsmap/')).toBe(false);
  });
});
