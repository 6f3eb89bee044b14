/**
 * Meldcode huiselijk geweld en kindermishandeling.
 * Required content (DOMAIN.md, "What each document must contain"): the five steps, the afwegingskader of the
 * beroepsgroep, who does what per step, recording in the dossier, the kindcheck, training and support, and the
 * beroepsgeheim with the meldrecht.
 * Sources checked with the search tool:
 * - five steps (signalen in kaart, overleg/Veilig Thuis, gesprek, wegen met het afwegingskader, beslissen):
 *   https://www.geldrop-mierlo.nl/mishandeling-of-huiselijk-geweld (summary of the Rijksoverheid basismodel);
 * - afwegingskader compulsory in steps 4 and 5 since 1-1-2019, sectors incl. maatschappelijke ondersteuning:
 *   https://deregenboogeverdingen.nl/faq/meldcode, https://www.kngf.nl/article/jij-en-anderen/patienten/meldcode-huiselijk-geweld;
 * - Veilig Thuis national number 0800-2000, 24 hours a day, anonymous advice possible: geldrop-mierlo.nl (above).
 * An aandachtsfunctionaris is advised, not required (DOMAIN.md), so it is only asked of a team.
 */
import type { Chapter } from './chapter';
import { bySize, defaultOwner, h2, holders, joinNl, note, ol, p, sentence, ul } from '../text';

const FRAMEWORKS = [
  { value: 'sociaal-werk', label: 'Het afwegingskader van de beroepsvereniging voor sociaal werk (BPSW)' },
  { value: 'verpleging-verzorging', label: 'Het afwegingskader van de beroepsvereniging voor verpleging en verzorging (V&VN)' },
  { value: 'jeugd', label: 'Het afwegingskader voor jeugdprofessionals' },
  { value: 'basismodel', label: 'Het afwegingskader uit het basismodel meldcode van de Rijksoverheid' },
] as const;

