/**
 * The history of a document's details: every correction made after saving (type, person, dates, detail
 * fields) as one entry per field, so the user and an auditor can see what changed, when, from what to what.
 * It lives on the document record (EvidenceDocument.detailsHistory) and travels with it through backups.
 */
import type { IsoDateTime } from './dates';
import type { DetailValue, EvidenceDocument } from './evidence-document';

export interface DetailChange {
  at: IsoDateTime;
  /** 'evidenceType', 'personId', 'title', 'issueDate', 'validUntil', or `details.${key}`. */
  field: string;
  /** Absent: the field was empty before. */
  from?: DetailValue;
  /** Absent: the field was cleared. */
  to?: DetailValue;
}

/** The fields of a document the user may correct after saving. */
export type EditableDocumentFields = Pick<EvidenceDocument, 'evidenceType' | 'title' | 'details'> &
  Partial<Pick<EvidenceDocument, 'personId' | 'issueDate' | 'validUntil'>>;

const TOP_FIELDS = ['evidenceType', 'personId', 'title', 'issueDate', 'validUntil'] as const;

function same(a: DetailValue | undefined, b: DetailValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

const isEmpty = (v: DetailValue | undefined): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** One change per field that differs between the stored document and the edited fields (empty = absent). */
export function diffDocumentFields(before: EditableDocumentFields, after: EditableDocumentFields, at: IsoDateTime): DetailChange[] {
  const changes: DetailChange[] = [];
  const push = (field: string, from: DetailValue | undefined, to: DetailValue | undefined) => {
    const f = isEmpty(from) ? undefined : from;
    const t = isEmpty(to) ? undefined : to;
    if (same(f, t)) return;
    changes.push({ at, field, ...(f !== undefined ? { from: f } : {}), ...(t !== undefined ? { to: t } : {}) });
  };
  for (const key of TOP_FIELDS) push(key, before[key], after[key]);
  const keys = [...new Set([...Object.keys(before.details ?? {}), ...Object.keys(after.details ?? {})])].sort();
  for (const key of keys) push(`details.${key}`, before.details?.[key], after.details?.[key]);
  return changes;
}
