import { connect } from './rpc';
import type { AuthoringHandlers } from './authoring.worker';

let call: ReturnType<typeof connect<AuthoringHandlers>> | undefined;

/** The UI's handle on the authoring worker (PDF and Word rendering), started on first use. */
export function authoringWorker() {
  call ??= connect<AuthoringHandlers>(new Worker(new URL('./authoring.worker.ts', import.meta.url), { type: 'module', name: 'authoring' }));
  return call;
}
