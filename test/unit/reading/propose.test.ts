import { describe, expect, it } from 'vitest';
import { findDates, proposeDocument, type DocumentProposal } from '../../../shared/reading';
import { normalizeText } from '../../../shared/reading/normalize';
import { getEvidenceType } from '../../../shared/evidence';

const PEOPLE = [
  { id: 'p-sanne', name: 'Sanne de Vries' },
  { id: 'p-tom', name: 'Tom Hoekstra' },
  { id: 'p-ayse', name: 'Ayşe Yılmaz' },
  { id: 'p-jan', name: 'Jan van der Berg' },
];
const TODAY = '2026-01-10';
const propose = (text: string, fileName = 'document.pdf', people = PEOPLE): DocumentProposal => proposeDocument({ text, fileName, people, today: TODAY });
const values = (p: DocumentProposal) => ({
  type: p.evidenceType?.value,
  person: p.personId?.value,
  issue: p.issueDate?.value,
  until: p.validUntil?.value,
  details: Object.fromEntries(Object.entries(p.details).map(([k, v]) => [k, v.value])),
});

describe('findDates: the Dutch forms', () => {
  it.each([
    ['15-12-2025', '2025-12-15'],
    ['15/12/2025', '2025-12-15'],
    ['15.12.2025', '2025-12-15'],
    ['15 december 2025', '2025-12-15'],
    ['2025-12-15', '2025-12-15'],
    ['5-3-2024', '2024-03-05'],
    ['1 mrt. 2024', '2024-03-01'],
    ['1e februari 2024', '2024-02-01'],
    ['15 - 12 - 2025', '2025-12-15'],
    ['15 Dec 2025', '2025-12-15'],
  ])('%s', (written, iso) => {
    expect(findDates(normalizeText(`Datum: ${written}.`)).map((d) => d.iso)).toEqual([iso]);
  });

  it('skips dates that do not exist and two-digit years', () => {
    expect(findDates(normalizeText('31-02-2025, 29-02-2023, 15-12-25, 32 januari 2025'))).toEqual([]);
    expect(findDates(normalizeText('29-02-2024')).map((d) => d.iso)).toEqual(['2024-02-29']);
  });
});

