import { APP_HOST, APP_SCHEME } from './app-origin';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs of our own bundle: app://kwaliteitsmap/... (nothing else may load in the window). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
}

export type NavigationDecision = { allow: true } | { allow: false; openExternal: string | null };

/**
 * will-navigate / will-redirect: the app is a single page, so a top-level navigation only stays
 * inside the app (e.g. a reload after restoring a backup). A link to the web is cancelled and,
 * when it passes the external-link policy, shown in the system browser instead.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true };
  return { allow: false, openExternal: externalUrlToOpen(url) };
}

/**
 * Only http(s) links leave the app, and only to the system browser. Anything else (file:, smb:,
 * javascript:, custom handlers that launch programs, URLs with credentials) is refused.
 * Returns the normalised URL to pass to shell.openExternal, or null.
 */
export function externalUrlToOpen(url: string): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  const u = parse(url);
  if (!u) return null;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username !== '' || u.password !== '') return null;
  if (u.hostname === '') return null;
  return u.href;
}

export interface SenderInfo {
  /** webContents id of the IPC sender. */
  senderId: number;
  /** webContents id of our main window, or null when it is gone. */
  mainWindowId: number | null;
  /** URL of the frame that sent the message (event.senderFrame?.url). */
  frameUrl: string | null | undefined;
  /** Whether the sending frame is the top frame of the page. */
  isMainFrame: boolean;
}

/** IPC is answered only for the top frame of our own window showing our own origin. */
export function isTrustedSender(s: SenderInfo): boolean {
  if (s.mainWindowId === null || s.senderId !== s.mainWindowId) return false;
  if (!s.isMainFrame || !s.frameUrl) return false;
  return isAppUrl(s.frameUrl);
}
