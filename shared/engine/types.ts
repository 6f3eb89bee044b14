/** Input and output of the engine: plain JSON, so it can cross IPC, workers and test fixtures unchanged. */
import type { DeadlineKind } from '../evidence';
import type { CustomRequirement, Kader, ScopeLevel } from '../kaders/schema';
import type { Assessment, EvidenceDocument, IntakeProfile, IsoDate, Person } from '../model';
import type { EvidenceStatus, Status, StatusCounts } from './status';
import type { DateSource } from './date-source';
import type { DocumentUse } from './document-use';

/** The fields of a Person the engine reads. */
export type PersonInput = Pick<Person, 'id' | 'name' | 'roles' | 'kind' | 'startDate' | 'clientContact'> &
  Partial<Pick<Person, 'endDate' | 'functionTitle'>>;

/** The fields of an EvidenceDocument the engine reads; missing details/links/versionGroup are allowed. */
export type DocumentInput = Pick<EvidenceDocument, 'id' | 'evidenceType'> &
  Partial<
    Pick<
      EvidenceDocument,
      | 'personId'
      | 'title'
      | 'issueDate'
      | 'validUntil'
      | 'details'
      | 'links'
      | 'versionGroup'
      | 'supersedes'
      | 'supersededBy'
      | 'createdAt'
    >
  >;

export type AssessmentInput = Pick<Assessment, 'kaderId' | 'requirementId'> &
  Partial<Pick<Assessment, 'notApplicable' | 'manual' | 'toelichting'>>;

export interface EngineInput {
  /** The date the status is computed for ('YYYY-MM-DD'). */
  peildatum: IsoDate;
  /** Evidence that stays valid for at most this many days counts as "verloopt binnenkort". Default 60. */
  horizonDays?: number;
  profile: IntakeProfile;
  /** Kaders to consider (default: BUILTIN_KADERS); only those in profile.kaderIds are evaluated. */
  kaders?: readonly Kader[];
  people: readonly PersonInput[];
  documents: readonly DocumentInput[];
  assessments?: readonly AssessmentInput[];
  customRequirements?: readonly CustomRequirement[];
}

/** One evidence group of a requirement, evaluated for one subject. */
export interface GroupResult {
  label?: string;
  status: EvidenceStatus;
  /** Documents valid on the peildatum, best (longest valid) first. */
  documentIds: string[];
  /** Last day the best document is valid (or, when expired, was valid); absent: no expiry. */
  validThrough?: IsoDate;
  /** Evidence type of the best (or expired) document, else of the first accepted type. */
  evidenceType: string;
}

export interface RequirementResult {
  /** Stable key: `${kaderId}:${requirementId}:${personId ?? 'org'}`. */
  key: string;
  kaderId: string;
  sectionId: string;
  requirementId: string;
  text: string;
  custom: boolean;
  scope: ScopeLevel;
  personId?: string;
  personName?: string;
  credential?: string;
  status: Status;
  /** Why it is not applicable (from the intake profile, the user's assessment, or nobody in scope). */
  reason?: string;
  reasonSource?: 'profiel' | 'beoordeling' | 'bezetting';
  /** Date of the user's decision (niet van toepassing or manual verdict). */
  decidedOn?: IsoDate;
  manualVerdict?: 'voldaan' | 'deels' | 'niet';
  /** Documents that prove the requirement on the peildatum (all groups). */
  documentIds: string[];
  /** The earliest date something must be renewed, reviewed or delivered; may lie in the past. */
  nextDeadline?: IsoDate;
  /** Days from the peildatum to nextDeadline (negative when overdue). */
  daysUntilDeadline?: number;
  /** One plain Dutch line: what to do next. */
  action: string;
  /** Dutch explanations of why documents were not accepted. */
  problems: string[];
  groups: GroupResult[];
  /**
   * Short Dutch remarks that must travel with the status (app and pack), e.g. that a VOG was issued after
   * the start date: "Bij de start op 01-03-2025 was er geen geldige VOG; in orde sinds de afgifte op 15-04-2025."
   */
  remarks?: string[];
}

/** A dated item for the calendar export and reminders. */
export interface Deadline {
  /**
   * Stable across recomputes: `${resultKey}:${groupIndex}`, `${resultKey}:start` or `${resultKey}:beoordeling`;
   * `doc:${documentId}` for a document no requirement watches (then kaderId, sectionId and requirementId are '').
   */
  key: string;
  /** Same for the same document and date across kaders, so a calendar can show it once. */
  dedupeKey: string;
  date: IsoDate;
  kind: DeadlineKind;
  /** Dutch title, e.g. "Verloopt: BHV-certificaat – Anna de Vries". */
  title: string;
  kaderId: string;
  sectionId: string;
  requirementId: string;
  personId?: string;
  personName?: string;
  documentId?: string;
  evidenceType?: string;
  overdue: boolean;
  daysLeft: number;
  withinHorizon: boolean;
  status: Status;
  /** Where the date comes from, for a document's last valid day ("berekend: BHV-certificaat 1 jaar geldig (NIBHV)"). */
  dateSource?: DateSource;
  /** True for a document's own date when no applicable requirement uses the document. */
  noRequirement?: boolean;
}

export interface StaffCell {
  status: Status;
  /** Result keys of the requirements behind this cell (possibly from several kaders). */
  resultKeys: string[];
  documentIds: string[];
  nextDeadline?: IsoDate;
}

export interface StaffMatrixRow {
  personId: string;
  name: string;
  kind: PersonInput['kind'];
  functionTitle?: string;
  /** One cell per column key; null when no requirement of that column applies to the person. */
  cells: Record<string, StaffCell | null>;
}

export interface StaffMatrix {
  columns: { key: string; label: string }[];
  rows: StaffMatrixRow[];
}

export interface StatusSummary {
  total: StatusCounts;
  perKader: Record<string, StatusCounts>;
  /** perSection[kaderId][sectionId] */
  perSection: Record<string, Record<string, StatusCounts>>;
}

export interface KaderSummary {
  id: string;
  title: string;
  shortTitle?: string;
  sections: { id: string; title: string }[];
}

export interface EngineOutput {
  peildatum: IsoDate;
  horizonDays: number;
  kaders: KaderSummary[];
  results: RequirementResult[];
  deadlines: Deadline[];
  staffMatrix: StaffMatrix;
  counts: StatusSummary;
  /** People not evaluated because they left before the peildatum. */
  inactivePersonIds: string[];
  /**
   * One entry per stored document (every revision): its last valid day and where that comes from, its own
   * status, what it counts for per kader, and — when it counts for nothing — why and how to fix it.
   */
  documents: DocumentUse[];
}
