import { isAppUrl } from './url-policy';

/**
 * Every web permission is refused (camera, microphone, location, notifications via the web API,
 * clipboard reads, HID/USB/serial, ...). The one exception is 'persistent-storage' for our own
 * origin: it asks Chromium never to evict the IndexedDB that holds the user's only copy of the
 * data under disk pressure. It grants no access to anything outside the app's own storage.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  if (permission !== 'persistent-storage') return false;
  return typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}
