import type { ReactNode } from 'react';
import type { Person } from '../../../../shared/model';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';

/** "Van wie": the person a personal document belongs to. `children` adds choices after the people. */
export function PersonField({
  id,
  people,
  value,
  onChange,
  help,
  children,
}: {
  id: string;
  people: readonly Person[];
  value: string;
  onChange: (personId: string) => void;
  help?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <FormField id={id} label="Van wie" help={help}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <SelectOptions options={people.map((p) => ({ value: p.id, label: p.name }))} choose />
          {children}
        </select>
      )}
    </FormField>
  );
}
