/** Issue #14: main's own checks when the renderer cannot be trusted. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAutoBackupFile } from '../../../electron/main/auto-backup-files';
import { saveNameProblem } from '../../../electron/main/save-name-policy';
import { validateHostArgs } from '../../../electron/main/ipc-validate';
import { buildBackupBytes } from '../../../shared/backup';
import { looksLikeBackup } from '../../../shared/backup/looks-like-backup';
import { documentBomb } from '../../fixtures/hostile/bombs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const auto = (stamp: string) => `kwaliteitsmap-auto-backup-${stamp}.kwaliteitsmap`;

describe('automatic backups', () => {
  it('only a real backup passes the check', async () => {
    const tables = { organisation: [], people: [], documents: [], assessments: [], customRequirements: [] };
    const { bytes } = await buildBackupBytes({ appVersion: '0.1.0', schemaVersion: 2, tables, contents: [], readContent: async () => new Uint8Array() });
    expect(looksLikeBackup(bytes)).toBe(true);
    expect(looksLikeBackup(new Uint8Array([1]))).toBe(false);
    expect(looksLikeBackup(new TextEncoder().encode('PK nieuwe back-up'))).toBe(false);
    expect(looksLikeBackup(bytes.subarray(0, bytes.length - 30))).toBe(false);
    expect(looksLikeBackup(documentBomb(1024, 1024))).toBe(true);
  });

  it('a planted backup dated 9999 neither counts as kept nor pushes genuine ones out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kwm-auto-'));
    dirs.push(dir);
    const genuine = ['2025-01-01-090000', '2025-01-02-090000', '2025-01-03-090000'].map(auto);
    for (const n of [...genuine, auto('9999-12-31-235959')]) fs.writeFileSync(path.join(dir, n), n);
    const now = new Date('2025-01-04T09:00:00Z');
    const result = await writeAutoBackupFile({ folder: dir, fileName: auto('2025-01-04-100000'), bytes: new Uint8Array([1]), keep: 2, now });
    expect(result.removed.sort()).toEqual([genuine[0], genuine[1]]);
    expect(fs.readdirSync(dir).sort()).toEqual([genuine[2], auto('2025-01-04-100000'), auto('9999-12-31-235959')].sort());
  });
});

describe('save names per OS', () => {
  it('macOS and Linux accept everything but "/" and control characters', () => {
    for (const name of ['Verslag: 2025.pdf', 'a<b>c?.pdf', 'con.pdf', 'eind.', 'back\\slash.pdf']) expect(saveNameProblem(name, 'linux'), name).toBeUndefined();
    expect(saveNameProblem('a/b.pdf', 'darwin')).toContain('schuine streep');
    expect(saveNameProblem('a\u0007b.pdf', 'linux')).toContain('onzichtbaar teken');
  });

  it('Windows refuses its forbidden characters, device names and trailing dots, in Dutch', () => {
    expect(saveNameProblem('Verslag: 2025.pdf', 'win32')).toContain('kan niet op Windows');
    expect(saveNameProblem('CON.pdf', 'win32')).toContain('gereserveerd');
    expect(saveNameProblem('eind.', 'win32')).toContain('punt of spatie');
    expect(saveNameProblem('Bewijspakket 2025.pdf', 'win32')).toBeUndefined();
  });

  it('the bridge lets legal names through to main (it refused ":" before)', () => {
    expect(() => validateHostArgs('saveFile', [{ suggestedName: 'Verslag: 2025?.pdf', filters: [], bytes: new Uint8Array(1) }])).not.toThrow();
    expect(() => validateHostArgs('saveFile', [{ suggestedName: '../x.pdf', filters: [], bytes: new Uint8Array(1) }])).toThrow();
  });
});
