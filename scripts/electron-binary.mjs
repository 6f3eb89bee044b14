// Finds the Electron executable WITHOUT triggering a download. `require('electron')` (and so
// Playwright's _electron.launch without executablePath) runs node_modules/electron/install.js
// when the binary is missing, which tries the network. This reads the same files instead:
// node_modules/electron/path.txt names the executable inside node_modules/electron/dist/, and
// ELECTRON_OVERRIDE_DIST_PATH overrides that folder (as electron's own index.js does).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** @returns {string | null} absolute path of the Electron executable, or null when absent. */
export function findElectronBinary() {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const relative = readPathTxt(pkgDir);
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidates = [];
  if (override) candidates.push(path.join(override, relative || defaultExecutable()));
  if (relative) candidates.push(path.join(pkgDir, 'dist', relative));
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

function readPathTxt(pkgDir) {
  try {
    return fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

function defaultExecutable() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** The one line shown where Electron cannot run. */
export const NO_ELECTRON_MESSAGE =
  'Electron is niet beschikbaar op deze computer (het programma ontbreekt en kan niet worden gedownload); start de webversie met: npm run start:web';
