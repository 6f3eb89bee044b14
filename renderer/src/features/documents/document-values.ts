/**
 * The values of a document's details form (new file, queued file or stored document), what is still
 * missing in them, and the metadata they store. Pure: the forms, the import queue and the tests use it.
 */
import { firstMissingField, getEvidenceType, type EvidenceType } from '../../../../shared/evidence';
import { validateDocumentDates } from '../../../../shared/files';
import type { DetailValue } from '../../../../shared/model';
import { sentenceCase } from '../../lib/text';
import type { StoreItem } from '../../workers/vault-handlers';

export interface DocumentValues {
  typeKey: string;
  personId: string;
  title: string;
  issueDate: string;
  validUntil: string;
  details: Record<string, DetailValue>;
}

/** Which of the shown values the app proposed from the document's text (marked "voorgesteld"), with where it found them. */
export type ProposedSources = Partial<Record<'typeKey' | 'personId' | 'issueDate' | 'validUntil' | `details.${string}`, string>>;

/** The top-level values one input changes (the details change one key at a time). */
export type DocumentValueChange = Partial<Omit<DocumentValues, 'details'>>;

/** `details` with one field set, or removed when it is cleared. */
export function withDetail(details: Record<string, DetailValue>, key: string, value: DetailValue | undefined): Record<string, DetailValue> {
  const next = { ...details };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Who a personal document belongs to, as far as the values say (undefined for the organisation's own). */
export function ownerOf<P extends { id: string }>(values: Pick<DocumentValues, 'typeKey' | 'personId'>, people: readonly P[]): P | undefined {
  return getEvidenceType(values.typeKey)?.personal ? people.find((p) => p.id === values.personId) : undefined;
}

/**
 * The first thing still missing or wrong, in Dutch; undefined when the document can be stored as it is.
 * `owner` makes a field required that only someone with client contact needs (the VOG's profile).
 */
export function missingField(values: DocumentValues, today?: string, owner?: { clientContact: boolean }): string | undefined {
  const type = getEvidenceType(values.typeKey);
  if (!type) return 'Kies de soort bewijs.';
  if (type.personal && !values.personId) return 'Kies bij wie dit document hoort.';
  if (type.issueDate.use === 'required' && !values.issueDate) return `Vul "${type.issueDate.label}" in.`;
  if (type.validUntil.use === 'required' && !values.validUntil) return `Vul "${type.validUntil.label}" in.`;
  const missing = firstMissingField(type.fields, values.details, owner);
  if (missing) return `Vul "${missing.label}" in.`;
  const problems = validateDocumentDates(
    { issueDate: type.issueDate.use === 'hidden' ? undefined : values.issueDate, validUntil: type.validUntil.use === 'hidden' ? undefined : values.validUntil },
    today ? { today } : {},
  );
  return problems[0]?.message;
}

/** The metadata the vault stores for complete values (only the fields the type uses). */
export function storeMeta(type: EvidenceType, values: DocumentValues): StoreItem['meta'] {
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
