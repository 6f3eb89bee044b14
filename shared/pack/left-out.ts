/**
 * Why a stored document is not in the pack, in the reader's words. Every stored document is either an
 * attachment of the pack or listed on the "Niet opgenomen" page with one of these reasons (issue 13, item 7).
 *
 * `notCitedReason` works from what the pack model knows (versions, dates on the peildatum); the engine can
 * later feed a more precise reason per document through PackStoredDocument.notCitedReason.
 */
import { formatDateNl } from './format';

export type LeftOutCode =
  | 'superseded'
  | 'not-yet-issued'
  | 'not-in-force'
  | 'no-requirement'
  | 'other-kader'
  | 'status-filter'
  | 'personal'
  | 'other-person'
  | 'unpicked'
  | 'no-file';

/**
 * Left out to keep staff data out of the pack: the PDF and manifest.json count these and never give their titles
 * or file names (a VOG's title names its holder).
 */
export const PRIVATE_LEFT_OUT: ReadonlySet<LeftOutCode> = new Set<LeftOutCode>(['personal', 'other-person']);

export interface LeftOutDocument {
  documentId: string;
  title: string;
  fileName: string;
  code: LeftOutCode;
  /** Dutch, for the reader. */
  reason: string;
}

/** Short Dutch group names for the one line before building ("2 vervangen door een nieuwere versie"). */
export const LEFT_OUT_GROUP: Record<LeftOutCode, string> = {
  superseded: 'vervangen door een nieuwere versie',
  'not-yet-issued': 'afgegeven na de peildatum',
  'not-in-force': 'niet meer geldig op de peildatum',
  'no-requirement': 'telt voor geen eis in dit pakket',
  'other-kader': 'hoort bij een kader dat niet in dit pakket zit',
  'status-filter': 'hoort bij eisen die deze keuze weglaat',
  personal: 'van een medewerker (persoonlijk)',
  'other-person': 'van een medewerker die niet is gekozen',
  unpicked: 'door jou uitgezet',
  'no-file': 'bestand niet gevonden',
};

export interface StoredDocumentFacts {
  issueDate?: string;
  validUntil?: string;
  supersededByTitle?: string;
  superseded?: boolean;
}

/** Why no requirement of the evaluated kaders cites a stored document on the peildatum. */
export function notCitedReason(doc: StoredDocumentFacts, peildatum: string): { code: LeftOutCode; reason: string } {
  if (doc.superseded) {
    return {
      code: 'superseded',
      reason: doc.supersededByTitle ? `Vervangen door een nieuwere versie (${doc.supersededByTitle}).` : 'Vervangen door een nieuwere versie.',
    };
  }
  if (doc.issueDate && doc.issueDate > peildatum) {
    return { code: 'not-yet-issued', reason: `Afgegeven op ${formatDateNl(doc.issueDate)}, na de peildatum.` };
  }
  if (doc.validUntil && doc.validUntil < peildatum) {
    return { code: 'not-in-force', reason: `Niet meer geldig op de peildatum (geldig tot en met ${formatDateNl(doc.validUntil)}).` };
  }
  return { code: 'no-requirement', reason: 'Telt voor geen eis die in dit pakket van toepassing is.' };
}

/** The same group names for more than one document, where the Dutch verb or noun changes ("2 tellen …"). */
const LEFT_OUT_GROUP_PLURAL: Partial<Record<LeftOutCode, string>> = {
  'no-requirement': 'tellen voor geen eis in dit pakket',
  'other-kader': 'horen bij een kader dat niet in dit pakket zit',
  'status-filter': 'horen bij eisen die deze keuze weglaat',
  'other-person': 'van medewerkers die niet zijn gekozen',
  'no-file': 'bestanden niet gevonden',
};

/** Inverse of the reasons above, for documents whose reason came from elsewhere (the engine). */
export function codeOfReason(reason: string): LeftOutCode {
  if (reason.startsWith('Vervangen')) return 'superseded';
  if (reason.startsWith('Afgegeven op')) return 'not-yet-issued';
  if (reason.startsWith('Niet meer geldig')) return 'not-in-force';
  return 'no-requirement';
}

/** "3 documenten niet opgenomen: 2 vervangen door een nieuwere versie, 1 door jou uitgezet." */
export function leftOutLine(leftOut: readonly { code: string }[], extra: Record<string, string> = {}): string {
  if (leftOut.length === 0) return 'Alle opgeslagen documenten gaan mee in het pakket.';
  const counts = new Map<string, number>();
  for (const d of leftOut) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  const labels: Record<string, string> = { ...LEFT_OUT_GROUP, ...extra };
  const label = (code: string, n: number) => (n > 1 && !(code in extra) ? LEFT_OUT_GROUP_PLURAL[code as LeftOutCode] : undefined) ?? labels[code] ?? code;
  const parts = [...counts.entries()].map(([code, n]) => `${n} ${label(code, n)}`);
  return `${leftOut.length === 1 ? '1 document' : `${leftOut.length} documenten`} niet opgenomen: ${parts.join(', ')}.`;
}
