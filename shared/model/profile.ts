import type { IsoDateTime } from './dates';

export const SERVICES = [
  'begeleiding',
  'huishoudelijke-hulp',
  'persoonlijke-verzorging',
  'dagbesteding-locatie',
  'vervoer',
  'medicatie',
] as const;
export type Service = (typeof SERVICES)[number];

export const CLIENT_GROUPS = ['wmo', 'jeugd', 'wlz'] as const;
export type ClientGroup = (typeof CLIENT_GROUPS)[number];

export type OrganisationKind = 'zzp' | 'organisatie';

/** The intake answers that switch requirements on and off. */
export interface IntakeProfile {
  kind: OrganisationKind;
  /** Number of staff including the owner; 1 for a zzp'er alone. */
  staffCount: number;
  services: Service[];
  clientGroups: ClientGroup[];
  /** Ids of the kaders that apply to this provider. */
  kaderIds: string[];
}

export interface Organisation {
  /** There is one organisation per installation. */
  id: 'org';
  name: string;
  kvk?: string;
  agb?: string;
  address?: string;
  contactPerson?: string;
  profile: IntakeProfile;
  /** The provider's own texts for her public kwaliteitsverslag. */
  verslag?: VerslagTexts;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** What the provider writes for her kwaliteitsverslag before exporting it (kept with the organisation). */
export interface VerslagTexts {
  introduction?: string;
  /** Per theme (the pack's section id, `${kaderId}:${sectionId}`): how she meets its requirements. */
  themes?: Record<string, string>;
  /** List by number which requirements of a theme are not (yet) met. */
  listUnmet?: boolean;
}

export const SERVICE_LABELS: Record<Service, string> = {
  begeleiding: 'Begeleiding',
  'huishoudelijke-hulp': 'Huishoudelijke hulp',
  'persoonlijke-verzorging': 'Persoonlijke verzorging',
  'dagbesteding-locatie': 'Dagbesteding op een eigen locatie',
  vervoer: 'Vervoer',
  medicatie: 'Hulp bij medicatie',
};

export const CLIENT_GROUP_LABELS: Record<ClientGroup, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugdwet',
  wlz: 'Wlz (langdurige zorg thuis)',
};
