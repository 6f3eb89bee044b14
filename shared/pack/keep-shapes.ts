/**
 * Keeps the warm-up's objects reachable after it ends, so the code V8 optimised during it stays valid for the
 * user's build. Optimised code holds the object shapes (hidden classes) it was compiled for only weakly; a shape
 * made by adding properties (pdfmake adds them to every node it lays out, our definitions are spreads, pdf-lib's
 * objects are filled in as they are parsed) dies with the last object that has it, and every function compiled
 * for it is thrown away at the next full GC (`node --trace-deopt`: "reason: weak objects", ~100 functions after
 * a warm-up). The worker is idle between the warm-up and her build, so such a GC comes first and her build
 * compiled it all again on V8's background threads. ~9 MB of sample objects (warm-up.ts) are kept instead:
 * 38 instead of ~96 such deopts, and ~0.35 s less CPU for the bench pack's warmed build (bench/pack.ts). What is
 * still thrown away are pdfmake's, fontkit's and linebreak's own short-lived objects, which nothing here reaches.
 *
 * Builds never overlap the warm-up in a worker (jobs wait for it), so one module-level collector is enough.
 */
let collecting: { objects: unknown[]; calls: Map<string, number> } | undefined;
let kept: unknown[] = [];

/**
 * The sample repeats each file five times; the first few calls from a place give every shape it makes, and
 * later ones would only keep more of the sample's bytes alive (parsed PDFs hold views on them).
 */
const CALLS_PER_SITE = 8;

/** Called where the pack makes objects worth keeping (`site` names the place); does nothing outside a warm-up. */
export function keepShapes(site: string, ...objects: unknown[]): void {
  if (!collecting) return;
  const calls = collecting.calls.get(site) ?? 0;
  if (calls >= CALLS_PER_SITE) return;
  collecting.calls.set(site, calls + 1);
  collecting.objects.push(...objects);
}

/** Runs the warm-up, then keeps what it collected (replacing what an earlier warm-up kept). */
export async function keepingShapes(run: () => Promise<void>): Promise<void> {
  const collected = { objects: [] as unknown[], calls: new Map<string, number>() };
  collecting = collected;
  try {
    await run();
  } finally {
    collecting = undefined;
  }
  kept = collected.objects;
}

/** How many objects the last warm-up left kept (for tests). */
export function keptShapeCount(): number {
  return kept.length;
}
