/**
 * Klachtenregeling.
 * Required content (DOMAIN.md): how a client or representative files a complaint; independent handling; how it is
 * decided; how clients learn about the regeling; for zorg under the Wkkgz also a klachtenfunctionaris free of
 * charge, a decision within 6 weeks (once extendable by at most 4 weeks, with written notice) and membership of a
 * recognised geschilleninstantie.
 * Sources checked with the search tool:
 * - Wmo 2015 art. 3.2 lid 1 onder a: the aanbieder has "een regeling voor de afhandeling van klachten van cliënten
 *   ten aanzien van gedragingen van de aanbieder" (https://collegebundel.nl/wet-maatschappelijke-ondersteuning-2015/artikel3.2;
 *   DOMAIN.md said 3.3 – the statute text puts it in 3.2). The klachtencommissie of at least three members with an
 *   independent chair is DOMAIN.md's element; the statute only asks for a careful regeling, so it is written as
 *   this provider's own commitment (kader 003 Cliëntgerichtheid 15.b asks for independent handling).
 * - Wkkgz: 6 weeks, extendable by 4 weeks with written notice; the klachtenfunctionaris is free of charge:
 *   https://klachtverloskunde.nl/ufaqs/hoe-lang-duurt-de-procedure/ and …/meot-ik-betalen-voor-het-indienen-van-een-klacht/
 * - Wmo complaints are not under the Wkkgz unless the provider also gives Zvw/Wlz care:
 *   https://5dok.net/document/1y98wlvz-behandeling-wmo-klachten-volgens-de-wkkgz-wenselijk-niet.html
 * Membership itself is proved by the yearly membership document, never by this text.
 */
import type { Chapter } from './chapter';
import { defaultOwner, h2, joinNl, note, ol, p, ul } from '../text';

const INFORM = [
  { value: 'intake', label: 'Ik vertel het bij het kennismakingsgesprek' },
  { value: 'zorgovereenkomst', label: 'Het staat in de zorgovereenkomst' },
  { value: 'folder', label: 'Cliënten krijgen een folder of brief' },
  { value: 'website', label: 'Het staat op de website' },
] as const;

const INFORM_TEXT: Record<string, string> = {
  intake: 'bij het kennismakingsgesprek wordt de regeling uitgelegd',
  zorgovereenkomst: 'de zorgovereenkomst verwijst naar deze regeling',
  folder: 'iedere cliënt krijgt de regeling op papier',
  website: 'de regeling staat op de website',
};

