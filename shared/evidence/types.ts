/** Shapes of the evidence catalogue. Everything here is data the UI and the engine read. */

export type DetailFieldKind = 'date' | 'text' | 'select' | 'multiselect' | 'number';

export interface DetailOption {
  value: string;
  /** Dutch label shown in the form. */
  label: string;
}

/** One extra field on the form for an evidence type; stored in EvidenceDocument.details[key]. */
export interface DetailField {
  key: string;
  label: string;
  kind: DetailFieldKind;
  options?: readonly DetailOption[];
  required?: boolean;
  /** Short Dutch hint under the field. */
  help?: string;
  /** Unit for number fields, e.g. '€'. */
  unit?: string;
  /** Required only when the document's person has direct client contact (e.g. the VOG's screening profile). */
  requiredWhenClientContact?: boolean;
}

/**
 * How long one document stays valid. Data, so a kader (or a single requirement) can override it:
 * one opdrachtgever wants a VOG no older than 3 years, another 2.
 */
export interface ValidityRule {
  /** Valid for this many months after the issue date (renewal or review interval). Absent: no age limit. */
  months?: number;
  /** Honour the document's own "geldig tot en met" date (EvidenceDocument.validUntil). Default true. */
  useValidUntil?: boolean;
  /**
   * Where the period comes from, in short Dutch, shown wherever a computed date appears
   * ("BHV-certificaat 1 jaar geldig (NIBHV)"). Every catalogue period has one.
   */
  basis?: string;
  /** True when the period is a suggested review rhythm, not a rule: shown as "advies" and adjustable by the user. */
  advice?: boolean;
}

/** persoon: credentials of one person; beleid: policies reviewed periodically; organisatie: certificates and
 *  registrations of the organisation; registratie: dated proof of practice (reports, surveys, audits). */
export type EvidenceCategory = 'persoon' | 'beleid' | 'organisatie' | 'registratie';

/** What a date in the deadline list means, so the calendar can word it. */
export type DeadlineKind = 'verloopdatum' | 'herziening' | 'scholing' | 'meting' | 'evaluatie' | 'start';

export type DateFieldUse = 'required' | 'optional' | 'hidden';

export interface EvidenceType {
  key: string;
  /** Dutch name, without article: 'VOG', 'BHV-certificaat'. */
  label: string;
  /** Dutch article, for sentences like "Upload het BHV-certificaat". */
  article: 'de' | 'het';
  category: EvidenceCategory;
  /** True when a document of this type belongs to one person (personId is set). */
  personal: boolean;
  description: string;
  validity: ValidityRule;
  deadlineKind: DeadlineKind;
  /** Use of the two top-level date fields of EvidenceDocument on the form, with their Dutch labels. */
  issueDate: { use: DateFieldUse; label: string };
  validUntil: { use: DateFieldUse; label: string };
  /** Extra form fields, stored in EvidenceDocument.details. */
  fields: readonly DetailField[];
}
