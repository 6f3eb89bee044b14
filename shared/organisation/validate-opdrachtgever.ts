import { isIsoDate } from '../dates';
import { OPDRACHTGEVER_KINDS, type Opdrachtgever } from '../model';

export type OpdrachtgeverDraft = Pick<Opdrachtgever, 'name' | 'kind' | 'kaderIds'> & { contractStart: string; contractEnd: string; contact: string };
export type OpdrachtgeverErrors = Partial<Record<'name' | 'kind' | 'contractStart' | 'contractEnd' | 'kaderIds', string>>;

/** Dutch messages per field; empty when the draft can be stored. */
export function validateOpdrachtgever(draft: OpdrachtgeverDraft, knownKaderIds: ReadonlySet<string>): OpdrachtgeverErrors {
  const errors: OpdrachtgeverErrors = {};
  const name = draft.name.trim();
  if (name.length < 2) errors.name = 'Vul de naam van de opdrachtgever in.';
  else if (name.length > 200) errors.name = 'De naam is te lang (hooguit 200 tekens).';
  if (!(OPDRACHTGEVER_KINDS as readonly string[]).includes(draft.kind)) errors.kind = 'Kies wat voor opdrachtgever het is.';
  if (draft.contractStart && !isIsoDate(draft.contractStart)) errors.contractStart = 'Vul een geldige datum in.';
  if (draft.contractEnd && !isIsoDate(draft.contractEnd)) errors.contractEnd = 'Vul een geldige datum in.';
  else if (draft.contractStart && draft.contractEnd && isIsoDate(draft.contractStart) && draft.contractEnd < draft.contractStart) {
    errors.contractEnd = 'Het contract eindigt vóór het begint.';
  }
  if (draft.kaderIds.length === 0) errors.kaderIds = 'Kies het kwaliteitskader dat deze opdrachtgever hanteert.';
  else if (draft.kaderIds.some((id) => !knownKaderIds.has(id))) errors.kaderIds = 'Een gekozen kader bestaat niet meer.';
  return errors;
}
