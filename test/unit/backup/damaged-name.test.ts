import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup';
import { randomBytes } from '../../fixtures/malformed/generate';

// A file that is named like a back-up but is not one is called damaged, never asked to "end in .kwaliteitsmap".
describe('refusing a file that is not a back-up', () => {
  it('says a .kwaliteitsmap file is damaged', async () => {
    const r = await parseBackup(randomBytes(4096, 7), { currentSchemaVersion: 2, fileName: 'kwaliteitsmap-backup-2026-11-30.kwaliteitsmap' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('de inhoud is beschadigd');
    expect(r.message).not.toContain('eindigt op');
    expect(r.message).toContain('niet veranderd');
  });

  it('asks for a .kwaliteitsmap file when another file was chosen', async () => {
    const r = await parseBackup(randomBytes(4096, 7), { currentSchemaVersion: 2, fileName: 'vakantiefoto.jpg' });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.message).toContain('Kies een bestand dat eindigt op .kwaliteitsmap');
    expect(r.message).not.toMatch(/backup/);
  });
});
