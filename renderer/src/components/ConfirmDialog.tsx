import { type ReactNode } from 'react';
import { ModalForm } from './ModalForm';

/**
 * A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, and the
 * safe choice has focus first so Enter never deletes by accident.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalForm
      title={title}
      busy={busy}
      onCancel={onCancel}
      focusCancel
      actions={
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      }
    >
      {children}
    </ModalForm>
  );
}
