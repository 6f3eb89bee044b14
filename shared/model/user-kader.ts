import type { Kader } from '../kaders/schema';
import type { IsoDateTime } from './dates';

/** How a user kader came to be. */
export type UserKaderOrigin = 'import' | 'kopie' | 'nieuw' | 'eigen-eisen';

/** An earlier version of a user kader, kept when an update or edit replaced it. */
export interface KaderRevision {
  version: string;
  replacedAt: IsoDateTime;
  kader: Kader;
}

/**
 * A kader the user imported, copied or built. Built-in kaders are never stored; a user kader never
 * takes a built-in id. `kader` always passes the kader loader (checked on every write).
 */
export interface UserKader {
  id: string;
  kader: Kader;
  origin: UserKaderOrigin;
  /** The kader it was copied from. */
  basedOn?: string;
  /** Earlier versions, oldest first: removed requirements stay readable (and in backups). */
  history: KaderRevision[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