export const KLACHTEN: Chapter = {
  id: 'klachten',
  title: 'Klachtenregeling',
  evidenceType: 'klachtenregeling',
  proves: ['mg-wmo.clientgerichtheid.klachtenprocedure'],
  questions: [
    {
      id: 'klachten.functionaris',
      label: 'Wie is je klachtenfunctionaris (naam of organisatie)?',
      help: 'Vaak geregeld via een abonnement (“Wkkgz-pakket”) bij een brancheorganisatie of klachtenportaal.',
      kind: 'text',
      required: true,
      prefill: (ctx) => ctx.facts.klachtenfunctionaris,
    },
    {
      id: 'klachten.geschilleninstantie',
      label: 'Bij welke geschilleninstantie of onafhankelijke klachtencommissie ben je aangesloten?',
      kind: 'text',
      required: true,
      prefill: (ctx) => ctx.facts.geschilleninstantie,
    },
    {
      id: 'klachten.contact',
      label: 'Hoe kan een cliënt een klacht bij jou indienen?',
      help: 'Bijvoorbeeld je e-mailadres, telefoonnummer of postadres.',
      kind: 'text',
      required: true,
      prefill: (ctx) => (ctx.address ? `schriftelijk aan ${ctx.address}, per e-mail of telefonisch` : undefined),
    },
    {
      id: 'klachten.informeren',
      label: 'Hoe weten cliënten dat deze regeling er is?',
      kind: 'multiselect',
      options: INFORM,
      required: true,
      prefill: () => ['intake', 'zorgovereenkomst'],
    },
    {
      id: 'klachten.website',
      label: 'Op welke webpagina staat de regeling? (laat leeg als je geen website hebt)',
      kind: 'text',
    },
  ],
  write(ctx, a) {
    const functionaris = a.text('klachten.functionaris', 'de klachtenfunctionaris');
    const instantie = a.text('klachten.geschilleninstantie', 'de geschilleninstantie');
    const website = a.text('klachten.website');
    const informed = a.list('klachten.informeren').map((v) => INFORM_TEXT[v]).filter((s): s is string => !!s);
    if (website && !a.has('klachten.informeren', 'website')) informed.push('de regeling staat op de website');
    const wkkgz = ctx.profile.clientGroups.includes('wlz') || ctx.profile.services.includes('persoonlijke-verzorging');
    return [
      h2(
        'Voor wie is deze regeling',
        p(
          `Iedere cliënt van ${ctx.orgName}, of iemand die namens de cliënt spreekt (een familielid, wettelijk vertegenwoordiger of ` +
            `nabestaande), kan een klacht indienen over hoe ${ctx.orgName} of iemand die voor ${ctx.orgName} werkt zich tegenover de ` +
            'cliënt heeft gedragen. Een klacht indienen kost de cliënt niets en heeft geen gevolgen voor de ondersteuning.',
        ),
      ),
      h2(
        'Een klacht indienen',
        p(`Een klacht kan ${a.text('klachten.contact', 'mondeling of schriftelijk')} worden ingediend.`),
        ol([
          `Bespreken: de cliënt kan de klacht eerst met ${defaultOwner(ctx)} bespreken. Dat hoeft niet; de cliënt mag ook meteen naar de klachtenfunctionaris.`,
          `Klachtenfunctionaris: ${functionaris} helpt de cliënt gratis en onafhankelijk, bemiddelt en zoekt samen naar een oplossing.`,
          `Onafhankelijke behandeling: is de klacht daarna niet opgelost, dan kan de cliënt de klacht voorleggen aan ${instantie}.`,
        ]),
      ),
      h2(
        'Onafhankelijke behandeling',
        p(
          `Een klacht die niet in onderling overleg is opgelost, wordt behandeld door ${instantie}. De commissie die de klacht behandelt ` +
            `bestaat uit ten minste drie leden; de voorzitter werkt niet voor ${ctx.orgName}. Wie bij de klacht betrokken is, beslist ` +
            'er niet over. Beide kanten worden gehoord voordat er een oordeel komt.',
        ),
      ),
      h2(
        'Termijnen en beslissing',
        p(
          `${ctx.orgName} bevestigt de ontvangst van een klacht binnen een week en geeft binnen zes weken na ontvangst een schriftelijk, ` +
            'gemotiveerd oordeel: wat er is onderzocht, wat de uitkomst is en welke maatregelen er volgen, met de termijn waarbinnen dat ' +
            'gebeurt. Is meer tijd nodig, dan kan die termijn één keer met ten hoogste vier weken worden verlengd; de cliënt hoort dat ' +
            'vóór het einde van de zes weken schriftelijk, met de reden.',
        ),
        ...(wkkgz
          ? [note('Voor zorg onder de Wkkgz (zoals Wlz-zorg en persoonlijke verzorging) zijn deze termijnen en een gratis klachtenfunctionaris wettelijk verplicht.')]
          : []),
        p(
          `Is de cliënt het niet eens met het oordeel, of is er geen oordeel binnen de termijn, dan kan de cliënt het geschil voorleggen ` +
            `aan ${instantie}. ${ctx.orgName} is daarbij aangesloten en houdt zich aan de uitspraak.`,
        ),
      ),
      h2(
        'Registreren en leren',
        ul([
          'Iedere klacht wordt vastgelegd met datum, onderwerp, afhandeling en uitkomst, zonder meer persoonsgegevens dan nodig.',
          'Eens per jaar worden de klachten op een rij gezet: wat ging mis, wat is verbeterd en wat verandert er in de werkwijze.',
          'Stukken over een klacht worden vertrouwelijk bewaard en niet langer dan nodig.',
        ]),
      ),
      h2(
        'Hoe cliënten de regeling kennen',
        p(`${informed.length ? `${joinNl(informed)[0]!.toUpperCase()}${joinNl(informed).slice(1)}` : 'Cliënten krijgen de regeling bij de start'}.${website ? ` Adres: ${website}.` : ''}`),
      ),
      h2(
        'Herziening',
        p('Deze regeling wordt elk jaar nagelopen en opnieuw vastgesteld, en eerder als de klachtenfunctionaris of de geschilleninstantie verandert.'),
      ),
    ];
  },
};
