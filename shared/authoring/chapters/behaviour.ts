/**
 * Protocols on behaviour named in kader 003 Veiligheid 9 (agressie, grensoverschrijdend gedrag, middelengebruik).
 * Each states purpose, what staff do, who is responsible, training and review (DOMAIN.md, "Protocols named in 003").
 */
import { ownerQuestion, protocolTail, trainingQuestion, type Chapter } from './chapter';
import { bySize, h2, ol, p } from '../text';

const atHome = (services: readonly string[]) => services.some((s) => s !== 'dagbesteding-locatie' && s !== 'vervoer');

export const AGRESSIE: Chapter = {
  id: 'agressie',
  title: 'Protocol omgaan met agressie',
  evidenceType: 'protocol-agressie',
  proves: ['mg-wmo.veiligheid.protocol-agressie'],
  questions: [
    {
      id: 'agressie.hulp',
      label: 'Wie waarschuw je als je je bij een cliënt niet veilig voelt?',
      kind: 'text',
      required: true,
      prefill: (ctx) => (ctx.solo ? 'bij direct gevaar 112; daarna een collega-zzp’er die ik vooraf heb gevraagd' : 'bij direct gevaar 112; daarna de leidinggevende'),
    },
    ownerQuestion('agressie', 'dit protocol'),
    trainingQuestion('agressie', 'elk jaar een training omgaan met agressie'),
  ],
  write(ctx, a) {
    return [
      h2('Doel', p('Agressie van cliënten of hun omgeving voorkomen, er veilig mee omgaan als het toch gebeurt, en ervan leren. Dit geldt voor verbale agressie, bedreiging, intimidatie en fysiek geweld.')),
      h2(
        'Voorkomen',
        p(
          (atHome(ctx.profile.services) ? 'De ondersteuning vindt vaak plaats bij de cliënt thuis. ' : '') +
            'Bij de kennismaking wordt gevraagd naar eerdere incidenten en naar wat spanning oproept of juist helpt; dat staat in het plan. ' +
            'Wie een gespannen situatie verwacht, maakt vooraf afspraken over bereikbaarheid en gaat zo nodig niet alleen.',
        ),
      ),
      h2(
        'Wat te doen bij agressie',
        ol([
          'Blijf rustig, houd afstand en zorg dat je de ruimte kunt verlaten.',
          'Benoem het gedrag en geef een grens aan; ga niet in discussie.',
          'Stopt het niet, of is er dreiging of geweld: breek het contact af en vertrek.',
          `Waarschuw: ${a.text('agressie.hulp', '112 bij direct gevaar')}.`,
          'Leg het voorval dezelfde dag vast als incident en bespreek het na (zie het protocol incidenten en calamiteiten).',
          bySize(ctx, 'Zorg voor nazorg voor jezelf: bespreek het met een collega of in intervisie.', 'De leidinggevende biedt de betrokken medewerker dezelfde week een nagesprek en zo nodig verdere hulp aan.'),
        ]),
      ),
      ...protocolTail(ctx, a, 'agressie', 'het omgaan met agressie'),
    ];
  },
};

