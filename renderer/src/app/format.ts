/** 'YYYY-MM-DD' → 'dd-mm-jjjj'. */
export function formatDateNl(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
