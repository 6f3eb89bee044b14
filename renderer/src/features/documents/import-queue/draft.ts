/**
 * What the user has changed on a queued file, over what the app proposed. A field the user has not
 * touched follows the proposal (so a person added later is still matched); a touched field is the
 * user's. Pure: the queue component and the tests use it.
 */
import { getEvidenceType, type EvidenceType } from '../../../../../shared/evidence';
import { validateDocumentDates } from '../../../../../shared/files';
import type { DetailValue } from '../../../../../shared/model';
import type { DocumentProposal } from '../../../../../shared/reading';
import { sentenceCase } from '../../../lib/text';
import type { StoreItem } from '../../../workers/vault-handlers';

export interface Draft {
  typeKey?: string;
  personId?: string;
  title?: string;
  issueDate?: string;
  validUntil?: string;
  /** Detail fields the user set or cleared (undefined value = cleared). */
  details?: Record<string, DetailValue | undefined>;
}

export interface Values {
  typeKey: string;
  personId: string;
  title: string;
  issueDate: string;
  validUntil: string;
  details: Record<string, DetailValue>;
}

/** Which of the shown values came from the proposal (to mark them "voorgesteld"), with the reason. */
export type ProposedSources = Partial<Record<'typeKey' | 'personId' | 'issueDate' | 'validUntil' | `details.${string}`, string>>;

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

/** The first thing still missing or wrong, in Dutch; undefined when the file can be stored as it is. */
export function missingField(values: Values, today?: string): string | undefined {
  const type = getEvidenceType(values.typeKey);
  if (!type) return 'Kies de soort bewijs.';
  if (type.personal && !values.personId) return 'Kies bij wie dit document hoort.';
  if (type.issueDate.use === 'required' && !values.issueDate) return `Vul "${type.issueDate.label}" in.`;
  if (type.validUntil.use === 'required' && !values.validUntil) return `Vul "${type.validUntil.label}" in.`;
  const missing = type.fields.find((f) => {
    const v = values.details[f.key];
    return f.required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
  });
  if (missing) return `Vul "${missing.label}" in.`;
  const problems = validateDocumentDates(
    { issueDate: type.issueDate.use === 'hidden' ? undefined : values.issueDate, validUntil: type.validUntil.use === 'hidden' ? undefined : values.validUntil },
    today ? { today } : {},
  );
  return problems[0]?.message;
}

/** The metadata the vault stores for a complete draft (only the fields the type uses). */
export function storeMeta(type: EvidenceType, values: Values): StoreItem['meta'] {
  const allowed = new Set(type.fields.map((f) => f.key));
  return {
    evidenceType: type.key,
    ...(type.personal ? { personId: values.personId } : {}),
    title: values.title.trim() || sentenceCase(type.label),
    ...(values.issueDate && type.issueDate.use !== 'hidden' ? { issueDate: values.issueDate } : {}),
    ...(values.validUntil && type.validUntil.use !== 'hidden' ? { validUntil: values.validUntil } : {}),
    details: Object.fromEntries(Object.entries(values.details).filter(([k]) => allowed.has(k))),
    links: [],
  };
}
