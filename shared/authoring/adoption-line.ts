import { formatDateNl } from '../dates';
import type { GeneratedDocument } from './types';

/** "Vastgesteld op … door …" or, before adoption, a clear concept line. Apart from the PDF renderer so the UI can show it without pdfmake. */
export function adoptionLine(doc: GeneratedDocument): string {
  if (!doc.adoption) return 'Concept – nog niet vastgesteld';
  return `Vastgesteld op ${formatDateNl(doc.adoption.on)} door ${doc.adoption.by}` + (doc.reviewBy ? ` · herzien uiterlijk ${formatDateNl(doc.reviewBy)}` : '');
}
