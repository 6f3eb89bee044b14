import { useEffect, useId, useRef } from 'react';

/** Opens a native <dialog> as a modal while the component is mounted (focus trapped, page inert). */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return { ref, titleId };
}
