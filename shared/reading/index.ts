export * from './types';
export { proposeDocument, MIN_TEXT_LETTERS } from './propose';
export { findDates } from './dates';
export { extractPdfText, type PdfJsLike } from './pdf-text';
export { readUpright, otherRotations, readsBetter, LOW_OCR_CONFIDENCE, GOOD_OCR_CONFIDENCE, TURN_MARGIN, type Rotation, type OcrPageResult, type UprightResult } from './ocr-rotation';
export { readPagesUntilEnough, proposalHasDates, MAX_OCR_PAGES, PAGE_BREAK, type PageLoopResult } from './page-loop';
export { OCR_PHOTO_TYPES, dragHoldsPhoto, filesHoldPhoto } from './ocr-need';
