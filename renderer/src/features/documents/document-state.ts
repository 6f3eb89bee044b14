/** How a document's own state shows as a badge (colour class of the nearest requirement status, Dutch label). */
import { DOCUMENT_STATE_LABELS, type DocumentState, type Status } from '../../../../shared/engine';

const BADGE: Record<DocumentState, Status> = {
  'in-orde': 'in-orde',
  'verloopt-binnenkort': 'verloopt-binnenkort',
  verlopen: 'verlopen',
  onvolledig: 'ontbreekt',
  vervangen: 'niet-van-toepassing',
  'nog-niet-geldig': 'niet-van-toepassing',
};

export function documentBadge(state: DocumentState): { status: Status; label: string } {
  return { status: BADGE[state], label: DOCUMENT_STATE_LABELS[state] };
}
