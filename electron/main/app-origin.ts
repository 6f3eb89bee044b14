/**
 * The renderer's one origin. IndexedDB, localStorage and every other web storage are keyed by
 * origin, so this scheme + host is where the user's data lives: changing either one makes the
 * existing data invisible to the app. Never change them (see docs/security.md).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kwaliteitsmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
