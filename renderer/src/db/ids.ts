/** Random ids for new records; crypto.randomUUID is available in every host we run in. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
