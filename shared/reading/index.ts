export * from './types';
export { proposeDocument, MIN_TEXT_LETTERS } from './propose';
export { findDates } from './dates';
export { extractPdfText, type PdfJsLike } from './pdf-text';
