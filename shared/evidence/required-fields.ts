/** Which detail fields a document must have filled in, given the person it belongs to. */
import type { DetailField } from './types';

export function isFieldRequired(field: DetailField, person?: { clientContact: boolean }): boolean {
  return !!field.required || (!!field.requiredWhenClientContact && !!person?.clientContact);
}

/** The first required field that is empty, or undefined when all are filled. */
export function firstMissingField(
  fields: readonly DetailField[],
  details: Readonly<Record<string, unknown>>,
  person?: { clientContact: boolean },
): DetailField | undefined {
  return fields.find((f) => {
    if (!isFieldRequired(f, person)) return false;
    const v = details[f.key];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
