import type { AnswerValue, Question } from '../../../../shared/authoring';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';

/** One question of a questionnaire: text, long text, a choice or several choices. */
export function QuestionField({ q, value, onChange }: { q: Question; value: AnswerValue | undefined; onChange: (v: AnswerValue) => void }) {
  const id = `q-${q.id.replace(/\./g, '-')}`;
  if (q.kind === 'multiselect') {
    return (
      <CheckboxGroup
        id={id}
        className="question"
        legend={q.label}
        optional={!q.required}
        options={q.options ?? []}
        selected={Array.isArray(value) ? value : []}
        onChange={onChange}
        help={q.help}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <FormField id={id} className="question" label={q.label} optional={!q.required} help={q.help}>
      {(control) =>
        q.kind === 'select' ? (
          <select {...control} value={text} onChange={(e) => onChange(e.target.value)} aria-required={q.required}>
            <SelectOptions options={q.options ?? []} choose />
          </select>
        ) : q.kind === 'longtext' ? (
          <textarea {...control} value={text} onChange={(e) => onChange(e.target.value)} aria-required={q.required} rows={3} />
        ) : (
          <input {...control} type="text" value={text} onChange={(e) => onChange(e.target.value)} aria-required={q.required} />
        )
      }
    </FormField>
  );
}
