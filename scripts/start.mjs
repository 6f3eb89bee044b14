#!/usr/bin/env node
// `npm start`: build with electron-vite, then run the desktop app from out/.
// Where the Electron binary is missing it is downloaded once; where that fails (no network), print
// one Dutch line pointing at `npm run start:web` and exit 1: the desktop app did not start, and a
// script or CI step calling `npm start` must not think it did.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary, NO_ELECTRON_MESSAGE } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
let electron = findElectronBinary();
if (!electron) {
  // First start on a machine with network: fetch the binary once (electron's own installer, which
  // npm install no longer runs). Without network this fails within a second and we say so below.
  console.log('Electron wordt eenmalig gedownload…');
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: 'ignore', timeout: 10 * 60_000 });
  electron = findElectronBinary();
}
if (!electron) {
  console.log(NO_ELECTRON_MESSAGE);
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
// Would turn the app into a plain Node process.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
