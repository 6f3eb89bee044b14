import type { IsoDate, IsoDateTime } from './dates';

export const PERSON_KINDS = ['medewerker', 'zzp-onderaannemer', 'vrijwilliger', 'stagiair', 'eigenaar'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A member of staff. Never holds a BSN (AVG: not needed for this purpose). */
export interface Person {
  id: string;
  name: string;
  /** Free-text function title, e.g. "Persoonlijk begeleider". */
  functionTitle: string;
  /** Role keys from the evidence catalogue (e.g. 'bhv', 'verpleegkundige') that requirements can target. */
  roles: string[];
  kind: PersonKind;
  startDate: IsoDate;
  endDate?: IsoDate;
  clientContact: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
