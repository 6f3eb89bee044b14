import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-origin';
import { decideNavigation, externalUrlToOpen, isAppUrl, isTrustedSender } from '../../../electron/main/url-policy';

describe('app origin', () => {
  it('is app://kwaliteitsmap forever (the storage origin of all user data)', () => {
    expect(APP_ORIGIN).toBe('app://kwaliteitsmap');
    expect(APP_ENTRY_URL).toBe('app://kwaliteitsmap/index.html');
  });
});

describe('isAppUrl: what may load in the window', () => {
  it.each(['app://kwaliteitsmap/', 'app://kwaliteitsmap/index.html', 'app://kwaliteitsmap/assets/x.js?v=1#top', 'APP://kwaliteitsmap/index.html'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );
  it.each([
    'app://other/index.html',
    'app://kwaliteitsmap.evil.nl/',
    'app://kwaliteitsmap:8080/',
    'app://user:pw@kwaliteitsmap/',
    'https://kwaliteitsmap/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'data:text/html,<h1>x</h1>',
    'blob:app://kwaliteitsmap/123',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('decideNavigation', () => {
  it('allows a navigation inside the app', () => {
    expect(decideNavigation('app://kwaliteitsmap/index.html')).toEqual({ allow: true });
  });
  it('cancels a web link and hands it to the system browser', () => {
    expect(decideNavigation('https://www.rijksoverheid.nl/vog')).toEqual({ allow: false, openExternal: 'https://www.rijksoverheid.nl/vog' });
  });
  it('cancels other schemes and opens nothing', () => {
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'smb://server/share', 'app://evil/', 'ms-msdt:/id', 'about:blank']) {
      expect(decideNavigation(url)).toEqual({ allow: false, openExternal: null });
    }
  });
});

describe('externalUrlToOpen: only http(s) leaves the app', () => {
  it('passes https and http, normalised', () => {
    expect(externalUrlToOpen('https://www.justis.nl/producten/vog')).toBe('https://www.justis.nl/producten/vog');
    expect(externalUrlToOpen('HTTP://Example.NL')).toBe('http://example.nl/');
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:a@b.nl',
    'ftp://example.nl/',
    'smb://host/share',
    'vbscript:msgbox',
    'ms-settings:',
    'https://user:secret@example.nl/',
    'https://',
    'app://kwaliteitsmap/',
    'no url',
    `https://example.nl/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(externalUrlToOpen(url)).toBeNull());
});

describe('isTrustedSender', () => {
  const base = { senderId: 7, mainWindowId: 7, frameUrl: 'app://kwaliteitsmap/index.html', isMainFrame: true };
  it('trusts the top frame of our window on our origin', () => {
    expect(isTrustedSender(base)).toBe(true);
  });
  it('refuses another webContents, a gone window, a sub frame, a foreign or missing frame URL', () => {
    expect(isTrustedSender({ ...base, senderId: 8 })).toBe(false);
    expect(isTrustedSender({ ...base, mainWindowId: null })).toBe(false);
    expect(isTrustedSender({ ...base, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: 'blob:app://kwaliteitsmap/abc' })).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: null })).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: undefined })).toBe(false);
  });
});
