/**
 * Vervangingsplan (DOMAIN.md: who takes over at illness, holiday or stopping; how clients and the gemeente are
 * informed; how the dossier is handed over) and privacy (AVG art. 13–14, 28, 30, 33; the 72-hour notification of
 * art. 33 checked with the search tool: https://gegevensbeschermingsrecht.nl/Artikelgewijs%20commentaar/artikel%2033).
 */
import { ownerQuestion, type Chapter } from './chapter';
import { bySize, defaultOwner, h2, ol, p, ul } from '../text';

export const VERVANGING: Chapter = {
  id: 'vervanging',
  title: 'Vervangingsplan',
  evidenceType: 'vervangingsplan',
  proves: ['mg-wmo.clientgerichtheid.continuiteit'],
  questions: [
    {
      id: 'vervanging.wie',
      label: 'Wie neemt je werk over als je ziek bent of op vakantie gaat?',
      help: 'Noem een collega-zzp’er of organisatie met wie je dat hebt afgesproken.',
      kind: 'text',
      required: true,
      askIf: (ctx) => ctx.solo,
    },
    {
      id: 'vervanging.planning',
      label: 'Wie regelt de vervanging binnen het team?',
      kind: 'text',
      required: true,
      askIf: (ctx) => !ctx.solo,
      prefill: (ctx) => defaultOwner(ctx),
    },
    {
      id: 'vervanging.bericht',
      label: 'Binnen hoeveel tijd hoort een cliënt dat een afspraak niet doorgaat of door iemand anders wordt gedaan?',
      kind: 'text',
      required: true,
      prefill: () => 'dezelfde dag, en bij planbare afwezigheid twee weken van tevoren',
    },
    ownerQuestion('vervanging', 'het vervangingsplan'),
  ],
  write(ctx, a) {
    const who = ctx.solo ? a.text('vervanging.wie', 'een vaste collega-zzp’er') : `het team, geregeld door ${a.text('vervanging.planning', defaultOwner(ctx))}`;
    return [
      h2('Doel', p('De ondersteuning gaat door, ook als de vaste begeleider ziek is, op vakantie gaat of stopt.')),
      h2(
        'Wie vervangt',
        p(
          bySize(
            ctx,
            `Bij ziekte, vakantie of verlof neemt ${who} het werk over. Met deze vervanger zijn vooraf afspraken gemaakt; de vervanger heeft een VOG en een passend diploma, en werkt volgens dezelfde afspraken.`,
            `Bij ziekte, vakantie of verlof wordt de ondersteuning overgenomen door ${who}. Vervangers zijn bekend met de cliënt of worden vooraf voorgesteld.`,
          ),
        ),
      ),
      h2(
        'Cliënten en gemeente informeren',
        ul([
          `De cliënt hoort ${a.text('vervanging.bericht', 'zo snel mogelijk')} wie er komt of dat een afspraak wordt verzet.`,
          'Duurt de afwezigheid langer dan twee weken, of kan de ondersteuning niet volgens de beschikking worden geleverd, dan wordt de casemanager van de gemeente geïnformeerd.',
        ]),
      ),
      h2(
        'Overdracht van het dossier',
        ol([
          'De vervanger krijgt, met toestemming van de cliënt, alleen de gegevens die nodig zijn: plan, afspraken en actuele aandachtspunten.',
          'Bij langere afwezigheid of stoppen volgt een warme overdracht: een gesprek met de cliënt erbij, vastgelegd in het dossier.',
          bySize(ctx, 'Stopt de onderneming, dan worden cliënten en de gemeente ten minste drie maanden van tevoren ingelicht en wordt per cliënt een overdracht geregeld.', 'Stopt een medewerker, dan worden zijn cliënten op tijd overgedragen aan een vaste collega.'),
        ]),
      ),
    ];
  },
};

export const PRIVACY: Chapter = {
  id: 'privacy',
  title: 'Privacybeleid',
  evidenceType: 'privacybeleid',
  proves: ['mg-wmo.clientgerichtheid.privacy'],
  questions: [
    {
      id: 'privacy.verwerkers',
      label: 'Welke programma’s of bedrijven verwerken cliëntgegevens voor je?',
      help: 'Bijvoorbeeld je dossier-app, e-mail, boekhouder of declaratiesysteem. Met elk van hen sluit je een verwerkersovereenkomst.',
      kind: 'text',
      required: true,
    },
    {
      id: 'privacy.bewaartermijn',
      label: 'Hoe lang bewaar je een dossier na het einde van de ondersteuning?',
      help: 'Neem de termijn uit je contract met de gemeente over, of die van de wet als die langer is.',
      kind: 'text',
      required: true,
    },
    ownerQuestion('privacy', 'privacy en gegevensbescherming'),
  ],
  write(ctx, a) {
    return [
      h2('Doel', p(`${ctx.orgName} gaat zorgvuldig om met gegevens van cliënten en medewerkers, volgens de Algemene verordening gegevensbescherming (AVG).`)),
      h2(
        'Privacyverklaring voor cliënten',
        p('Cliënten krijgen bij de start een privacyverklaring. Daarin staat welke gegevens worden vastgelegd, waarvoor, met wie ze worden gedeeld, hoe lang ze worden bewaard, en welke rechten de cliënt heeft: inzage, correctie, verwijdering en bezwaar.'),
      ),
      h2(
        'Welke gegevens en hoe lang',
        ul([
          'Alleen gegevens die nodig zijn voor de ondersteuning en de declaratie: naam, contactgegevens, beschikking, plan, voortgang en evaluaties.',
          'Geen burgerservicenummer (BSN), tenzij de gemeente het voor de declaratie verplicht vraagt; dan alleen daarvoor.',
          `Dossiers worden ${a.text('privacy.bewaartermijn', 'niet langer dan nodig')} na het einde van de ondersteuning bewaard en daarna vernietigd.`,
        ]),
      ),
      h2(
        'Register en verwerkers',
        p(`Er is een verwerkingsregister met alle verwerkingen van persoonsgegevens; dat is verplicht omdat er gezondheidsgegevens worden verwerkt. Met wie gegevens voor ${ctx.orgName} verwerkt (${a.text('privacy.verwerkers', 'zie het register')}) is een verwerkersovereenkomst gesloten.`),
      ),
      h2(
        'Datalekken',
        ol([
          'Een (mogelijk) datalek – een kwijtgeraakte telefoon, een mail aan de verkeerde persoon, een inbraak – wordt direct vastgelegd.',
          'Is er risico voor de betrokkenen, dan volgt binnen 72 uur na ontdekking een melding bij de Autoriteit Persoonsgegevens.',
          'Is het risico hoog, dan worden ook de betrokkenen zelf ingelicht.',
        ]),
      ),
      h2('Beveiliging', p(bySize(ctx, 'Apparaten hebben een wachtwoord of pincode en versleuteling; papieren stukken liggen in een afgesloten kast.', 'Apparaten hebben een wachtwoord en versleuteling; iedereen ziet alleen de dossiers van de eigen cliënten; papieren stukken liggen in een afgesloten kast.'))),
    ];
  },
};
