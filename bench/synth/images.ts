/** Deterministic pseudo-photos: smooth gradients and blobs plus grain, so they compress like photos. */
import { mulberry32 } from '../../test/fixtures/malformed/random';

export { mulberry32 };

/** RGB pixels (3 bytes per pixel). `grain` 0..64 sets how noisy (and therefore how large) the result is. */
export function synthPhoto(width: number, height: number, seed: number, grain = 12): Uint8Array {
  const rand = mulberry32(seed);
  const px = new Uint8Array(width * height * 3);
  const blobs = Array.from({ length: 6 }, () => ({
    x: rand() * width,
    y: rand() * height,
    r: (0.15 + rand() * 0.35) * Math.max(width, height),
    c: [rand() * 255, rand() * 255, rand() * 255],
  }));
  const base = [rand() * 120, rand() * 120, rand() * 120];
  let noise = seed | 1;
  const weights = new Float64Array(blobs.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < blobs.length; k++) {
        const b = blobs[k] as (typeof blobs)[number];
        const dx = x - b.x;
        const dy = y - b.y;
        const d2 = (dx * dx + dy * dy) / (b.r * b.r);
        weights[k] = d2 < 1 ? (1 - Math.sqrt(d2)) * 0.6 : 0;
      }
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        let v = (base[c] as number) + (60 * x) / width + (40 * y) / height;
        for (let k = 0; k < blobs.length; k++) {
          const wk = weights[k] as number;
          if (wk > 0) v += ((blobs[k] as (typeof blobs)[number]).c[c] as number - v) * wk;
        }
        noise = (Math.imul(noise, 1103515245) + 12345) >>> 0;
        v += ((noise >>> 16) / 65536 - 0.5) * grain * 2;
        px[o + c] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
  return px;
}
