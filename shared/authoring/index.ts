/**
 * Guided documents: questionnaires per document type, a generator from answers to the provider's own text, and
 * how the adopted text is stored as evidence. See docs/authoring.md.
 */
export * from './types';
export { CHAPTERS, CHAPTERS_BY_ID, type Chapter } from './chapters';
export {
  DOCUMENT_KINDS,
  KWALITEITSHANDBOEK,
  REVIEW_MONTHS,
  chaptersFor,
  generateDocument,
  getDocumentKind,
  kindApplies,
  missingAnswers,
  plainText,
  questionsFor,
  reviewDate,
  withPrefill,
  type DocumentKind,
} from './documents';
export { buildContext, type ContextSource } from './context';
export { GENERATED_DETAIL, coverageByKind, evidencePlan, kindsForRequirement, wouldHelp, type EvidencePlan, type KindCoverage } from './coverage';
export { joinNl } from './text';
