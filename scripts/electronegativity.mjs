#!/usr/bin/env node
// Electronegativity scan (Doyensec) of the Electron sources and the built bundles.
// Exits 1 when a finding above INFORMATIONAL is not justified in docs/security-allowlist.md.
// Runs fully offline: the tool's remote translation download is replaced by its bundled English
// strings, and the one check that queries Electron's release list on the network
// (AvailableSecurityFixesGlobalCheck) is excluded: Electron updates are tracked in docs/release.md.
// Usage: node scripts/electronegativity.mjs [--verbose]   (run `npm run build` first for out/)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');

let pkgDir;
try {
  pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
} catch {
  console.error('Electronegativity is niet geïnstalleerd: voer eerst `npm install` uit.');
  process.exit(1);
}
const requireFromTool = createRequire(path.join(pkgDir, 'package.json'));

// Offline i18n: the same configuration as the tool's own, minus the download.
const i18nModule = path.join(pkgDir, 'dist', 'locales', 'i18n.js');
const i18n = requireFromTool('i18n');
require.cache[i18nModule] = {
  id: i18nModule,
  filename: i18nModule,
  loaded: true,
  exports: async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nModule),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: global,
    });
    i18n.setLocale('en-US');
  },
};
const run = require(path.join(pkgDir, 'dist', 'runner.js'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** Rows of the allowlist table: | CHECK | file (glob, * and **) | justification | */
function readAllowlist() {
  const file = path.join(root, 'docs', 'security-allowlist.md');
  if (!fs.existsSync(file)) return [];
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim().replace(/^`|`$/g, ''));
    if (cells.length < 3 || !/^[A-Z_]+$/.test(cells[0] ?? '')) continue;
    const [check, glob, why] = cells;
    if (!why || why.length < 20) continue; // a justification has to say something
    rows.push({ check, glob, why });
  }
  return rows;
}

function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '§§').replace(/\*/g, '[^/]*').replace(/§§/g, '.*');
  return new RegExp(`^${escaped}$`);
}

// One scan over one tree, so the global checks (navigation limits, permission handler, CSP) see
// the main-process source and the built preload and renderer together. out/main is left out: it is
// the same code as electron/main plus bundled libraries, whose syntax (class private fields) the
// tool's parser cannot read.
const parts = [
  ['electron', 'electron'],
  ['out/preload', 'out/preload'],
  ['out/renderer', 'out/renderer'],
];
const missing = parts.filter(([from]) => !fs.existsSync(path.join(root, from))).map(([from]) => from);
if (missing.length > 0) {
  console.error(`Electronegativity: ${missing.join(', ')} ontbreekt. Voer eerst \`npm run build\` uit.`);
  process.exit(1);
}
const scanRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-electronegativity-'));
for (const [from, to] of parts) fs.cpSync(path.join(root, from), path.join(scanRoot, to), { recursive: true });
const targets = [scanRoot];

const allow = readAllowlist();
const unjustified = [];
let total = 0;
for (const input of targets) {
  const result = await run(
    {
      input,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: false,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  for (const error of result.errors ?? []) {
    // The tool's parser predates class private fields (#x), which bundled libraries use; such a
    // file is reported as not scanned. Our own sources (electron/) must always parse.
    const file = path.relative(scanRoot, String(error.file ?? '')).split(path.sep).join('/');
    console.log(`Niet gescand (parser van Electronegativity kent de syntaxis niet): ${file}`);
    if (file.startsWith('electron/')) unjustified.push(`parse error ${file}`);
  }
  for (const issue of result.issues) {
    total++;
    const file = issue.file === 'N/A' ? 'N/A' : path.relative(scanRoot, issue.file).split(path.sep).join('/');
    const where = `${file}:${issue.location?.line ?? '?'}`;
    const severity = issue.severity.name;
    const justified = allow.find((a) => a.check === issue.id && globToRegExp(a.glob).test(file));
    const line = `${issue.id} [${severity}/${issue.confidence.name}] ${where}`;
    if (issue.severity.value === 0) {
      if (verbose) console.log(`info          ${line}`);
    } else if (justified) {
      if (verbose) console.log(`verantwoord   ${line}`);
    } else {
      unjustified.push(line);
      console.log(`ONVERANTWOORD ${line}\n              ${issue.description}`);
    }
  }
}

fs.rmSync(scanRoot, { recursive: true, force: true });
console.log(`Electronegativity: ${total} bevindingen in ${parts.map(([p]) => p).join(', ')}; ${unjustified.length} zonder verantwoording.`);
process.exit(unjustified.length > 0 ? 1 : 0);
