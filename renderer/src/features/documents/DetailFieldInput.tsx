import type { ReactNode } from 'react';
import type { DetailField } from '../../../../shared/evidence';
import type { DetailValue } from '../../../../shared/model';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';

/** One catalogue-defined field of a document's details form. */
export function DetailFieldInput({
  field,
  idPrefix,
  value,
  onChange,
  required,
  note,
}: {
  field: DetailField;
  idPrefix: string;
  value: DetailValue | undefined;
  onChange: (value: DetailValue | undefined) => void;
  /** Overrides field.required, e.g. the VOG's profile for someone with client contact. */
  required?: boolean;
  /** A line after the catalogue's help, e.g. where the app found the value it proposes. */
  note?: ReactNode;
}) {
  const id = `${idPrefix}-${field.key}`;
  const optional = !(required ?? field.required);
  const help =
    field.help || note ? (
      <>
        {field.help}
        {note}
      </>
    ) : undefined;

  if (field.kind === 'multiselect') {
    return (
      <CheckboxGroup
        id={id}
        className="span"
        legend={field.label}
        optional={optional}
        options={field.options ?? []}
        selected={Array.isArray(value) ? value : []}
        onChange={onChange}
        help={help}
      />
    );
  }

  return (
    <FormField id={id} label={`${field.label}${field.unit ? ` (${field.unit})` : ''}`} optional={optional} help={help}>
      {(control) =>
        field.kind === 'select' ? (
          <select {...control} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
            <SelectOptions options={field.options ?? []} choose />
          </select>
        ) : field.kind === 'number' ? (
          <input
            {...control}
            type="number"
            inputMode="decimal"
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
        ) : (
          <input {...control} type={field.kind === 'date' ? 'date' : 'text'} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />
        )
      }
    </FormField>
  );
}
