import { connect } from './rpc';
import type { VaultHandlers } from './vault-handlers';

let call: ReturnType<typeof connect<VaultHandlers>> | undefined;

/** The UI's handle on the vault worker, started on first use. */
export function vault() {
  call ??= connect<VaultHandlers>(new Worker(new URL('./vault.worker.ts', import.meta.url), { type: 'module', name: 'vault' }));
  return call;
}
