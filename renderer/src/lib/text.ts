/** "meldcode huiselijk geweld" → "Meldcode huiselijk geweld": catalogue labels are written to sit mid-sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 persoon", "3 personen": a count with the right Dutch form. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
