/** Builds the flat deadline list: every dated renewal, review or start item, overdue or upcoming. */
import { getEvidenceType, type DeadlineKind } from '../evidence';
import { daysBetween } from '../dates';
import type { EvidenceAccept } from '../kaders/schema';
import type { IsoDate } from '../model';
import { evidenceSubject } from './describe';
import { DEADLINE_KIND_LABELS } from './labels';
import type { Deadline, RequirementResult } from './types';
import type { DateSource } from './date-source';

export interface DeadlineSpec {
  suffix: string;
  date: IsoDate;
  kind?: DeadlineKind;
  evidenceType?: string;
  accept?: EvidenceAccept;
  documentId?: string;
  /** Title subject when there is no evidence type (e.g. a manual assessment). */
  subject?: string;
  /** Where the date comes from, for a document's last valid day. */
  dateSource?: DateSource;
}

export function makeDeadline(row: RequirementResult, spec: DeadlineSpec, peildatum: IsoDate, horizonDays: number): Deadline {
  const kind: DeadlineKind = spec.kind ?? (spec.evidenceType ? (getEvidenceType(spec.evidenceType)?.deadlineKind ?? 'verloopdatum') : 'herziening');
  const subject = spec.subject ?? (spec.evidenceType ? evidenceSubject(spec.evidenceType, spec.accept) : row.requirementId);
  const daysLeft = daysBetween(peildatum, spec.date);
  const key = `${row.key}:${spec.suffix}`;
  return {
    key,
    dedupeKey: spec.documentId ? `doc:${spec.documentId}:${spec.date}` : key,
    date: spec.date,
    kind,
    title: `${DEADLINE_KIND_LABELS[kind]}: ${subject}${row.personName ? ` – ${row.personName}` : ''}`,
    kaderId: row.kaderId,
    sectionId: row.sectionId,
    requirementId: row.requirementId,
    personId: row.personId,
    personName: row.personName,
    documentId: spec.documentId,
    evidenceType: spec.evidenceType,
    overdue: daysLeft < 0,
    daysLeft,
    withinHorizon: daysLeft <= horizonDays,
    status: row.status,
    ...(spec.dateSource ? { dateSource: spec.dateSource } : {}),
  };
}

/** Date order, then key, so the list is the same on every run. */
export function sortDeadlines(list: Deadline[]): Deadline[] {
  return list.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
