/**
 * What the user has changed on a queued file, over what the app proposed. A field the user has not
 * touched follows the proposal (so a person added later is still matched); a touched field is the
 * user's. Pure: the queue component and the tests use it.
 */
import { getEvidenceType } from '../../../../../shared/evidence';
import type { DetailValue } from '../../../../../shared/model';
import type { DocumentProposal } from '../../../../../shared/reading';
import type { DocumentValues, ProposedSources } from '../document-values';

// The queue checks and stores its values like every other details form.
export { missingField, storeMeta, type ProposedSources } from '../document-values';

export interface Draft {
  typeKey?: string;
  personId?: string;
  title?: string;
  issueDate?: string;
  validUntil?: string;
  /** Detail fields the user set or cleared (undefined value = cleared). */
  details?: Record<string, DetailValue | undefined>;
}

export type Values = DocumentValues;


export function effectiveValues(proposal: DocumentProposal | undefined, draft: Draft): { values: Values; proposed: ProposedSources } {
  const proposed: ProposedSources = {};
  const pick = <K extends 'typeKey' | 'personId' | 'issueDate' | 'validUntil'>(key: K, own: string | undefined, p: { value: string; source: string } | undefined): string => {
    if (own !== undefined) return own;
    if (p) proposed[key] = p.source;
    return p?.value ?? '';
  };
  const typeKey = pick('typeKey', draft.typeKey, proposal?.evidenceType);
  const type = getEvidenceType(typeKey);
  const personId = type && !type.personal ? '' : pick('personId', draft.personId, proposal?.personId);
  const issueDate = pick('issueDate', draft.issueDate, proposal?.issueDate);
  const validUntil = pick('validUntil', draft.validUntil, proposal?.validUntil);
  const details: Record<string, DetailValue> = {};
  // Proposed details belong to the proposed type only.
  if (proposal && typeKey === proposal.evidenceType?.value) {
    for (const [key, f] of Object.entries(proposal.details)) {
      details[key] = f.value;
      proposed[`details.${key}`] = f.source;
    }
  }
  for (const [key, v] of Object.entries(draft.details ?? {})) {
    delete proposed[`details.${key}`];
    if (v === undefined) delete details[key];
    else details[key] = v;
  }
  return { values: { typeKey, personId, title: draft.title ?? '', issueDate, validUntil, details }, proposed };
}
