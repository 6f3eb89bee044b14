/** Option lists used by evidence forms and by kader filters (EvidenceAccept.where). */
import type { DetailOption } from './types';

/** Diploma kinds; the first seven are the ones kader Midden-Groningen names (§ personeel). */
export const DIPLOMA_KINDS = [
  { value: 'social-work', label: 'Social Work (hbo)' },
  { value: 'begeleider-mz', label: '(Persoonlijk) begeleider maatschappelijke zorg (mbo)' },
  { value: 'spw', label: 'SPW – sociaal-pedagogisch werker (mbo)' },
  { value: 'sph', label: 'SPH – sociaal-pedagogische hulpverlening (hbo)' },
  { value: 'verzorgende-ig', label: 'Verzorgende IG (mbo niveau 3)' },
  { value: 'verpleegkundige', label: 'Verpleegkundige (mbo niveau 4 of hbo-v)' },
  { value: 'gedragswetenschapper', label: 'Gedragswetenschapper (wo: psycholoog, orthopedagoog)' },
  { value: 'mwd', label: 'Maatschappelijk werk en dienstverlening (hbo)' },
  { value: 'pedagogiek', label: 'Pedagogiek (hbo)' },
  { value: 'helpende-zw', label: 'Helpende zorg en welzijn (mbo niveau 2)' },
  { value: 'anders', label: 'Ander diploma' },
] as const satisfies readonly DetailOption[];
export type DiplomaKind = (typeof DIPLOMA_KINDS)[number]['value'];

/**
 * The diploma kinds kader 003 accepts for hulpverleners: the seven it names ("zoals …", § personeel), and hbo
 * MWD, whose graduates hold the same degree as Social Work's: MWD and SPH became the one bachelor Social Work,
 * "de graad op het diploma blijft hetzelfde, namelijk Bachelor of Social Work" (Hanzehogeschool Groningen,
 * 2017/2018: https://groningen.nieuws.nl/nieuws/358733/opleidingen-mwd-en-sph-hanzehogeschool-groningen-samen-nieuwe-bachelor-social-work/).
 * A diploma the kader does not name otherwise still needs the provider's own judgement (no automatic match).
 */
export const MG_WMO_DIPLOMA_KINDS: readonly DiplomaKind[] = [
  'social-work',
  'begeleider-mz',
  'spw',
  'sph',
  'verzorgende-ig',
  'verpleegkundige',
  'gedragswetenschapper',
  'mwd',
];

export const EDUCATION_LEVELS = [
  { value: '2', label: 'mbo niveau 2' },
  { value: '3', label: 'mbo niveau 3' },
  { value: '4', label: 'mbo niveau 4' },
  { value: '6', label: 'hbo (bachelor)' },
  { value: '7', label: 'wo (master)' },
] as const satisfies readonly DetailOption[];

/** Quality marks; the first seven are the ones kader 003 names as recognised (§ kwaliteitsborging). */
export const KEURMERK_KINDS = [
  { value: 'iso-9001', label: 'ISO 9001' },
  { value: 'hkz', label: 'HKZ (ook HKZ light)' },
  { value: 'prezo', label: 'PREZO' },
  { value: 'zorgboerderijen', label: 'Keurmerk Kwaliteitswaarborg Zorgboerderijen' },
  { value: 'kwaliteitskader-gehandicaptenzorg', label: 'Kwaliteitskader Gehandicaptenzorg' },
  { value: 'kiwa-zoz', label: 'Keurmerk ZOZ (Kiwa)' },
  { value: 'kiwa-zzp', label: "Keurmerk ZZP'ers in de Zorg (Kiwa)" },
  { value: 'anders', label: 'Ander keurmerk' },
] as const satisfies readonly DetailOption[];
export type KeurmerkKind = (typeof KEURMERK_KINDS)[number]['value'];

export const MG_WMO_KEURMERK_KINDS: readonly KeurmerkKind[] = [
  'iso-9001',
  'hkz',
  'prezo',
  'zorgboerderijen',
  'kwaliteitskader-gehandicaptenzorg',
  'kiwa-zoz',
  'kiwa-zzp',
];

