import { describe, expect, it } from 'vitest';
import { buildEvidencePack, sampleModel, warmUpPack } from '../../../shared/pack';
import { PackCancelledError } from '../../../shared/pack/model';
import { loadFonts } from './fixtures';

describe('warm-up pack', () => {
  it('builds a complete sample pack from made-up data only', async () => {
    const fonts = loadFonts();
    const model = await sampleModel();
    expect(model.organisation.name).toBe('Voorbeeldzorg');
    const result = await buildEvidencePack(model, { fonts });
    expect(result.skipped).toEqual([]);
    // Every kind of file a pack holds: PDFs (with and without object streams, with a photo), a JPEG, a PNG.
    expect(new Set(model.attachments.map((a) => a.fileKind))).toEqual(new Set(['pdf', 'jpeg', 'png']));
    expect(result.placed).toHaveLength(model.attachments.length);
    expect(result.placed.map((p) => p.route ?? 'image')).toContain('image');
    expect(result.pageCount).toBe(result.generatedPageCount + result.placed.reduce((n, p) => n + p.pageCount, 0));
    await expect(warmUpPack(fonts)).resolves.toBeUndefined();
  });

  it('gives way when the user’s own build arrives (its signal aborts): none starts, a running one stops', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(warmUpPack(loadFonts(), undefined, stop.signal)).resolves.toBeUndefined();
    // Aborted after a few checkpoints: it stops there.
    let checks = 0;
    const later = { get aborted() {
      checks++;
      return checks > 3;
    } };
    await expect(warmUpPack(loadFonts(), undefined, later)).rejects.toBeInstanceOf(PackCancelledError);
    expect(checks).toBeLessThan(10);
  });
});