export const MELDCODE: Chapter = {
  id: 'meldcode',
  title: 'Meldcode huiselijk geweld en kindermishandeling',
  evidenceType: 'meldcode',
  proves: ['mg-wmo.veiligheid.meldcode'],
  questions: [
    {
      id: 'meldcode.overleg',
      label: 'Met wie overleg je in stap 2 als je je zorgen maakt over een cliënt?',
      help: 'Je werkt alleen, dus noem iemand buiten je bedrijf: een collega-zzp’er, je intervisiegroep of een aandachtsfunctionaris bij een andere organisatie.',
      kind: 'text',
      required: true,
      askIf: (ctx) => ctx.solo,
    },
    {
      id: 'meldcode.aandachtsfunctionaris',
      label: 'Wie is de aandachtsfunctionaris (de vraagbaak voor de meldcode)?',
      help: 'Niet verplicht, wel aan te raden. Laat leeg als jullie er geen hebben.',
      kind: 'text',
      askIf: (ctx) => !ctx.solo,
      prefill: (ctx) => holders(ctx, 'aandachtsfunctionaris')[0],
    },
    {
      id: 'meldcode.beslisser',
      label: 'Wie neemt in stap 5 samen met de begeleider het besluit om te melden?',
      kind: 'text',
      required: true,
      askIf: (ctx) => !ctx.solo,
      prefill: (ctx) => defaultOwner(ctx),
    },
    {
      id: 'meldcode.afwegingskader',
      label: 'Welk afwegingskader gebruik je in stap 4 en 5?',
      help: 'Kies het kader van je eigen beroepsgroep.',
      kind: 'select',
      options: FRAMEWORKS,
      required: true,
      prefill: (ctx) =>
        ctx.profile.clientGroups.includes('jeugd') && ctx.profile.clientGroups.length === 1
          ? 'jeugd'
          : ctx.profile.services.includes('persoonlijke-verzorging')
            ? 'verpleging-verzorging'
            : 'sociaal-werk',
    },
    {
      id: 'meldcode.vastleggen',
      label: 'Waar leg je signalen en de stappen vast?',
      kind: 'longtext',
      required: true,
      prefill: () => 'in het dossier van de cliënt, in een apart deel dat alleen de betrokken begeleiding kan inzien',
    },
    {
      id: 'meldcode.scholing',
      label: 'Hoe houd je je kennis van de meldcode bij?',
      kind: 'text',
      required: true,
      prefill: () => 'elk jaar een training of e-learning meldcode huiselijk geweld en kindermishandeling',
    },
  ],
  write(ctx, a) {
    const framework = FRAMEWORKS.find((f) => f.value === a.text('meldcode.afwegingskader'))?.label ?? FRAMEWORKS[0].label;
    const consult = a.text('meldcode.overleg', 'een ervaren collega buiten mijn bedrijf');
    const af = a.text('meldcode.aandachtsfunctionaris');
    const decider = a.text('meldcode.beslisser', defaultOwner(ctx));
    const record = a.text('meldcode.vastleggen', 'in het dossier van de cliënt');
    return [
      h2(
        'Waarom deze meldcode',
        p(
          `${ctx.orgName} werkt met mensen thuis en ziet soms signalen van huiselijk geweld, ouderenmishandeling of ` +
            'kindermishandeling. Deze meldcode beschrijft stap voor stap wat er dan gebeurt, zodat niemand bij twijfel alleen ' +
            'staat en er op tijd hulp komt. Het gaat om lichamelijk, psychisch en seksueel geweld en om verwaarlozing, bij ' +
            'volwassenen én kinderen.',
        ),
      ),
      h2(
        'Wie doet wat',
        p(
          bySize(
            ctx,
            `${defaultOwner(ctx)} werkt alleen en doorloopt alle stappen zelf. Voor het overleg in stap 2 is dat ${consult}; ` +
              'daarnaast is advies van Veilig Thuis altijd mogelijk. Het besluit in stap 5 neemt de zelfstandige zelf, na dat overleg.',
            'De begeleider die de signalen ziet, doorloopt de stappen en legt ze vast. ' +
              (af ? `${af} is aandachtsfunctionaris: denkt mee, kent de sociale kaart en bewaakt dat de stappen worden gevolgd. ` : '') +
              `Het besluit in stap 5 neemt de begeleider samen met ${decider}.`,
          ),
        ),
      ),
      h2(
        'De vijf stappen',
        ol([
          `Stap 1 – Signalen in kaart brengen en vastleggen. Schrijf op wat je ziet en hoort, met datum, wie het zei en in welke situatie; houd feiten en je eigen interpretatie apart. Dit gebeurt ${record}.`,
          `Stap 2 – Collegiale consultatie en, zo nodig, advies van Veilig Thuis. Bespreek de signalen met ${ctx.solo ? consult : af || 'een collega'}. Vraag bij twijfel advies aan Veilig Thuis via 0800-2000 (dag en nacht bereikbaar, advies kan zonder namen). Noteer het advies.`,
          'Stap 3 – Gesprek met de cliënt. Bespreek je zorgen open met de cliënt (bij een kind: met de ouders en, als het kan, met het kind zelf). Sla dit gesprek alleen over als het de veiligheid van iemand in gevaar brengt of als de cliënt dan uit beeld raakt; leg die reden vast.',
          'Stap 4 – Wegen met het afwegingskader. Beoordeel met het afwegingskader of er een vermoeden is van huiselijk geweld of kindermishandeling, en of er sprake is van acute of structurele onveiligheid.',
          'Stap 5 – Beslissen. Is er acute of structurele onveiligheid, of twijfel daarover, dan volgt altijd een melding bij Veilig Thuis. Is dat niet zo, dan wordt besloten of passende hulp zelf kan worden geboden of georganiseerd; lukt dat niet, of wordt het niet veilig, dan volgt alsnog een melding.',
        ]),
      ),
      h2(
        'Het afwegingskader',
        p(`${framework} wordt gebruikt in stap 4 en 5. Het kader loopt deze vragen langs:`),
        ol([
          'Is er een vermoeden van huiselijk geweld of kindermishandeling?',
          'Is er sprake van acute onveiligheid of structurele onveiligheid? Zo ja: melden bij Veilig Thuis.',
          'Kan ik (of kunnen wij) voldoende hulp bieden of organiseren om de dreiging af te wenden?',
          'Aanvaarden de betrokkenen die hulp en werken zij mee?',
          'Leidt de hulp binnen de afgesproken tijd tot duurzame veiligheid? Zo nee: alsnog melden.',
        ]),
        note('Sinds 1 januari 2019 is werken met een afwegingskader in stap 4 en 5 verplicht.'),
      ),
      h2(
        'Aandacht voor kinderen in het gezin (kindcheck)',
        p(
          'Ook bij een volwassen cliënt wordt nagegaan of er kinderen in het huishouden zijn of regelmatig komen. Is de cliënt in een ' +
            'situatie die de zorg voor die kinderen kan bedreigen (bijvoorbeeld ernstige psychische problemen, verslaving of geweld), ' +
            'dan worden de stappen van deze meldcode ook voor de kinderen doorlopen.',
        ),
      ),
      h2(
        'Vastleggen in het dossier',
        p(`Alle signalen, gesprekken, adviezen en besluiten worden vastgelegd ${record}, met datum en naam van wie ze vastlegde.`),
        ul([
          'wat er is gezien en gehoord, en door wie;',
          'met wie is overlegd en welk advies is gegeven (ook van Veilig Thuis);',
          'het gesprek met de cliënt, of waarom dat niet is gevoerd;',
          'de afweging met het afwegingskader en het besluit, met de reden.',
        ]),
      ),
      h2(
        'Beroepsgeheim en meldrecht',
        p(
          'Gegevens van cliënten zijn vertrouwelijk. Bij een vermoeden van huiselijk geweld of kindermishandeling geldt het meldrecht: ' +
            'er mag advies worden gevraagd en een melding worden gedaan bij Veilig Thuis, ook zonder toestemming van de cliënt, als dat ' +
            'nodig is om geweld te stoppen of te voorkomen. Alleen de gegevens die daarvoor nodig zijn worden gedeeld. De cliënt hoort ' +
            'vooraf dat er gemeld wordt, tenzij dat iemands veiligheid in gevaar brengt.',
        ),
      ),
      h2(
        'Scholing en steun',
        p(
          sentence(
            bySize(
              ctx,
              `${defaultOwner(ctx)} houdt de kennis bij door ${a.text('meldcode.scholing')}, en bespreekt meldcodesituaties in intervisie`,
              `Iedereen met cliëntcontact volgt ${a.text('meldcode.scholing')}. Nieuwe medewerkers krijgen de meldcode bij hun start; ` +
                `na een melding is er nazorg voor wie ermee te maken had${af ? `, met ${af} als aanspreekpunt` : ''}`,
            ),
          ),
        ),
      ),
      h2(
        'Herziening',
        p(
          `De meldcode wordt elk jaar nagelopen en opnieuw vastgesteld, en eerder als de wet of het afwegingskader verandert. ` +
            `Daarbij kijken we naar ${joinNl(['de meldingen en adviezen van het afgelopen jaar', 'wat er beter kan'])}.`,
        ),
      ),
    ];
  },
};
