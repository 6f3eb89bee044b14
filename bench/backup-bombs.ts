/**
 * Issue #14: how fast, and with how much extra memory, parseBackup refuses bombs. Each case runs in its own
 * Node process so its peak memory (maxRSS) is its own. Prints one line per case.
 *
 *   npx tsx bench/backup-bombs.ts            all cases
 *   npx tsx bench/backup-bombs.ts <case>     one case (used by the parent; reads the bomb from bench/.tmp/bombs/)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBackup } from '../shared/backup';
import { documentBomb, jsonBomb } from '../test/fixtures/hostile/bombs';

const GiB = 1024 ** 3;
const CASES: Record<string, () => Uint8Array> = {
  'document 1 GiB, honest size, wrong hash': () => documentBomb(GiB),
  'document 1 GiB, declares 1 KiB (a liar)': () => documentBomb(GiB, 1024),
  'documents 4 × 1 GiB': () => documentBomb(GiB, GiB, 4),
  'data.json 1,000,000 person records': () => jsonBomb(1_000_000),
  'data.json 1,000,000 empty records (3 MB)': () => jsonBomb(1_000_000, { empty: true }),
};

// The parent writes each bomb here, so the child's peak memory is the parse's, not the bomb's making.
const dir = join(import.meta.dirname, '.tmp', 'bombs');
const fileOf = (name: string) => join(dir, `${Object.keys(CASES).indexOf(name)}.kwaliteitsmap`);

async function runOne(name: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(fileOf(name)));
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const result = await parseBackup(bytes, { currentSchemaVersion: 2 });
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS * 1024;
  const outcome = result.ok ? 'ACCEPTED' : `refused (${result.code}: ${result.detail ?? ''})`;
  console.log(
    `${name.padEnd(42)} file ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB  ${(ms / 1000).toFixed(2).padStart(7)} s  ` +
      `extra memory ${((peak - rssBefore) / 1e6).toFixed(0).padStart(6)} MB  ${outcome.slice(0, 110)}`,
  );
}

const only = process.argv[2];
if (only) {
  await runOne(only);
} else {
  console.log(`backup bombs (node ${process.version}); targets: 1 GiB refused < 2 s with < 200 MB extra; 1,000,000 records refused before a full parse`);
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(CASES)) {
    writeFileSync(fileOf(name), CASES[name]!());
    const run = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), name], { encoding: 'utf8', timeout: 900_000 });
    process.stdout.write(run.stdout || `${name}: no output (status ${run.status}) ${run.stderr.slice(-300)}\n`);
  }
}
