/**
 * Types of the guided documents: questions, stored answers, and the structured document a generator writes
 * from them. Pure data plus functions over the intake; renderers (PDF, Word) read only GeneratedDocument.
 */
import type { IntakeProfile } from '../model';

export type AnswerValue = string | string[];
/** Answers by question id (`<chapter>.<name>`). */
export type Answers = Record<string, AnswerValue>;

export interface QuestionOption {
  value: string;
  label: string;
}

export interface Question {
  /** Unique over all chapters: `<chapter>.<name>`. */
  id: string;
  /** The question in plain Dutch. */
  label: string;
  help?: string;
  kind: 'text' | 'longtext' | 'select' | 'multiselect';
  options?: readonly QuestionOption[];
  required?: boolean;
  /** False: the intake rules this question out; it is not asked and the text uses a sentence that fits. */
  askIf?: (ctx: AuthoringContext) => boolean;
  /** A proposal from what the app already knows (organisation, people, roles, documents). */
  prefill?: (ctx: AuthoringContext) => AnswerValue | undefined;
}

export interface ContextPerson {
  name: string;
  functionTitle: string;
  roles: readonly string[];
  kind: string;
  clientContact: boolean;
}

/** What the app already knows about the provider, as the questionnaires and generators see it. */
export interface AuthoringContext {
  orgName: string;
  kvk?: string;
  address?: string;
  contactPerson?: string;
  profile: IntakeProfile;
  /** A zzp'er working alone: no team, no BHV'ers, she consults people outside her business. */
  solo: boolean;
  /** People still working (no end date before today). */
  people: readonly ContextPerson[];
  /** Facts read from stored documents (details of the Wkkgz membership, the vertrouwenspersoon). */
  facts: { klachtenfunctionaris?: string; geschilleninstantie?: string; vertrouwenspersoon?: string };
}

export type Block =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  /** A short boxed remark, e.g. what this text cannot prove by itself. */
  | { type: 'note'; text: string };

export interface DocSection {
  heading: string;
  /** 1 = chapter, 2 = paragraph heading. */
  level: 1 | 2;
  blocks: Block[];
}

/** Who adopted the text and when ("vastgesteld op … door …"). */
export interface Adoption {
  /** ISO date. */
  on: string;
  by: string;
}

export interface GeneratedDocument {
  kind: string;
  title: string;
  orgName: string;
  /** Lines under the title: KvK, address. */
  orgLines: string[];
  adoption?: Adoption;
  /** ISO date of the next review (a year after adoption unless a source says otherwise). */
  reviewBy?: string;
  sections: DocSection[];
}

/** Reads answers with fallbacks, so a generator never prints "undefined". */
export interface AnswerReader {
  text(id: string, fallback?: string): string;
  list(id: string): string[];
  has(id: string, value: string): boolean;
}
