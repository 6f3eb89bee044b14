/** Dutch phrases for evidence: "het scholingscertificaat (Omgaan met agressie)", "een nieuwe VOG". */
import { getEvidenceType } from '../evidence';
import type { EvidenceAccept } from '../kaders/schema';

/** Labels of the values a `where` filter asks for, e.g. ['Omgaan met agressie']. */
export function whereLabels(accept: EvidenceAccept | undefined): string[] {
  if (!accept?.where) return [];
  const type = getEvidenceType(accept.type);
  const labels: string[] = [];
  for (const [key, values] of Object.entries(accept.where)) {
    const field = type?.fields.find((f) => f.key === key);
    for (const v of values) labels.push(field?.options?.find((o) => o.value === v)?.label ?? v);
  }
  return labels;
}

/** "het BHV-certificaat", optionally with what the filter asks: "het scholingscertificaat (Meldcode …)". */
export function evidencePhrase(type: string, accept?: EvidenceAccept, article: 'definite' | 'new' = 'definite'): string {
  const t = getEvidenceType(type);
  const label = t?.label ?? type;
  const det = article === 'definite' ? (t?.article ?? 'het') : t?.article === 'de' ? 'een nieuwe' : 'een nieuw';
  const labels = accept && accept.type === type ? whereLabels(accept) : [];
  // A long list of accepted kinds (diplomas, keurmerken) is shown with the requirement, not in the action line.
  const suffix = labels.length > 0 && labels.length <= 2 ? ` (${labels.join(' of ')})` : '';
  return `${det} ${label}${suffix}`;
}

/** Short subject for deadline titles: the filter's value label, else the type label. */
export function evidenceSubject(type: string, accept?: EvidenceAccept): string {
  const labels = accept && accept.type === type ? whereLabels(accept) : [];
  if (labels.length === 1 && type !== 'vog') return labels[0]!;
  const label = getEvidenceType(type)?.label ?? type;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
