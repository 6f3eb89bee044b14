/** Role keys a Person can hold (Person.roles); requirements with a role scope target them. */
export interface RoleDef {
  key: string;
  label: string;
  description: string;
}

export const ROLES = [
  { key: 'begeleider', label: 'Begeleider', description: 'Biedt begeleiding of ondersteuning aan cliënten.' },
  { key: 'verzorgende', label: 'Verzorgende', description: 'Biedt persoonlijke verzorging.' },
  { key: 'verpleegkundige', label: 'Verpleegkundige', description: 'Verpleegkundige met een BIG-registratie.' },
  { key: 'evv', label: 'Eerst verantwoordelijk verzorgende (EVV)', description: 'Verantwoordelijk voor het zorgleefplan (Wlz).' },
  { key: 'jeugdprofessional', label: 'Jeugdprofessional (SKJ)', description: 'Jeugdhulp waarvoor SKJ-registratie nodig is.' },
  { key: 'gedragswetenschapper', label: 'Gedragswetenschapper', description: 'Psycholoog of orthopedagoog.' },
  { key: 'huishoudelijk-medewerker', label: 'Huishoudelijk medewerker', description: 'Huishoudelijke hulp.' },
  { key: 'bhv', label: 'BHV’er', description: 'Bedrijfshulpverlener met een geldig BHV-certificaat.' },
  { key: 'ehbo', label: 'EHBO’er', description: 'Heeft een geldig EHBO-diploma.' },
  { key: 'aandachtsfunctionaris', label: 'Aandachtsfunctionaris meldcode', description: 'Vraagbaak en regisseur bij de meldcode.' },
  { key: 'klachtenfunctionaris', label: 'Klachtenfunctionaris', description: 'Behandelt klachten onafhankelijk.' },
  { key: 'vertrouwenspersoon', label: 'Vertrouwenspersoon', description: 'Vertrouwenspersoon voor cliënten.' },
  { key: 'werkbegeleider', label: 'Werkbegeleider', description: 'Begeleidt stagiairs en ervaringsdeskundigen.' },
  { key: 'ervaringsdeskundige', label: 'Ervaringsdeskundige', description: 'Werkt onder supervisie van een vakbekwame professional.' },
  { key: 'leidinggevende', label: 'Leidinggevende', description: 'Eigenaar, bestuurder of teamleider.' },
] as const satisfies readonly RoleDef[];

export type RoleKey = (typeof ROLES)[number]['key'];

export const ROLE_KEYS: readonly string[] = ROLES.map((r) => r.key);

export const ROLE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(ROLES.map((r) => [r.key, r.label]));

export function isRoleKey(key: string): key is RoleKey {
  return ROLE_KEYS.includes(key);
}
