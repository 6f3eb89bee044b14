/**
 * A form's starting values: for each field of `empty`, the stored record's value when it has one, else the empty one.
 * Only the form's own fields are taken, so ids and timestamps of the record stay out of the draft.
 */
export function formDraft<D extends object>(stored: { [K in keyof D]?: D[K] | undefined } | undefined, empty: D): D {
  if (!stored) return empty;
  const draft = { ...empty };
  for (const key of Object.keys(empty) as (keyof D)[]) draft[key] = stored[key] ?? empty[key];
  return draft;
}
