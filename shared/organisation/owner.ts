import { isIsoDate } from '../dates';
import type { IsoDate, Person } from '../model';

/** What the intake asks a zzp'er about herself, so she is a person of her own organisation from the start. */
export interface OwnerDraft {
  name: string;
  /** The day she started working as a care provider: the VOG and diploma rules count from it. */
  startDate: IsoDate | '';
}

export type OwnerErrors = Partial<Record<'ownerName' | 'ownerStartDate', string>>;

export function validateOwner(draft: OwnerDraft, today: IsoDate): OwnerErrors {
  const errors: OwnerErrors = {};
  if (!draft.name.trim()) errors.ownerName = 'Vul je eigen naam in.';
  if (!draft.startDate || !isIsoDate(draft.startDate)) errors.ownerStartDate = 'Vul de datum in waarop je als zorgverlener begon.';
  else if (draft.startDate > today) errors.ownerStartDate = 'Deze datum ligt in de toekomst.';
  return errors;
}

/**
 * The zzp'er as a person: kind eigenaar and client contact, because she does the work herself
 * (changeable later under Personeel).
 */
export function ownerPerson(draft: OwnerDraft): Omit<Person, 'id' | 'createdAt' | 'updatedAt'> {
  return { name: draft.name.trim(), functionTitle: '', roles: [], kind: 'eigenaar', startDate: draft.startDate as IsoDate, clientContact: true };
}
