/** The kaders a user can choose in the intake. */
export const KADER_CHOICES: { id: string; title: string; issuer: string }[] = [
  { id: 'mg-wmo', title: 'Kwaliteitskader Wmo', issuer: 'Gemeente Midden-Groningen' },
];
