import { STATUS_LABELS, type Status } from '../../../shared/engine';

/** Status in words and colour, never colour alone. */
export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  return <span className={`status status-${status}`}>{label ?? STATUS_LABELS[status]}</span>;
}
