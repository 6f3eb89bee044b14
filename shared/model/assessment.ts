import type { IsoDate, IsoDateTime } from './dates';

/** The user's own judgement on one requirement of one kader. */
export interface Assessment {
  kaderId: string;
  requirementId: string;
  /** How the provider complies, in their own words; feeds the kwaliteitsverslag. */
  toelichting?: string;
  /** "Niet van toepassing": always with a reason and the date it was decided. */
  notApplicable?: { reason: string; decidedOn: IsoDate };
  /** A manual verdict for requirements no document can prove (e.g. a practice). */
  manual?: { verdict: 'voldaan' | 'deels' | 'niet'; decidedOn: IsoDate; note?: string };
  updatedAt: IsoDateTime;
}
