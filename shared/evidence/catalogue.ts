/**
 * The evidence catalogue: every kind of document the app can hold, with its default validity rule and the
 * detail fields its form needs. Kaders may override the validity per type; the engine never hard-codes a
 * period. Every default period names its source in `basis` (shown to the user next to a computed date);
 * a period without a rule behind it is marked `advice` (a suggested rhythm the user can replace by entering
 * the date), and types whose papers simply run until ended (insurance, vertrouwenspersoon, a training
 * certificate as such) have no period: only a date printed on the document and entered by the user counts.
 * Sources:
 * - BHV: NIBHV, https://www.nibhv.nl/geldigheid-bhv-diploma/ (diploma 1 jaar geldig vanaf afgifte).
 * - EHBO: Het Oranje Kruis, diploma Eerste Hulp 2 jaar geldig (ehbo.nl; verenigingen noemen de vervaldatum).
 * - BIG: Wet BIG art. 8 with the Besluit periodieke registratie Wet BIG (herregistratie elke 5 jaar; CIBG);
 *   SKJ: herregistratie elke 5 jaar (skjeugd.nl).
 * - GVA: Justis, https://www.justis.nl/producten/gva/gva-aanvragen/ ("De GVA is 2 jaar geldig").
 * - KvK-uittreksel ≤ 1 jaar, aansluiting klachtenfunctionaris/geschilleninstantie jaarlijks: Kiwa-keurmerk
 *   (mijnkeurmerk.nl) and Wkkgz; keurmerkcertificaten 3 jaar: the certification schemes (HKZ, ISO 9001).
 * - Cliënttevredenheid elke 2 jaar, interne audit jaarlijks: kader Midden-Groningen (seed 003).
 */
import {
  BIG_PROFESSIONS,
  CLIENT_INFO_SUBJECTS,
  DIPLOMA_KINDS,
  EDUCATION_LEVELS,
  KEURMERK_KINDS,
  PARTICIPATION_FORMS,
  PARTNER_KINDS,
  PRACTICES,
  PROCEDURE_SUBJECTS,
  REPORT_SUBJECTS,
  TRAINING_SUBJECTS,
  VOG_PROFILES,
  YES_NO,
} from './options';
import type { DetailField, EvidenceType } from './types';

const ISSUE = { use: 'required', label: 'Datum van afgifte' } as const;
const NO_VALID_UNTIL = { use: 'hidden', label: 'Geldig tot en met' } as const;
const VALID_UNTIL_OPTIONAL = { use: 'optional', label: 'Geldig tot en met' } as const;
const NOTE: DetailField = { key: 'note', label: 'Opmerking', kind: 'text' };

/** A policy or protocol: "actueel" means reviewed at least yearly unless a kader says otherwise. */
function policy(key: string, label: string, article: 'de' | 'het', description: string, extra: DetailField[] = []): EvidenceType {
  return {
    key,
    label,
    article,
    category: 'beleid',
    personal: false,
    description,
    // The kaders ask for a policy that is "actueel" without a fixed period (kader 003, Veiligheid 9): a yearly
    // review is the usual rhythm, so it is offered as advice and the user's own review date wins.
    validity: { months: 12, basis: 'beleid jaarlijks herzien (het kader vraagt een actueel document)', advice: true },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Vastgesteld of laatst herzien op' },
    validUntil: { use: 'optional', label: 'Volgende herziening uiterlijk' },
    fields: [...extra, { key: 'owner', label: 'Verantwoordelijke', kind: 'text' }, NOTE],
  };
}

