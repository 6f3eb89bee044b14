import type { IsoDate, IsoDateTime } from './dates';

export const OPDRACHTGEVER_KINDS = ['gemeente', 'zorgkantoor', 'hoofdaannemer', 'anders'] as const;
export type OpdrachtgeverKind = (typeof OPDRACHTGEVER_KINDS)[number];

export const OPDRACHTGEVER_KIND_LABELS: Record<OpdrachtgeverKind, string> = {
  gemeente: 'Gemeente',
  zorgkantoor: 'Zorgkantoor',
  hoofdaannemer: 'Hoofdaannemer',
  anders: 'Anders',
};

/** Someone the provider works for (a gemeente, a zorgkantoor, a hoofdaannemer), and the kaders it applies. */
export interface Opdrachtgever {
  id: string;
  name: string;
  kind: OpdrachtgeverKind;
  contractStart?: IsoDate;
  contractEnd?: IsoDate;
  /** Contact person, e-mail or phone, as the user writes it. */
  contact?: string;
  /** Kaders this opdrachtgever applies (built-in or the user's own). */
  kaderIds: string[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
