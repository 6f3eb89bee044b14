/** The kader engine: one entry point (evaluate) and the labels and helpers other parts of the app need. */
export { evaluate, DEFAULT_HORIZON_DAYS, CUSTOM_SECTION } from './evaluate';
export type * from './types';
export {
  STATUSES,
  STATUS_LABELS,
  STATUS_SEVERITY,
  MANUAL_VERDICT_LABELS,
  worstStatus,
  emptyCounts,
  type Status,
  type EvidenceStatus,
  type StatusCounts,
} from './status';
export {
  SERVICE_PHRASES,
  CLIENT_GROUP_PHRASES,
  ORGANISATION_KIND_LABELS,
  PERSON_KIND_LABELS,
  DEADLINE_KIND_LABELS,
} from './labels';
export { requirementApplies, conditionHolds, describeCondition } from './applicability';
export { selectRevisions } from './evidence-index';
export { resolveRule, documentValidity, matchesWhere } from './validity';
export { lastValidDay, periodBasis, type DateSource, type DateSourceKind, type LastValidDay } from './date-source';
export { DOCUMENT_STATE_LABELS, type DocumentUse, type DocumentState, type DocumentFix } from './document-use';
