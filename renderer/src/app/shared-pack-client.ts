import { PackClient } from '../workers/pack-client';

/**
 * One pack worker for the app's lifetime, warmed up in idle time soon after start-up, so the pack
 * page's first build already runs on compiled code: the warm-up happens while she reads the overview,
 * not after she clicks "Maken" (a warm-up started on opening the pack page delayed a build clicked at
 * once by seconds). A build that comes first makes the warm-up unnecessary: it is then never started,
 * and one still running gives way at its next checkpoint (pack.worker.ts).
 */
let client: PackClient | undefined;
let scheduled = false;
let started = false;

export function sharedPackClient(): PackClient {
  return (client ??= new PackClient());
}

function startWarmUp(): void {
  if (started) return;
  started = true;
  sharedPackClient().warmUp();
}

/** Starts the warm-up once: now (`delayMs` 0, the pack page opened) or after `delayMs` when the page is idle. */
export function warmUpPackSoon(delayMs = 2500): void {
  if (delayMs === 0) return startWarmUp();
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(startWarmUp, { timeout: 2000 }) : startWarmUp()), delayMs);
}

/** The user's own build: no warm-up starts after it. */
export function packBuildStarted(): PackClient {
  started = true;
  return sharedPackClient();
}
