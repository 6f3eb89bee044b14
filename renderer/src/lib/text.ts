/** "meldcode huiselijk geweld" → "Meldcode huiselijk geweld": catalogue labels are written to sit mid-sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