/** Justis screening profiles; only 45 matters for Wmo care, others are kept as "ander profiel". */
export const VOG_PROFILES = [
  { value: '45', label: '45 – Gezondheid en welzijn van mens en dier' },
  { value: 'ander', label: 'Ander screeningsprofiel' },
] as const satisfies readonly DetailOption[];

export const TRAINING_SUBJECTS = [
  { value: 'meldcode', label: 'Meldcode huiselijk geweld en kindermishandeling' },
  { value: 'agressie', label: 'Omgaan met agressie' },
  { value: 'medicatie', label: 'Medicatieveiligheid' },
  { value: 'privacy', label: 'Privacy en AVG' },
  { value: 'voorbehouden-handelingen', label: 'Voorbehouden en risicovolle handelingen' },
  { value: 'doelgroep', label: 'Doelgroepgerichte scholing' },
  { value: 'anders', label: 'Ander onderwerp' },
] as const satisfies readonly DetailOption[];

export const BIG_PROFESSIONS = [
  { value: 'verpleegkundige', label: 'Verpleegkundige' },
  { value: 'verpleegkundig-specialist', label: 'Verpleegkundig specialist' },
  { value: 'gz-psycholoog', label: 'GZ-psycholoog' },
  { value: 'arts', label: 'Arts' },
  { value: 'fysiotherapeut', label: 'Fysiotherapeut' },
  { value: 'anders', label: 'Ander BIG-beroep' },
] as const satisfies readonly DetailOption[];

/** Client-level practices: the procedure and the dated (anonymised) proof that it is followed. */
export const PRACTICES = [
  { value: 'zorgovereenkomst', label: 'Ondertekende zorgovereenkomst vóór de start' },
  { value: 'uitvoeringsplan', label: 'Uitvoeringsplan met SMART-doelen binnen 3 maanden' },
  { value: 'plan-ondertekend', label: 'Plan ondertekend door de cliënt' },
  { value: 'aansluiting-beschikking', label: 'Ondersteuning past bij beschikking en doelen' },
  { value: 'methoden', label: 'Onderbouwde methoden en interventies' },
  { value: 'integrale-samenwerking', label: 'Afspraken bij meerdere partijen' },
  { value: 'sociaal-netwerk', label: 'Sociaal netwerk en mantelzorg in kaart' },
  { value: 'sociale-kaart', label: 'Bekendheid met de sociale kaart' },
  { value: 'evaluatie', label: 'Jaarlijkse evaluatie, ondertekend door de cliënt' },
  { value: 'evaluatie-gedeeld', label: 'Evaluatie gedeeld met de casemanager' },
  { value: 'melden-wijzigingen', label: 'Gemeente geïnformeerd bij ingrijpende verandering' },
  { value: 'no-shows', label: 'Gemeente geïnformeerd bij meer dan 3 no-shows in 3 maanden' },
  { value: 'warme-overdracht', label: 'Warme overdracht vastgelegd in het dossier' },
  { value: 'risico-inventarisatie', label: 'Risico’s per cliënt in kaart' },
  { value: 'risico-maatregelen', label: 'Maatregelen met de cliënt, vastgelegd in het dossier' },
  { value: 'medicatie', label: 'Medicatieoverzicht en veilige medicatie' },
  { value: 'inspraak', label: 'Keuzevrijheid en inspraak van de cliënt' },
  { value: 'zorgleefplan', label: 'Voorlopig zorgleefplan binnen 24 uur, definitief binnen 6 weken' },
  { value: 'verantwoord-thuis', label: 'Verantwoord thuis wonen besproken en vastgelegd' },
  { value: 'advance-care-planning', label: 'Advance care planning' },
  { value: 'welzijn', label: 'Wonen en welzijn in het zorgleefplan' },
  { value: 'woningaanpassing', label: 'Woningaanpassingen besproken' },
  { value: 'veiligheidsthemas', label: 'Veiligheidsthema’s besproken bij het zorgleefplan' },
  { value: 'anders', label: 'Andere werkwijze' },
] as const satisfies readonly DetailOption[];
export type PracticeKind = (typeof PRACTICES)[number]['value'];

