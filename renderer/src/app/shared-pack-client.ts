import { PackClient } from '../workers/pack-client';

/**
 * One pack worker for the app's lifetime. It is warmed up (a sample pack built and thrown away, so her build
 * runs on compiled code) when the pack page opens, the moment a build is likely to follow. Not at start-up: in
 * Chromium a warm-up's gain is gone after ~30 s of idle (`npm run bench:pack-browser -- --idle-wait 30`: a
 * warmed build took as much CPU as a fresh one; after 8 s it still gained in one round of two), so a warm-up
 * while she reads the overview cost CPU for nothing. Opening the page again once the last warm-up has gone
 * cold warms up again. A build makes warm-ups unnecessary: the worker starts none after one, and one still
 * running gives way at its next checkpoint (pack.worker.ts).
 */
let client: PackClient | undefined;
let lastWarmUp = Number.NEGATIVE_INFINITY;
let buildStarted = false;

/** After this long the warm-up's compiled code is likely gone (see above). */
const WARM_FOR_MS = 20_000;

export function sharedPackClient(): PackClient {
  return (client ??= new PackClient());
}

/** The pack page opened: warm the worker up, unless a build ran or a recent warm-up is still warm. */
export function warmUpPackNow(now = Date.now()): void {
  if (buildStarted || now - lastWarmUp < WARM_FOR_MS) return;
  lastWarmUp = now;
  sharedPackClient().warmUp();
}

/** The user's own build: no warm-up starts after it. */
export function packBuildStarted(): PackClient {
  buildStarted = true;
  return sharedPackClient();
}
