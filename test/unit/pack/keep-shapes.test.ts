/**
 * The warm-up's objects stay reachable after it (shared/pack/keep-shapes.ts), so V8 keeps the code it
 * optimised for their shapes; a user's own build keeps nothing of hers.
 */
import { describe, expect, it } from 'vitest';
import { buildEvidencePack, sampleModel, warmUpPack } from '../../../shared/pack';
import { keepShapes, keepingShapes, keptShapeCount } from '../../../shared/pack/keep-shapes';
import { PackCancelledError } from '../../../shared/pack/model';
import { loadFonts } from './fixtures';

describe('keep shapes', () => {
  it('keeps what a warm-up made (parsed PDFs, the merge, the laid-out definition) and replaces it at the next one', async () => {
    const fonts = loadFonts();
    await warmUpPack(fonts);
    const first = keptShapeCount();
    // The first inspections, parsed PDFs and separator pages of each kind, the merge, the layout.
    expect(first).toBeGreaterThan(20);
    await warmUpPack(fonts);
    expect(keptShapeCount()).toBe(first);
  });

  it('keeps nothing outside a warm-up: a real build holds on to none of its objects', async () => {
    const fonts = loadFonts();
    await keepingShapes(async () => keepShapes('test', 'sample'));
    expect(keptShapeCount()).toBe(1);
    await buildEvidencePack(await sampleModel(), { fonts });
    keepShapes('test', { outside: true });
    expect(keptShapeCount()).toBe(1);
  });

  it('keeps the first few calls from each place only: shapes, not all of the sample’s bytes', async () => {
    await keepingShapes(async () => {
      for (let i = 0; i < 30; i++) keepShapes('inspect', i);
      keepShapes('layout', 'def', 'made');
    });
    expect(keptShapeCount()).toBe(8 + 2);
  });

  it('a warm-up that is stopped leaves the earlier kept objects as they were and collects nothing afterwards', async () => {
    await keepingShapes(async () => keepShapes('test', 'a', 'b'));
    let checks = 0;
    const later = { get aborted() {
      checks++;
      return checks > 3;
    } };
    await expect(warmUpPack(loadFonts(), undefined, later)).rejects.toBeInstanceOf(PackCancelledError);
    expect(keptShapeCount()).toBe(2);
    keepShapes('test', 'c');
    expect(keptShapeCount()).toBe(2);
  });
});
