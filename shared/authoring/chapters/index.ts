export type { Chapter } from './chapter';
import { MELDCODE } from './meldcode';
import { KLACHTEN } from './klachten';
import { AGRESSIE, GRENSOVERSCHRIJDEND, MIDDELEN } from './behaviour';
import { BHV, INCIDENTEN, MEDICATIE } from './safety';
import { AANNAME, HUISREGELS } from './house';
import { CLIENTPAD } from './clientpad';
import { PRIVACY, VERVANGING } from './continuity';
import { ADMINISTRATIE, NETWERK } from './network';
import type { Chapter } from './chapter';

/** Every chapter, in the order of the kwaliteitshandboek (meldcode and klachtenregeling are documents of their own). */
export const CHAPTERS: readonly Chapter[] = [
  MELDCODE,
  KLACHTEN,
  AGRESSIE,
  BHV,
  MEDICATIE,
  GRENSOVERSCHRIJDEND,
  MIDDELEN,
  INCIDENTEN,
  HUISREGELS,
  AANNAME,
  CLIENTPAD,
  NETWERK,
  VERVANGING,
  PRIVACY,
  ADMINISTRATIE,
];

export const CHAPTERS_BY_ID: ReadonlyMap<string, Chapter> = new Map(CHAPTERS.map((c) => [c.id, c]));
