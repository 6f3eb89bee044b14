/** Dutch labels the engine uses in reasons and deadline titles; *_PHRASES read inside a sentence (the UI's own labels are in shared/model). */
import type { ClientGroup, OrganisationKind, PersonKind, Service } from '../model';
import type { DeadlineKind } from '../evidence';

export const SERVICE_PHRASES: Readonly<Record<Service, string>> = {
  begeleiding: 'begeleiding',
  'huishoudelijke-hulp': 'huishoudelijke hulp',
  'persoonlijke-verzorging': 'persoonlijke verzorging',
  'dagbesteding-locatie': 'dagbesteding op een eigen locatie',
  vervoer: 'vervoer van cliënten',
  medicatie: 'een rol bij medicatie',
};

export const CLIENT_GROUP_PHRASES: Readonly<Record<ClientGroup, string>> = {
  wmo: 'Wmo',
  jeugd: 'Jeugdwet',
  wlz: 'Wlz',
};

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  zzp: 'zzp’er zonder personeel',
  organisatie: 'organisatie met personeel',
};

export const PERSON_KIND_LABELS: Readonly<Record<PersonKind, string>> = {
  medewerker: 'medewerker',
  'zzp-onderaannemer': 'zzp-onderaannemer',
  vrijwilliger: 'vrijwilliger',
  stagiair: 'stagiair',
  eigenaar: 'eigenaar',
};

export const PERSON_KIND_PLURALS: Readonly<Record<PersonKind, string>> = {
  medewerker: 'medewerkers',
  'zzp-onderaannemer': 'zzp-onderaannemers',
  vrijwilliger: 'vrijwilligers',
  stagiair: 'stagiairs',
  eigenaar: 'eigenaren',
};

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  verloopdatum: 'Verloopt',
  herziening: 'Herzien',
  scholing: 'Scholing vernieuwen',
  meting: 'Nieuwe meting',
  evaluatie: 'Opnieuw vastleggen',
  start: 'Nodig vóór de start',
};

/** Joins Dutch list items: "a", "a of b", "a, b of c". */
export function joinNl(items: readonly string[], last = 'of'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
