export * from './sha256';
export * from './sniff';
export * from './pdf';
export * from './images';
export * from './validate-import';
export * from './document-dates';
export { formatMb } from './bytes';
