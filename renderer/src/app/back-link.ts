import type { AppRoute } from '../../../shared/bridge';
import { hrefFor, type Location } from './routing';

/** Each page's name as the menu shows it. */
export const ROUTE_LABELS: Record<AppRoute, string> = {
  overzicht: 'Overzicht',
  checklist: 'Checklist',
  personeel: 'Personeel',
  documenten: 'Documenten',
  opstellen: 'Opstellen',
  termijnen: 'Termijnen',
  pakket: 'Bewijspakket',
  opdrachtgevers: 'Opdrachtgevers',
  kaders: 'Kaders',
  instellingen: 'Instellingen',
  over: 'Over',
};

export interface BackLink {
  href: string;
  label: string;
}

/**
 * Where a detail page's "←" leads: back to the page she came from (Documenten, the checklist at that
 * requirement, Termijnen, a questionnaire …), named as in the menu. From another document (a version) or a
 * person's page, and when she opened the page directly, the page's own parent (`fallback`) is the way back.
 */
export function backLink(previous: Location | undefined, fallback: BackLink): BackLink {
  if (!previous) return fallback;
  const { route, params } = previous;
  if (params.length > 0 && (route === 'documenten' || route === 'personeel')) return fallback;
  return { href: hrefFor(route, ...params), label: ROUTE_LABELS[route] };
}
