import type { DetailField } from '../../../../shared/evidence';
import type { DetailValue } from '../../../../shared/model';

/** One catalogue-defined field of a document's details form. */
export function DetailFieldInput({
  field,
  idPrefix,
  value,
  onChange,
  required,
}: {
  field: DetailField;
  idPrefix: string;
  value: DetailValue | undefined;
  onChange: (value: DetailValue | undefined) => void;
  /** Overrides field.required, e.g. the VOG's profile for someone with client contact. */
  required?: boolean;
}) {
  const id = `${idPrefix}-${field.key}`;
  const isRequired = required ?? field.required;
  const label = field.label;
  const help = field.help ? <p className="help" id={`${id}-help`}>{field.help}</p> : null;
  const describedBy = field.help ? `${id}-help` : undefined;

  if (field.kind === 'multiselect') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="span" aria-describedby={describedBy}>
        <legend>
          {label}
          {!isRequired && <span className="optional"> (optioneel)</span>}
        </legend>
        {field.options?.map((o) => (
          <label className="choice" key={o.value}>
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
        {help}
      </fieldset>
    );
  }

  let input;
  if (field.kind === 'select') {
    input = (
      <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} aria-describedby={describedBy}>
        <option value="">Kies…</option>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'number') {
    input = (
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        aria-describedby={describedBy}
      />
    );
  } else {
    input = (
      <input
        id={id}
        type={field.kind === 'date' ? 'date' : 'text'}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        aria-describedby={describedBy}
      />
    );
  }
  return (
    <>
      <label htmlFor={id}>
        {label}
        {field.unit ? ` (${field.unit})` : ''}
        {!isRequired && <span className="optional"> (optioneel)</span>}
      </label>
      <div>
        {input}
        {help}
      </div>
    </>
  );
}
