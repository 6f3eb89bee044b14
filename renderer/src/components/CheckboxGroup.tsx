import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHelp, OptionalMark } from './FormField';

/** Several choices of one question as checkboxes under a legend, with help and error text like a FormField. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  optional,
  options,
  selected,
  onChange,
  help,
  error,
  className,
  listClassName,
}: {
  /** Base of the help and error ids. */
  id: string;
  legend: ReactNode;
  optional?: boolean | undefined;
  /** `title` is a tooltip with more about the choice. */
  options: readonly { value: T; label: ReactNode; title?: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  help?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** Wraps the checkboxes in a div with this class (e.g. to lay them out in columns). */
  listClassName?: string;
}) {
  const boxes = options.map((o) => (
    <label className="choice" key={o.value} title={o.title}>
      <input
        type="checkbox"
        checked={selected.includes(o.value)}
        onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
      />
      {o.label}
    </label>
  ));
  return (
    <fieldset className={className} aria-describedby={describedBy(id, help, error)}>
      <legend>
        {legend}
        <OptionalMark optional={optional} />
      </legend>
      {listClassName ? <div className={listClassName}>{boxes}</div> : boxes}
      <FieldHelp id={id} help={help} />
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
