import { PackClient } from '../../workers/pack-client';

/**
 * One pack worker for the app's lifetime, warmed up in idle time soon after start-up, so the pack
 * page's first build already runs on compiled code: the warm-up happens while she reads the overview,
 * not after she clicks "Maken" (a warm-up started on opening the pack page delayed a build clicked at
 * once by seconds).
 */
let client: PackClient | undefined;
let warmUpScheduled = false;

export function sharedPackClient(): PackClient {
  return (client ??= new PackClient());
}

/** Starts the warm-up once, after `delayMs` and when the page is idle; a second call does nothing. */
export function warmUpPackSoon(delayMs = 2500): void {
  if (warmUpScheduled) return;
  warmUpScheduled = true;
  const start = () => sharedPackClient().warmUp();
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : start()), delayMs);
}
