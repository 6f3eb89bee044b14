import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../../../shared/files';

/** Unzips a backup, lets the test change entries, and zips it again (docs stored, like the real thing). */
export async function rewriteBackup(
  bytes: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void | Promise<void>,
  { recomputeManifest = false } = {},
): Promise<Uint8Array> {
  const entries = unzipSync(bytes);
  await change(entries);
  if (recomputeManifest && entries['manifest.json']) {
    const manifest = JSON.parse(strFromU8(entries['manifest.json']));
    manifest.entries = [];
    for (const [name, data] of Object.entries(entries)) {
      if (name !== 'manifest.json') manifest.entries.push({ name, size: data.length, sha256: await sha256Hex(data) });
    }
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: name.startsWith('documents/') ? 0 : 6 }];
  return zipSync(zippable);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
export function editJson(entries: Record<string, Uint8Array>, name: string, edit: (value: any) => void): void {
  const value = JSON.parse(strFromU8(entries[name]!));
  edit(value);
  entries[name] = strToU8(JSON.stringify(value));
}