/** Subjects of dated reports (verslagen). */
export const REPORT_SUBJECTS = [
  { value: 'incidentanalyse', label: 'Incidentanalyse en verbetermaatregelen' },
  { value: 'calamiteiten', label: 'Melding en evaluatie van calamiteiten' },
  { value: 'intervisie', label: 'Intervisie, reflectie en ontwikkelgesprekken' },
  { value: 'klachten', label: 'Klachtenregistratie en -jaarverslag' },
  { value: 'lerende-organisatie', label: 'Leren van klachten, incidenten en evaluaties' },
  { value: 'medezeggenschap-advies', label: 'Gebruik van adviezen van cliënten' },
  { value: 'administratie', label: 'Interne controle op administratie en declaraties' },
  { value: 'bezetting', label: 'Personeelsplanning en bezetting' },
  { value: 'dialoog-kwaliteit', label: 'Gesprek over kwaliteit met cliënten en medewerkers' },
  { value: 'lerend-netwerk', label: 'Lerend netwerk met collega-zorgorganisaties' },
  { value: 'governance', label: 'Werken volgens de Governancecode Zorg' },
  { value: 'anders', label: 'Ander verslag' },
] as const satisfies readonly DetailOption[];

/** Subjects of procedures (werkwijzen) that are not one of the named protocols. */
export const PROCEDURE_SUBJECTS = [
  ...PRACTICES.filter((p) => p.value !== 'anders'),
  { value: 'veilige-leercultuur', label: 'Veilige meldcultuur' },
  { value: 'richtlijnen', label: 'Werken volgens richtlijnen (infectiepreventie, vbm, hulpmiddelen)' },
  { value: 'samenwerking', label: 'Samenwerking met andere zorgprofessionals' },
  { value: 'coordinatie', label: 'Coördinatie zorg thuis' },
  { value: 'clientervaring-instrument', label: 'Instrument voor cliëntervaringen' },
  { value: 'kwaliteitsmanagement', label: 'Kwaliteitsmanagementsysteem' },
  { value: 'persoonsgerichte-zorg', label: 'Persoonsgerichte zorg (compassie, uniek zijn, autonomie, zorgdoelen)' },
  { value: 'organisatie-van-zorg', label: 'Organisatie van de zorg en ondersteuning van professionals' },
  { value: 'administratie', label: 'Administratie en declaratie' },
  { value: 'anders', label: 'Andere werkwijze' },
] as const satisfies readonly DetailOption[];

export const PARTICIPATION_FORMS = [
  { value: 'clientenraad', label: 'Cliëntenraad (Wmcz 2018)' },
  { value: 'clientenpanel', label: 'Cliëntenpanel' },
  { value: 'gesprekken', label: 'Gestructureerde gesprekken' },
  { value: 'vragenlijst', label: 'Vragenlijst' },
] as const satisfies readonly DetailOption[];

export const CLIENT_INFO_SUBJECTS = [
  { value: 'inspraak', label: 'Mogelijkheden voor inspraak en feedback' },
  { value: 'vertrouwenspersoon', label: 'Vertrouwenspersoon' },
  { value: 'klachten', label: 'Klachtenprocedure' },
  { value: 'zorgaanbod', label: 'Zorg die thuis geleverd kan worden' },
  { value: 'anders', label: 'Andere informatie' },
] as const satisfies readonly DetailOption[];

export const PARTNER_KINDS = [
  { value: 'specialist-ouderengeneeskunde', label: 'Specialist ouderengeneeskunde' },
  { value: 'huisarts', label: 'Huisarts' },
  { value: 'wijkverpleging', label: 'Wijkverpleging' },
  { value: 'gemeente', label: 'Gemeente / wijkteam' },
  { value: 'anders', label: 'Andere partner' },
] as const satisfies readonly DetailOption[];

export const YES_NO = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
] as const satisfies readonly DetailOption[];
