import type { IsoDate } from '../model';

/** How sure the reader is of one proposed value: 0 (a guess) to 1 (printed with its label). */
export type Confidence = number;

/** Fields below this confidence are left empty: the user fills them in rather than checks a guess. */
export const MIN_CONFIDENCE: Confidence = 0.6;

/** One proposed value with how sure the reader is and, in plain Dutch, where it was found. */
export interface ProposedField<T> {
  value: T;
  confidence: Confidence;
  /** Dutch, e.g. 'bij "Geldig tot en met"' or 'bestandsnaam'. Shown next to the field. */
  source: string;
}

/** The minimal view of a person the reader matches names against. */
export interface PersonName {
  id: string;
  name: string;
}

export interface ProposeInput {
  /** Text of the document (pdf.js text layer or OCR); may be empty. */
  text: string;
  fileName: string;
  people: readonly PersonName[];
  /** 'YYYY-MM-DD'; an issue date after today is never proposed. */
  today: IsoDate;
  /** A file type the app cannot read text from (Word, Excel, …): its text is unknown, not absent. */
  unreadable?: boolean;
}

/**
 * What the app proposes for one file. Every field is optional: absent means "not sure, ask the user".
 * Nothing here is stored until the user confirms it.
 */
export interface DocumentProposal {
  /** Key into the evidence catalogue (shared/evidence/catalogue.ts). */
  evidenceType?: ProposedField<string>;
  personId?: ProposedField<string>;
  issueDate?: ProposedField<IsoDate>;
  /** The printed end date ("geldig tot en met"). */
  validUntil?: ProposedField<IsoDate>;
  /** Values for the type's detail fields (EvidenceDocument.details), e.g. profiles ['45'], subject 'meldcode'. */
  details: Record<string, ProposedField<string | string[]>>;
  /** Short Dutch remarks for the user, e.g. that two people are named. */
  notes: string[];
  /** True when the text was too short to read anything from (a scan without text: run OCR). */
  textMissing: boolean;
}
