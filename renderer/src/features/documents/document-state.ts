/** How a document's own state shows as a badge (colour class of the nearest requirement status, Dutch label). */
import { deadlineStatusLabel } from '../../../../shared/calendar';
import { DOCUMENT_STATE_LABELS, type DocumentState, type Status } from '../../../../shared/engine';
import { getEvidenceType } from '../../../../shared/evidence';

const BADGE: Record<DocumentState, Status> = {
  'in-orde': 'in-orde',
  'verloopt-binnenkort': 'verloopt-binnenkort',
  verlopen: 'verlopen',
  onvolledig: 'ontbreekt',
  vervangen: 'niet-van-toepassing',
  'nog-niet-geldig': 'niet-van-toepassing',
};

/** A policy due for review says "Herziening binnenkort", not "Verloopt binnenkort" (same words as Termijnen). */
export function documentBadge(state: DocumentState, evidenceType?: string): { status: Status; label: string } {
  const kind = evidenceType ? getEvidenceType(evidenceType)?.deadlineKind : undefined;
  const label =
    kind && (state === 'verloopt-binnenkort' || state === 'verlopen' || state === 'in-orde') && kind === 'herziening'
      ? deadlineStatusLabel(kind, state)
      : DOCUMENT_STATE_LABELS[state];
  return { status: BADGE[state], label };
}
