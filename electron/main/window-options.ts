import type { WebPreferences } from 'electron';

/**
 * The main window's webPreferences, in one place so a unit test can hold them to the rules:
 * isolated, sandboxed, no Node, no webviews, and the default persistent session (no partition).
 */
export function mainWindowWebPreferences(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click would otherwise try to open links in a new window (denied anyway, see index.ts).
    disableBlinkFeatures: 'Auxclick',
    // No built-in PDF viewer: the renderer draws PDF previews itself with pdf.js (canvas).
    plugins: false,
    // Developer tools only in an unpackaged build.
    devTools: allowDevTools,
  };
}