export const GRENSOVERSCHRIJDEND: Chapter = {
  id: 'grensoverschrijdend',
  title: 'Protocol grensoverschrijdend gedrag',
  evidenceType: 'protocol-grensoverschrijdend-gedrag',
  proves: ['mg-wmo.veiligheid.protocol-grensoverschrijdend-gedrag'],
  questions: [
    {
      id: 'grensoverschrijdend.vertrouwenspersoon',
      label: 'Bij wie kan een cliënt terecht die grensoverschrijdend gedrag wil melden, buiten jou om?',
      kind: 'text',
      required: true,
      prefill: (ctx) => ctx.facts.vertrouwenspersoon ?? ctx.facts.klachtenfunctionaris,
    },
    ownerQuestion('grensoverschrijdend', 'dit protocol'),
    trainingQuestion('grensoverschrijdend', 'bespreken van grenzen en omgangsvormen in intervisie, eens per jaar'),
  ],
  write(ctx, a) {
    const contact = a.text('grensoverschrijdend.vertrouwenspersoon', 'de vertrouwenspersoon');
    return [
      h2('Doel', p('Cliënten en medewerkers beschermen tegen grensoverschrijdend gedrag: seksuele intimidatie, discriminatie, pesten, misbruik van vertrouwen of macht, en ongewenste aanraking, in beide richtingen.')),
      h2(
        'Afspraken',
        ol([
          'Wie voor de organisatie werkt, gaat geen persoonlijke, financiële of seksuele relatie aan met een cliënt en neemt geen geld of geschenken van betekenis aan.',
          'Aanraken gebeurt alleen als dat voor de zorg nodig is en de cliënt weet waarom.',
          'Signalen van grensoverschrijdend gedrag worden altijd serieus genomen en dezelfde dag vastgelegd.',
        ]),
      ),
      h2(
        'Wat te doen bij een melding of vermoeden',
        ol([
          'Zorg eerst dat de situatie veilig is; stop het contact als dat nodig is.',
          `Een cliënt kan altijd terecht bij ${contact}, buiten de betrokken begeleider om.`,
          bySize(ctx, 'Leg het vast en overleg met een collega of de vertrouwenspersoon over de volgende stap.', 'De leidinggevende onderzoekt de melding, hoort beide kanten en neemt maatregelen.'),
          'Is er mogelijk sprake van een strafbaar feit of van geweld bij de ondersteuning, dan wordt het gemeld als calamiteit (zie het protocol incidenten en calamiteiten) en zo nodig aangifte gedaan.',
        ]),
      ),
      ...protocolTail(ctx, a, 'grensoverschrijdend', 'het voorkomen en aanpakken van grensoverschrijdend gedrag'),
    ];
  },
};

export const MIDDELEN: Chapter = {
  id: 'middelen',
  title: 'Protocol middelengebruik',
  evidenceType: 'protocol-middelengebruik',
  proves: ['mg-wmo.veiligheid.protocol-middelengebruik'],
  questions: [
    {
      id: 'middelen.onderinvloed',
      label: 'Wat doe je als een cliënt bij een afspraak onder invloed is?',
      kind: 'select',
      options: [
        { value: 'verzetten', label: 'Ik verzet de afspraak en bespreek het later' },
        { value: 'aanpassen', label: 'Ik pas de afspraak aan als het veilig kan, anders verzet ik hem' },
      ],
      required: true,
      prefill: () => 'aanpassen',
    },
    ownerQuestion('middelen', 'dit protocol'),
    trainingQuestion('middelen', 'kennis over verslaving en motiverende gespreksvoering bijhouden via intervisie of een training'),
  ],
  write(ctx, a) {
    const under = a.text('middelen.onderinvloed') === 'verzetten'
      ? 'Is een cliënt bij een afspraak onder invloed, dan wordt de afspraak verzet en later besproken.'
      : 'Is een cliënt bij een afspraak onder invloed, dan wordt de afspraak aangepast als dat veilig kan; anders wordt hij verzet en later besproken.';
    return [
      h2('Doel', p('Duidelijke afspraken over alcohol, drugs en andere middelen, zodat de ondersteuning veilig blijft en problemen met middelen op tijd bespreekbaar worden.')),
      h2(
        'Afspraken',
        ol([
          'Wie voor de organisatie werkt, gebruikt tijdens het werk geen alcohol of drugs en komt niet onder invloed werken.',
          under,
          'Zorgen over middelengebruik worden met de cliënt besproken en, met toestemming, met de huisarts of verslavingszorg.',
          'Is er gevaar voor de cliënt of anderen, dan wordt 112 gebeld; bij kinderen in het gezin wordt de meldcode gevolgd.',
          'Voorvallen worden vastgelegd als incident.',
        ]),
      ),
      ...protocolTail(ctx, a, 'middelen', 'de afspraken over middelengebruik'),
    ];
  },
};