describe('proposeDocument: varied wordings and layouts', () => {
  it('a VOG with the fields on separate lines, "Datum van afgifte" and a birth date that must not be used', () => {
    const p = propose(
      'JUSTIS\nVERKLARING OMTRENT HET GEDRAG\nAchternaam: Hoekstra\nVoornamen: Tom Pieter\nGeboortedatum: 12-05-1990\nScreeningsprofiel 45: Gezondheid en welzijn van mens en dier\nDatum van afgifte: 03.11.2025',
      'vog.pdf',
    );
    expect(values(p)).toEqual({ type: 'vog', person: 'p-tom', issue: '2025-11-03', until: undefined, details: { profiles: ['45'] } });
    expect(p.issueDate?.source).toBe('bij "datum van afgifte"');
  });

  it('a VOG on specific functieaspecten leaves the profile empty', () => {
    const p = propose('Verklaring Omtrent het Gedrag. Naam: T. Hoekstra. Beoordeeld op functieaspecten 11, 12 en 13. Afgegeven op 2 februari 2025.');
    expect(values(p)).toMatchObject({ type: 'vog', person: 'p-tom', issue: '2025-02-02', details: {} });
  });

  it('a diploma "getuigschrift" hbo with the name as "Berg, J. van der" and no date on it', () => {
    const p = propose('Hanzehogeschool Groningen GETUIGSCHRIFT De examencommissie verklaart dat Berg, J. van der het afsluitend examen van de opleiding Social Work heeft afgelegd en de graad Bachelor of Social Work heeft behaald.');
    expect(values(p)).toEqual({ type: 'diploma', person: 'p-jan', issue: undefined, until: undefined, details: { kind: 'social-work', level: '6' } });
  });

  it('an EHBO diploma is EHBO, not a diploma, with the end date from "geldig t/m"', () => {
    const p = propose('Het Oranje Kruis  Diploma Eerste Hulp  Naam: Ayşe Yılmaz  Datum examen: 20-01-2024  Geldig t/m: 20-01-2026');
    expect(values(p)).toEqual({ type: 'ehbo', person: 'p-ayse', issue: '2024-01-20', until: '2026-01-20', details: {} });
  });

  it('a training certificate about the meldcode is scholing with that subject, not the meldcode itself', () => {
    const p = propose('CERTIFICAAT\nS. de Vries heeft met goed gevolg de e-learning Meldcode huiselijk geweld en kindermishandeling afgerond.\nDatum: 7 oktober 2025\nStudiebelasting: 3 uur', 'certificaat e-learning.pdf');
    expect(values(p)).toEqual({ type: 'scholing', person: 'p-sanne', issue: '2025-10-07', until: undefined, details: { subject: 'meldcode' } });
  });

  it('a meldcode revised twice uses the latest revision date', () => {
    const p = propose('Meldcode huiselijk geweld en kindermishandeling\nVastgesteld op 01-02-2023\nLaatst herzien op 15-01-2025\nHet afwegingskader ...');
    expect(values(p)).toMatchObject({ type: 'meldcode', person: undefined, issue: '2025-01-15' });
  });

  it('a BIG extract with the number and the registration date', () => {
    const p = propose('BIG-register uittreksel. Naam: J. van der Berg. Beroep: verpleegkundige. BIG-nummer: 19012345601. Datum registratie: 14-06-2021. Herregistratie voor: 14-06-2026');
    expect(values(p)).toEqual({ type: 'big', person: 'p-jan', issue: '2021-06-14', until: '2026-06-14', details: { number: '19012345601' } });
  });

  it('a KvK extract with its number and date, though the text says "Datum oprichting" too', () => {
    const p = propose('Kamer van Koophandel. Uittreksel Handelsregister. KvK-nummer: 87654321. Handelsnaam De Vries Begeleiding. Datum oprichting: 01-05-2019. Datum uittreksel: 12-03-2025');
    expect(values(p)).toEqual({ type: 'kvk-uittreksel', person: undefined, issue: '2025-03-12', until: undefined, details: { kvkNumber: '87654321' } });
  });

  it('an HKZ certificate with certification date and end date', () => {
    const p = propose('CERTIFICAAT  Hierbij wordt verklaard dat het kwaliteitsmanagementsysteem van Zorg Noord B.V. voldoet aan de HKZ Certificatieschema Kleine organisaties 2015. Datum certificering: 2024-04-01. Geldig tot: 2027-03-31. Certificerende instelling: Kiwa');
    expect(values(p)).toMatchObject({ type: 'kwaliteitscertificaat', issue: '2024-04-01', until: '2027-03-31', details: { keurmerk: 'hkz' } });
  });

  it('a letter confirming membership of the geschilleninstantie', () => {
    const p = propose('Bewijs van aansluiting\nHierbij bevestigen wij dat De Vries Begeleiding is aangesloten bij de Geschillencommissie Zorg. Aangesloten per 1 januari 2024.', 'aansluiting.pdf');
    expect(values(p)).toMatchObject({ type: 'klachtenregeling-lidmaatschap', issue: '2024-01-01', details: { geschilleninstantie: 'Geschillencommissie zorg' } });
  });

  it('a Gedragsverklaring aanbesteden is proposed as a GVA, never as a VOG', () => {
    const p = propose('Justis  Gedragsverklaring aanbesteden  Rechtspersoon: De Vries Begeleiding B.V.  Datum afgifte: 10-10-2025');
    expect(getEvidenceType('gva')).toBeDefined();
    expect(p.evidenceType?.value).toBe('gva');
    expect(p.issueDate?.value).toBe('2025-10-10');
  });

  it('the file name alone can tell the type when the text is missing, with no date guessed', () => {
    const p = propose('', 'VOG Tom Hoekstra.jpg');
    expect(values(p)).toEqual({ type: 'vog', person: 'p-tom', issue: undefined, until: undefined, details: {} });
    expect(p.textMissing).toBe(true);
    expect(p.personId?.source).toBe('naam in de bestandsnaam');
  });
});

