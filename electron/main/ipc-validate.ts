import type { z } from 'zod';
import { HOST_ARG_SCHEMAS } from '../../shared/bridge/host-api';

export type HostMethod = keyof typeof HOST_ARG_SCHEMAS;
export type HostArgs<M extends HostMethod> = z.output<(typeof HOST_ARG_SCHEMAS)[M]>;

/** An error whose message is safe and meant for the user (Dutch). */
export class HostRequestError extends Error {
  override name = 'HostRequestError';
}

/**
 * Checks the arguments of one bridge call against the contract's schema. The renderer is
 * treated as untrusted: anything that does not match is refused before main does anything.
 */
export function validateHostArgs<M extends HostMethod>(method: M, args: unknown[]): HostArgs<M> {
  const result = HOST_ARG_SCHEMAS[method].safeParse(args);
  if (!result.success) {
    throw new HostRequestError(`Ongeldig verzoek aan de app (${method}).`);
  }
  return result.data as HostArgs<M>;
}
