import { describe, expect, it } from 'vitest';
import { isPersistentPartition, usesPersistentDefaultSession } from '../../../electron/main/session-policy';
import { mainWindowWebPreferences } from '../../../electron/main/window-options';
import { SECURE_WEB_PREFERENCES } from './secure-web-preferences';

describe('session persistence (issue 9)', () => {
  it('the main window uses the default persistent session: no partition, no session object', () => {
    const prefs = mainWindowWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs.partition).toBeUndefined();
    expect(prefs.session).toBeUndefined();
    expect(usesPersistentDefaultSession(prefs)).toBe(true);
  });

  it('rejects in-memory partitions and explicit sessions', () => {
    expect(usesPersistentDefaultSession({ partition: 'kwaliteitsmap' })).toBe(false);
    expect(usesPersistentDefaultSession({ partition: 'persist:kwaliteitsmap' })).toBe(false);
    expect(usesPersistentDefaultSession({ session: {} })).toBe(false);
  });

  it('knows which partitions are on disk', () => {
    expect(isPersistentPartition(undefined)).toBe(true);
    expect(isPersistentPartition('')).toBe(true);
    expect(isPersistentPartition('persist:x')).toBe(true);
    expect(isPersistentPartition('x')).toBe(false);
    expect(isPersistentPartition('temp:persist:')).toBe(false);
  });
});

describe('main window webPreferences', () => {
  it('are isolated, sandboxed, without Node and without webviews', () => {
    const prefs = mainWindowWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      ...SECURE_WEB_PREFERENCES,
      experimentalFeatures: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      plugins: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });

  it('allow developer tools only when asked (unpackaged builds)', () => {
    expect(mainWindowWebPreferences('/p', true).devTools).toBe(true);
  });
});