describe('proposeDocument: leaves empty what it is not sure of', () => {
  it('a letter with nothing recognisable: no type, person or date', () => {
    const p = propose('Beste Sanne, hartelijk dank voor je bericht van vorige week. We spreken elkaar op 12-02-2026. Groet, Marieke', 'brief.pdf');
    expect(values(p)).toEqual({ type: undefined, person: undefined, issue: undefined, until: undefined, details: {} });
  });

  it('a lone date without a label is not used', () => {
    const p = propose('Certificaat Bedrijfshulpverlening\nS. de Vries\n14-03-2025', 'bhv.pdf');
    expect(p.evidenceType?.value).toBe('bhv');
    expect(p.issueDate).toBeUndefined();
  });

  it('two people named equally clearly: no person, and a note', () => {
    const p = propose('Certificaat BHV. Deelnemers: Sanne de Vries en Tom Hoekstra. Datum training 01-10-2025');
    expect(p.personId).toBeUndefined();
    expect(p.notes.join(' ')).toMatch(/meerdere namen/);
  });

  it('only the surname is not enough, nor someone with the same first name', () => {
    expect(propose('Certificaat BHV, uitgereikt aan mevrouw De Vries').personId).toBeUndefined();
    expect(propose('Certificaat BHV, uitgereikt aan Sanne Jansen').personId).toBeUndefined();
  });

  it('a single person entered is not assumed when her name is not on the paper', () => {
    expect(propose('Certificaat Bedrijfshulpverlening. Datum training 01-10-2025', 'bhv.pdf', [PEOPLE[0]!]).personId).toBeUndefined();
  });

  it('two different issue dates with equally clear labels: empty, with a note', () => {
    const p = propose('Certificaat BHV voor Tom Hoekstra. Datum training: 01-10-2025. Datum training: 08-10-2025.');
    expect(p.issueDate).toBeUndefined();
    expect(p.notes.join(' ')).toMatch(/verschillende afgiftedatums/);
  });

  it('an issue date in the future is not filled in', () => {
    const p = propose('Certificaat BHV Tom Hoekstra. Datum training: 01-10-2026.');
    expect(p.issueDate).toBeUndefined();
    expect(p.notes.join(' ')).toMatch(/toekomst/);
  });

  it('an end date before the issue date is dropped', () => {
    const p = propose('EHBO diploma Tom Hoekstra. Datum examen: 20-01-2024. Geldig tot: 20-01-2023.');
    expect(p.issueDate?.value).toBe('2024-01-20');
    expect(p.validUntil).toBeUndefined();
  });

  it('a policy mentioning the meldcode in passing and a klachtenregeling in equal measure: no type', () => {
    const p = propose('Werkafspraken. Zie ook de meldcode en de klachtenregeling.', 'afspraken.pdf');
    expect(p.evidenceType).toBeUndefined();
  });

  it('a VOG without a profile printed leaves the profile empty', () => {
    expect(propose('Verklaring Omtrent het Gedrag voor Tom Hoekstra. Datum afgifte 01-10-2025.').details).toEqual({});
  });

  it('a diploma without a level or a known programme leaves those empty', () => {
    const p = propose('DIPLOMA  Tom Hoekstra heeft de opleiding Bloemschikken met goed gevolg afgerond. Utrecht, 3 juli 2020');
    expect(values(p)).toMatchObject({ type: 'diploma', person: 'p-tom', issue: '2020-07-03', details: {} });
  });
});

describe('proposeDocument: a file whose text the app cannot read', () => {
  it('a Word file: the type from its name says so, and the note does not claim the file has no text', () => {
    const p = proposeDocument({ text: '', fileName: 'Klachtenregeling.docx', people: PEOPLE, today: TODAY, unreadable: true });
    expect(p.evidenceType).toMatchObject({ value: 'klachtenregeling', source: 'in de bestandsnaam' });
    expect(p.notes).toEqual(['De app kan de tekst van dit soort bestand niet lezen. Vul de gegevens zelf in.']);
  });

  it('a scan without text still says it has (almost) no text; a type from its text says "tekst en bestandsnaam"', () => {
    expect(propose('', 'klachtenregeling.pdf').notes).toContain('In dit bestand staat (bijna) geen tekst. Controleer alles zelf.');
    const withText = propose('Klachtenregeling\nDeze klachtenregeling beschrijft hoe een cliënt een klacht indient bij de klachtenfunctionaris.', 'klachtenregeling.pdf');
    expect(withText.evidenceType?.source).toBe('tekst en bestandsnaam');
  });
});
