import type { AnswerValue, Question } from '../../../../shared/authoring';

/** One question of a questionnaire: text, long text, a choice or several choices. */
export function QuestionField({ q, value, onChange }: { q: Question; value: AnswerValue | undefined; onChange: (v: AnswerValue) => void }) {
  const id = `q-${q.id.replace(/\./g, '-')}`;
  const label = q.required ? q.label : `${q.label} (optioneel)`;
  const help = q.help ? (
    <p className="help" id={`${id}-help`}>
      {q.help}
    </p>
  ) : null;
  const describedBy = q.help ? `${id}-help` : undefined;
  if (q.kind === 'multiselect') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="question" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {q.options?.map((o) => (
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
  const text = typeof value === 'string' ? value : '';
  return (
    <div className="question">
      <label htmlFor={id}>{label}</label>
      {q.kind === 'select' ? (
        <select id={id} value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-required={q.required}>
          <option value="">Kies…</option>
          {q.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : q.kind === 'longtext' ? (
        <textarea id={id} value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-required={q.required} rows={3} />
      ) : (
        <input id={id} type="text" value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-required={q.required} />
      )}
      {help}
    </div>
  );
}
