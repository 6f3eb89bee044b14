/** The statuses a requirement (per person) can have, their Dutch labels and how bad each is. */
export const STATUSES = [
  'in-orde',
  'verloopt-binnenkort',
  'verlopen',
  'ontbreekt',
  'niet-van-toepassing',
  'handmatig-beoordeeld',
] as const;
export type Status = (typeof STATUSES)[number];

/** Status of one evidence group: the document-derived part only. */
export type EvidenceStatus = Extract<Status, 'in-orde' | 'verloopt-binnenkort' | 'verlopen' | 'ontbreekt'>;

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  'in-orde': 'In orde',
  'verloopt-binnenkort': 'Verloopt binnenkort',
  verlopen: 'Verlopen',
  ontbreekt: 'Ontbreekt',
  'niet-van-toepassing': 'Niet van toepassing',
  'handmatig-beoordeeld': 'Handmatig beoordeeld',
};

/** Higher is worse; used to pick the status of a staff-matrix cell or of a requirement with several groups. */
export const STATUS_SEVERITY: Readonly<Record<Status, number>> = {
  'niet-van-toepassing': 0,
  'in-orde': 1,
  'handmatig-beoordeeld': 2,
  'verloopt-binnenkort': 3,
  verlopen: 4,
  ontbreekt: 5,
};

export function worstStatus<S extends Status>(statuses: readonly S[]): S | undefined {
  let worst: S | undefined;
  for (const s of statuses) if (worst === undefined || STATUS_SEVERITY[s] > STATUS_SEVERITY[worst]) worst = s;
  return worst;
}

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return {
    'in-orde': 0,
    'verloopt-binnenkort': 0,
    verlopen: 0,
    ontbreekt: 0,
    'niet-van-toepassing': 0,
    'handmatig-beoordeeld': 0,
  };
}

export const MANUAL_VERDICT_LABELS: Readonly<Record<'voldaan' | 'deels' | 'niet', string>> = {
  voldaan: 'voldaan',
  deels: 'deels voldaan',
  niet: 'niet voldaan',
};
