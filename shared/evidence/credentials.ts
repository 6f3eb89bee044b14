/**
 * Columns of the staff matrix (people × credentials). A person-scoped requirement names the credential it
 * checks (Requirement.credential); requirements of several kaders can share one column.
 */
export interface CredentialDef {
  key: string;
  label: string;
}

export const CREDENTIALS = [
  { key: 'vog', label: 'VOG' },
  { key: 'diploma', label: 'Diploma' },
  { key: 'big', label: 'BIG' },
  { key: 'skj', label: 'SKJ' },
  { key: 'bhv', label: 'BHV' },
  { key: 'ehbo', label: 'EHBO' },
  { key: 'scholing-meldcode', label: 'Scholing meldcode' },
  { key: 'scholing-agressie', label: 'Scholing agressie' },
  { key: 'supervisie', label: 'Supervisie' },
] as const satisfies readonly CredentialDef[];

export const CREDENTIAL_LABELS: Readonly<Record<string, string>> = Object.fromEntries(CREDENTIALS.map((c) => [c.key, c.label]));
