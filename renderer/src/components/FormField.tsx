import type { ReactNode } from 'react';

/** What a field's control must carry so its label, help and error reach a screen reader. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** The ids a control's help and error text get, joined for aria-describedby (undefined when there is none). */
export function describedBy(id: string, help: ReactNode, error: string | undefined): string | undefined {
  const ids = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** "(optioneel)" after a label: muted, so the label itself stays the first thing read. */
export function OptionalMark({ optional }: { optional: boolean | undefined }) {
  return optional ? <span className="optional"> (optioneel)</span> : null;
}

/** Help text under a field, with the id its control points to. */
export function FieldHelp({ id, help }: { id: string; help: ReactNode }) {
  if (!help) return null;
  return (
    <p className="help" id={`${id}-help`}>
      {help}
    </p>
  );
}

/** An error under a field, announced when it appears, with the id its control points to. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="error" role="alert" id={`${id}-error`}>
      {error}
    </p>
  );
}

/**
 * One labelled control with its help and error text. The control is rendered by `children` with the props
 * that tie it to its label and texts. In a .form-grid (the default) the label takes the left column; with a
 * `className` the field is one block with the label above the control.
 */
export function FormField({
  id,
  label,
  optional,
  help,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  /** Says "(optioneel)" after the label. */
  optional?: boolean | undefined;
  help?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const ids = describedBy(id, help, error);
  const control = children({ id, ...(ids ? { 'aria-describedby': ids } : {}), ...(error ? { 'aria-invalid': true as const } : {}) });
  const labelEl = (
    <label htmlFor={id}>
      {label}
      <OptionalMark optional={optional} />
    </label>
  );
  if (className) {
    return (
      <div className={className}>
        {labelEl}
        {control}
        <FieldHelp id={id} help={help} />
        <FieldError id={id} error={error} />
      </div>
    );
  }
  return (
    <>
      {labelEl}
      <div>
        {control}
        <FieldHelp id={id} help={help} />
        <FieldError id={id} error={error} />
      </div>
    </>
  );
}