const TYPES: EvidenceType[] = [
  // --- Person credentials ---
  {
    key: 'vog',
    label: 'VOG',
    article: 'de',
    category: 'persoon',
    personal: true,
    description: 'Verklaring Omtrent het Gedrag van Justis.',
    // A VOG has no legal expiry; opdrachtgevers set one (Jeugdwet 3 jaar, Kiwa 2 jaar) via a kader override.
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: ISSUE,
    validUntil: NO_VALID_UNTIL,
    fields: [
      {
        key: 'profiles',
        label: 'Screeningsprofiel',
        kind: 'multiselect',
        options: VOG_PROFILES,
        help: 'Voor Wmo-zorg is profiel 45 nodig.',
        // Whether the VOG counts for someone with client contact depends on it (kader 003: profiel 45).
        requiredWhenClientContact: true,
      },
      { key: 'functieaspecten', label: 'Functieaspecten (als er geen profiel is gebruikt)', kind: 'text' },
    ],
  },
  {
    key: 'diploma',
    label: 'diploma',
    article: 'het',
    category: 'persoon',
    personal: true,
    description: 'Diploma of getuigschrift van een opleiding in zorg of welzijn.',
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Datum diploma' },
    validUntil: NO_VALID_UNTIL,
    fields: [
      { key: 'kind', label: 'Soort diploma', kind: 'select', options: DIPLOMA_KINDS, required: true },
      { key: 'level', label: 'Niveau', kind: 'select', options: EDUCATION_LEVELS },
      { key: 'institution', label: 'Onderwijsinstelling', kind: 'text' },
    ],
  },
  {
    key: 'big',
    label: 'BIG-registratie',
    article: 'de',
    category: 'persoon',
    personal: true,
    description: 'Inschrijving in het BIG-register; herregistratie elke 5 jaar.',
    validity: { months: 60, basis: 'BIG-registratie elke 5 jaar herregistreren (Wet BIG art. 8; Besluit periodieke registratie Wet BIG)' },
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Datum (her)registratie' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'number', label: 'BIG-nummer', kind: 'text', required: true },
      { key: 'profession', label: 'Beroep', kind: 'select', options: BIG_PROFESSIONS },
    ],
  },
  {
    key: 'skj',
    label: 'SKJ-registratie',
    article: 'de',
    category: 'persoon',
    personal: true,
    description: 'Registratie bij Stichting Kwaliteitsregister Jeugd; herregistratie elke 5 jaar.',
    validity: { months: 60, basis: 'SKJ-registratie elke 5 jaar herregistreren (SKJ)' },
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Datum (her)registratie' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'number', label: 'SKJ-nummer', kind: 'text', required: true }],
  },
  {
    key: 'bhv',
    label: 'BHV-certificaat',
    article: 'het',
    category: 'persoon',
    personal: true,
    description: 'Certificaat bedrijfshulpverlening; een jaar geldig, te verlengen met een herhalingstraining.',
    validity: { months: 12, basis: 'BHV-certificaat 1 jaar geldig (NIBHV)' },
    deadlineKind: 'scholing',
    issueDate: { use: 'required', label: 'Datum training' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'provider', label: 'Opleider', kind: 'text' }],
  },
  {
    key: 'ehbo',
    label: 'EHBO-diploma',
    article: 'het',
    category: 'persoon',
    personal: true,
    description: 'EHBO-diploma van Het Oranje Kruis; twee jaar geldig.',
    validity: { months: 24, basis: 'EHBO-diploma 2 jaar geldig (Het Oranje Kruis)' },
    deadlineKind: 'scholing',
    issueDate: { use: 'required', label: 'Datum diploma of laatste herhaling' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'provider', label: 'Opleider', kind: 'text' }],
  },
  {
    key: 'reanimatie',
    label: 'reanimatiecertificaat',
    article: 'het',
    category: 'persoon',
    personal: true,
    description: 'Reanimatie en AED (NRR); verloopt niet, jaarlijkse herhaling aangeraden.',
    validity: {},
    deadlineKind: 'scholing',
    issueDate: { use: 'required', label: 'Datum training' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'provider', label: 'Opleider', kind: 'text' }],
  },
  {
    key: 'scholing',
    label: 'scholingscertificaat',
    article: 'het',
    category: 'persoon',
    personal: true,
    description: 'Bewijs van een gevolgde training of bijscholing.',
    validity: {},
    deadlineKind: 'scholing',
    issueDate: { use: 'required', label: 'Datum training' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'subject', label: 'Onderwerp', kind: 'select', options: TRAINING_SUBJECTS, required: true },
      { key: 'provider', label: 'Opleider', kind: 'text' },
      { key: 'hours', label: 'Studiebelasting', kind: 'number', unit: 'uur' },
    ],
  },
  {
    key: 'supervisie',
    label: 'stage- of supervisieovereenkomst',
    article: 'de',
    category: 'persoon',
    personal: true,
    description: 'Stageovereenkomst of supervisieafspraak met de naam van de vakbekwame begeleider.',
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'required', label: 'Datum ondertekening' },
    validUntil: { use: 'optional', label: 'Einde stage of afspraak' },
    fields: [{ key: 'supervisor', label: 'Begeleider', kind: 'text', required: true }],
  },
  // --- Organisation registrations and certificates ---
  {
    key: 'kvk-uittreksel',
    label: 'KvK-uittreksel',
    article: 'het',
    category: 'organisatie',
    personal: false,
    description: 'Uittreksel uit het Handelsregister; opdrachtgevers vragen er meestal een van hooguit een jaar oud.',
    validity: { months: 12, basis: 'KvK-uittreksel hooguit 1 jaar oud (Kiwa-keurmerk)' },
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'required', label: 'Datum uittreksel' },
    validUntil: NO_VALID_UNTIL,
    fields: [{ key: 'kvkNumber', label: 'KvK-nummer', kind: 'text' }],
  },
  {
    key: 'gva',
    label: 'Gedragsverklaring aanbesteden (GVA)',
    article: 'de',
    category: 'organisatie',
    personal: false,
    description: 'Verklaring van Justis dat er geen bezwaren zijn tegen inschrijving op een aanbesteding; 2 jaar geldig.',
    validity: { months: 24, basis: 'GVA 2 jaar geldig (Justis)' },
    deadlineKind: 'verloopdatum',
    issueDate: ISSUE,
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [NOTE],
  },
  {
    key: 'aansprakelijkheidsverzekering',
    label: 'aansprakelijkheidsverzekering',
    article: 'de',
    category: 'organisatie',
    personal: false,
    description: 'Polis beroeps- of bedrijfsaansprakelijkheid; in orde zolang de polis loopt.',
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Ingangsdatum polis' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'insurer', label: 'Verzekeraar', kind: 'text' },
      { key: 'policyNumber', label: 'Polisnummer', kind: 'text' },
      { key: 'coverAmount', label: 'Verzekerd bedrag per aanspraak', kind: 'number', unit: '€' },
    ],
  },
  {
    key: 'klachtenregeling-lidmaatschap',
    label: 'bewijs van aansluiting klachtenfunctionaris en geschilleninstantie',
    article: 'het',
    category: 'organisatie',
    personal: false,
    description: 'Jaarlijks bewijs van aansluiting bij een klachtenfunctionaris en een erkende geschilleninstantie (Wkkgz).',
    validity: { months: 12, basis: 'bewijs van aansluiting elk jaar (Wkkgz; Kiwa-keurmerk)' },
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'required', label: 'Datum bewijs' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'klachtenfunctionaris', label: 'Klachtenfunctionaris (naam of organisatie)', kind: 'text' },
      { key: 'geschilleninstantie', label: 'Geschilleninstantie', kind: 'text' },
    ],
  },
  {
    key: 'kwaliteitscertificaat',
    label: 'kwaliteitscertificaat',
    article: 'het',
    category: 'organisatie',
    personal: false,
    description: 'Certificaat van een erkend kwaliteitsmanagementsysteem of keurmerk.',
    validity: { months: 36, basis: 'keurmerkcertificaat 3 jaar geldig (certificatieschema)' },
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Datum certificering' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'keurmerk', label: 'Keurmerk', kind: 'select', options: KEURMERK_KINDS, required: true },
      { key: 'certifier', label: 'Certificerende instelling', kind: 'text' },
      { key: 'lastAudit', label: 'Laatste (tussentijdse) audit', kind: 'date' },
    ],
  },
  {
    key: 'vertrouwenspersoon',
    label: 'afspraak met de vertrouwenspersoon',
    article: 'de',
    category: 'organisatie',
    personal: false,
    description: 'Overeenkomst of aanstelling van een vertrouwenspersoon voor cliënten.',
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: ISSUE,
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'name', label: 'Vertrouwenspersoon', kind: 'text' }],
  },
  {
    key: 'samenwerkingsafspraak',
    label: 'samenwerkingsafspraak',
    article: 'de',
    category: 'organisatie',
    personal: false,
    description: 'Schriftelijke afspraak met een andere zorgprofessional of organisatie.',
    validity: {},
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum afspraak' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [
      { key: 'partner', label: 'Soort partner', kind: 'select', options: PARTNER_KINDS, required: true },
      { key: 'partnerName', label: 'Naam partner', kind: 'text' },
    ],
  },
  // --- Policies and protocols (reviewed yearly by default) ---
  policy('meldcode', 'meldcode huiselijk geweld en kindermishandeling', 'de', 'De eigen meldcode met het afwegingskader.', [
    { key: 'aandachtsfunctionaris', label: 'Aandachtsfunctionaris', kind: 'text' },
  ]),
  policy('protocol-agressie', 'protocol omgaan met agressie', 'het', 'Hoe medewerkers agressie voorkomen en hanteren.'),
  policy('protocol-bhv', 'BHV-plan', 'het', 'Bedrijfshulpverlening: taken, ontruiming, BHV’ers.'),
  policy('medicatiebeleid', 'medicatiebeleid', 'het', 'Rol bij medicatie: overzicht, opslag, toediening, registratie, evaluatie.'),
  policy('protocol-grensoverschrijdend-gedrag', 'protocol grensoverschrijdend gedrag', 'het', 'Voorkomen en aanpakken van grensoverschrijdend gedrag.'),
  policy('protocol-middelengebruik', 'protocol middelengebruik', 'het', 'Afspraken over alcohol en drugs.'),
  policy('protocol-incidenten', 'protocol incidenten en calamiteiten', 'het', 'Melden, analyseren en leren van incidenten; melden van calamiteiten aan de toezichthouder.'),
  policy('huisregels', 'huis- en gedragsregels', 'de', 'Gedrags- en huisregels voor cliënten en medewerkers.'),
  policy('aannamebeleid', 'aannamebeleid', 'het', 'Welke cliënten wel en niet worden aangenomen (inclusie en exclusie).'),
  policy('personeelsbeleid', 'personeels- en vrijwilligersbeleid', 'het', 'Werving, begeleiding, scholing en ontwikkeling van medewerkers en vrijwilligers.'),
  policy('beleid-niet-gekwalificeerd', 'beleid inzet niet-gekwalificeerd personeel', 'het', 'Hoe niet-gekwalificeerde krachten verantwoord naast professionals werken.'),
  policy('functieomschrijvingen', 'functieomschrijvingen', 'de', 'Taken, verantwoordelijkheden en vereiste deskundigheid per type ondersteuning.'),
  policy('scholingsplan', 'scholingsplan', 'het', 'Jaarlijkse scholing per doelgroep en functie.'),
  policy('privacybeleid', 'privacybeleid', 'het', 'Privacy van cliënten en medewerkers volgens de AVG.'),
  policy('klachtenregeling', 'klachtenregeling', 'de', 'Toegankelijke klachtenprocedure, ook op de website.', [
    { key: 'websiteUrl', label: 'Vindplaats op de website', kind: 'text', help: 'Het adres van de pagina met de klachtenregeling.' },
  ]),
  policy('vervoersafspraken', 'afspraken over veilig vervoer', 'de', 'Afspraken over veilig vervoer van cliënten.'),
  policy('beleid-sociaal-netwerk', 'beleid sociaal netwerk en mantelzorg', 'het', 'Hoe het netwerk en de mantelzorgers van cliënten in kaart komen en worden ondersteund.'),
  policy('vervangingsplan', 'vervangingsplan', 'het', 'Overdracht en voortzetting bij ziekte, vakantie, verlof en einde ondersteuning.'),
  policy('werkwijze', 'werkwijze', 'de', 'Beschreven werkwijze of procedure.', [
    { key: 'subject', label: 'Onderwerp', kind: 'select', options: PROCEDURE_SUBJECTS, required: true },
  ]),
  policy('clientinformatie', 'cliëntinformatie', 'de', 'Folder of webpagina met informatie voor cliënten.', [
    { key: 'subject', label: 'Onderwerp', kind: 'multiselect', options: CLIENT_INFO_SUBJECTS, required: true },
  ]),
  // --- Dated records: surveys, analyses, audits, reports, proof of practice ---
  {
    key: 'tevredenheidsonderzoek',
    label: 'cliënttevredenheidsonderzoek',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Rapport van een meting van cliënttevredenheid of cliëntervaringen.',
    validity: { months: 24, basis: 'cliënttevredenheid elke 2 jaar meten (kader Midden-Groningen)' },
    deadlineKind: 'meting',
    issueDate: { use: 'required', label: 'Datum rapport' },
    validUntil: NO_VALID_UNTIL,
    fields: [
      { key: 'method', label: 'Methode of instrument', kind: 'text' },
      { key: 'respondents', label: 'Aantal deelnemers', kind: 'number' },
      { key: 'nps', label: 'Bevat een Net Promoter Score', kind: 'select', options: YES_NO },
      { key: 'npsScore', label: 'NPS', kind: 'number' },
    ],
  },
  {
    key: 'risicoanalyse',
    label: 'risicoanalyse',
    article: 'de',
    category: 'registratie',
    personal: false,
    description: 'Risicoanalyse op organisatieniveau met maatregelen.',
    validity: { months: 12, basis: 'risicoanalyse jaarlijks bijwerken', advice: true },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum analyse' },
    validUntil: NO_VALID_UNTIL,
    fields: [NOTE],
  },
  {
    key: 'interne-audit',
    label: 'interne audit',
    article: 'de',
    category: 'registratie',
    personal: false,
    description: 'Jaarlijkse controle van gebouwen en personen op een locatie.',
    validity: { months: 12, basis: 'interne audit van de locatie jaarlijks (kader Midden-Groningen)' },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum audit' },
    validUntil: NO_VALID_UNTIL,
    fields: [{ key: 'location', label: 'Locatie', kind: 'text' }, NOTE],
  },
  {
    key: 'keuringsrapport',
    label: 'keuringsrapport',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Veiligheidskeuring van apparatuur en hulpmiddelen.',
    validity: { months: 12, basis: 'keuring jaarlijks', advice: true },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum keuring' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [{ key: 'object', label: 'Gekeurd', kind: 'text' }],
  },
  {
    key: 'medezeggenschap',
    label: 'bewijs van cliënteninspraak',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Reglement, verslag of jaarverslag van de cliëntenraad of een andere vorm van inspraak.',
    validity: { months: 12, basis: 'bewijs van inspraak jaarlijks vernieuwen', advice: true },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum' },
    validUntil: NO_VALID_UNTIL,
    fields: [{ key: 'form', label: 'Vorm van inspraak', kind: 'select', options: PARTICIPATION_FORMS, required: true }],
  },
  {
    key: 'verslag',
    label: 'verslag',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Gedateerd verslag: intervisie, incidentanalyse, klachtenjaarverslag, interne controle.',
    validity: { months: 12, basis: 'verslag jaarlijks', advice: true },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum verslag' },
    validUntil: NO_VALID_UNTIL,
    fields: [{ key: 'subject', label: 'Onderwerp', kind: 'select', options: REPORT_SUBJECTS, required: true }, NOTE],
  },
  {
    key: 'kwaliteitsverslag',
    label: 'kwaliteitsverslag',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Openbaar jaarlijks kwaliteitsverslag.',
    validity: { months: 12, basis: 'kwaliteitsverslag elk jaar (het is een jaarverslag)' },
    deadlineKind: 'herziening',
    issueDate: { use: 'required', label: 'Datum publicatie' },
    validUntil: NO_VALID_UNTIL,
    fields: [
      { key: 'year', label: 'Verslagjaar', kind: 'number' },
      { key: 'publishedAt', label: 'Vindplaats (website)', kind: 'text' },
    ],
  },
  {
    key: 'praktijkbewijs',
    label: 'bewijs uit de praktijk',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Gedateerd, geanonimiseerd voorbeeld dat een werkwijze op cliëntniveau wordt gevolgd.',
    validity: { months: 12, basis: 'bewijs uit de praktijk jaarlijks vernieuwen', advice: true },
    deadlineKind: 'evaluatie',
    issueDate: { use: 'required', label: 'Datum' },
    validUntil: NO_VALID_UNTIL,
    fields: [
      { key: 'practice', label: 'Werkwijze', kind: 'select', options: PRACTICES, required: true },
      { key: 'note', label: 'Toelichting (geen namen of BSN van cliënten)', kind: 'text' },
    ],
  },
  {
    key: 'overig',
    label: 'document',
    article: 'het',
    category: 'registratie',
    personal: false,
    description: 'Ander bewijsstuk; koppel het zelf aan de eisen die het aantoont.',
    validity: {},
    deadlineKind: 'verloopdatum',
    issueDate: { use: 'optional', label: 'Datum' },
    validUntil: VALID_UNTIL_OPTIONAL,
    fields: [NOTE],
  },
];

/** Every evidence type, in the order the UI lists them. */
export const EVIDENCE_TYPES: readonly EvidenceType[] = TYPES;

export const EVIDENCE_TYPES_BY_KEY: ReadonlyMap<string, EvidenceType> = new Map(TYPES.map((t) => [t.key, t]));

export function getEvidenceType(key: string): EvidenceType | undefined {
  return EVIDENCE_TYPES_BY_KEY.get(key);
}

/** The form fields for a type (empty for an unknown type), so the UI can render one form per type. */
export function evidenceFormFields(key: string): readonly DetailField[] {
  return EVIDENCE_TYPES_BY_KEY.get(key)?.fields ?? [];
}

/** "het BHV-certificaat", "de VOG". */
export function evidenceLabelWithArticle(key: string): string {
  const t = EVIDENCE_TYPES_BY_KEY.get(key);
  return t ? `${t.article} ${t.label}` : `het document (${key})`;
}
