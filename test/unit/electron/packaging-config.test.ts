/**
 * Packaging check that runs without the Electron binary: electron-builder.yml is loaded and
 * validated by electron-builder's own code (app-builder-lib, the library behind the CLI), and its
 * `files` patterns are applied with electron-builder's own matcher to the real repository tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

function fileFilter(config: Configuration) {
  const matchers = getFileMatchers(config, 'files', path.join(root, 'dist', 'app'), {
    macroExpander: (p) => p,
    customBuildOptions: {},
    globalOutDir: path.join(root, 'dist'),
    defaultSrc: root,
  });
  expect(matchers).toHaveLength(1);
  const matcher = matchers![0]!;
  expect(matcher.from).toBe(root);
  return matcher.createFilter();
}

/** Same stat trick electron-builder uses for files of node_modules packages (NodeModuleCopyHelper). */
function nodeModuleStat(relative: string): Stats {
  const stat = fs.statSync(path.join(root, relative)) as Stats & { moduleFullFilePath?: string };
  stat.moduleFullFilePath = relative;
  return stat;
}

function walk(dir: string, skip: Set<string>, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (skip.has(rel)) continue;
    if (entry.isDirectory()) walk(full, skip, out);
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration validation (its JSON schema)", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken configuration (the validation is real)', async () => {
    const config = { ...(await loadConfig()), nsis: { perMachine: 'nee' } } as unknown as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/perMachine/);
  });

  it('describes the app, the installers and the hardening', async () => {
    const c = await loadConfig();
    expect(c.appId).toBe('nl.kwaliteitsmap.app');
    expect(c.productName).toBe('Kwaliteitsmap');
    expect(c.asar).toBe(true);
    expect(c.nsis).toMatchObject({ perMachine: false, installerLanguages: ['nl_NL'], language: '1043', deleteAppDataOnUninstall: false });
    expect(JSON.stringify(c.win?.target)).toContain('nsis');
    expect(JSON.stringify(c.mac?.target)).toContain('dmg');
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    for (const icon of [c.win?.icon, c.mac?.icon, c.linux?.icon]) {
      expect(icon).toBeTruthy();
      expect(fs.existsSync(path.join(root, String(icon)))).toBe(true);
    }
  });

  it('packs the built app and package.json only', async () => {
    const filter = fileFilter(await loadConfig());
    const included = (rel: string) => filter(path.join(root, rel), fs.statSync(path.join(root, rel)));
    expect(included('package.json')).toBe(true);

    const tree = walk(root, new Set(['.git', 'node_modules', 'out', 'dist', '.cache']));
    expect(tree.length).toBeGreaterThan(20);
    const leaked = tree.filter((rel) => rel !== 'package.json' && included(rel));
    expect(leaked, 'sources, tests, docs or configs would be packed').toEqual([]);
    // The tree really contains what must stay out.
    for (const rel of ['electron/main/index.ts', 'electron/preload/index.ts', 'shared/bridge/host-api.ts', 'electron-builder.yml', 'package-lock.json']) {
      expect(tree).toContain(rel);
    }
  });

  it('packs the bundles from out/, but not their source maps', async () => {
    const filter = fileFilter(await loadConfig());
    fs.mkdirSync(path.join(root, 'out'), { recursive: true });
    const tmp = fs.mkdtempSync(path.join(root, 'out', '.packaging-test-'));
    try {
      const files = ['main/index.js', 'preload/index.cjs', 'renderer/index.html', 'renderer/assets/index-x.js', 'renderer/assets/index-x.js.map'];
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
        fs.writeFileSync(path.join(tmp, f), '');
      }
      const rel = (f: string) => path.join(tmp, f);
      for (const f of files.filter((f) => !f.endsWith('.map'))) expect(filter(rel(f), fs.statSync(rel(f))), f).toBe(true);
      expect(filter(rel('renderer/assets/index-x.js.map'), fs.statSync(rel('renderer/assets/index-x.js.map')))).toBe(false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('packs no node_modules at all: every dependency is inside the bundles', async () => {
    const filter = fileFilter(await loadConfig());
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const rel = `node_modules/${name}/package.json`;
      if (!fs.existsSync(path.join(root, rel))) continue;
      expect(filter(path.join(root, rel), nodeModuleStat(rel)), rel).toBe(false);
    }
  });
});
