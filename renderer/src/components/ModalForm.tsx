import type { FormEvent, ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

/**
 * The shell of a modal on the native <dialog>: a title that names it, a body, and actions that start with the
 * way out. Escape and the cancel button both cancel, neither while `busy`. With `onSubmit` the body and
 * actions are a form, so Enter in a field submits it; without, Enter does nothing the user did not choose.
 */
export function ModalForm({
  title,
  children,
  actions,
  onCancel,
  onSubmit,
  busy = false,
  cancelLabel = 'Annuleren',
  focusCancel = false,
  className,
}: {
  title: string;
  children: ReactNode;
  /** The buttons after the cancel button. */
  actions: ReactNode;
  onCancel: () => void;
  onSubmit?: () => void;
  busy?: boolean;
  cancelLabel?: string;
  /** Gives the cancel button focus first, so Enter never confirms a dangerous step by accident. */
  focusCancel?: boolean;
  className?: string;
}) {
  const { ref, titleId } = useModalDialog();
  const content = (
    <>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="actions">
        <button type="button" onClick={onCancel} autoFocus={focusCancel} disabled={busy}>
          {cancelLabel}
        </button>
        {actions}
      </div>
    </>
  );
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {onSubmit ? (
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (!busy) onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}
