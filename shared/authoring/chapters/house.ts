/** Huisregels and aannamebeleid (kader 003 Veiligheid 9.g and 9.h; Cliëntgerichtheid: huisregels shared with clients). */
import { ownerQuestion, protocolTail, trainingQuestion, type Chapter } from './chapter';
import { SERVICE_LABELS, CLIENT_GROUP_LABELS } from '../../model';
import { bySize, h2, joinNl, ol, p, ul } from '../text';

const SHARE = [
  { value: 'intake', label: 'Ik bespreek ze bij de kennismaking' },
  { value: 'zorgovereenkomst', label: 'Ze staan in of bij de zorgovereenkomst' },
  { value: 'ophangen', label: 'Ze hangen op de locatie' },
] as const;

export const HUISREGELS: Chapter = {
  id: 'huisregels',
  title: 'Huis- en gedragsregels',
  evidenceType: 'huisregels',
  proves: ['mg-wmo.veiligheid.protocol-huisregels', 'mg-wmo.clientgerichtheid.huisregels-gedeeld'],
  questions: [
    {
      id: 'huisregels.afzeggen',
      label: 'Hoe lang van tevoren moet een cliënt een afspraak afzeggen?',
      kind: 'text',
      required: true,
      prefill: () => '24 uur',
    },
    { id: 'huisregels.delen', label: 'Hoe deel je de regels met cliënten?', kind: 'multiselect', options: SHARE, required: true, prefill: () => ['intake', 'zorgovereenkomst'] },
    ownerQuestion('huisregels', 'de huisregels'),
    trainingQuestion('huisregels', 'de regels worden bij de start uitgelegd en elk jaar besproken'),
  ],
  write(ctx, a) {
    const share = SHARE.filter((s) => a.has('huisregels.delen', s.value)).map((s) => s.label.replace(/^Ik bespreek ze/, 'ze worden besproken').replace(/^Ze /, '').toLowerCase());
    return [
      h2('Doel', p('Duidelijke afspraken over hoe cliënten en wie voor de organisatie werkt met elkaar omgaan, zodat iedereen weet wat hij kan verwachten.')),
      h2(
        'Wat cliënten van ons mogen verwachten',
        ul([
          'We komen op tijd, of laten het zo snel mogelijk weten als dat niet lukt.',
          'We behandelen iedereen met respect, ongeacht afkomst, geloof, geaardheid of beperking.',
          'We gaan vertrouwelijk om met wat we horen en zien.',
          'We roken niet en gebruiken geen alcohol of drugs tijdens het werk.',
        ]),
      ),
      h2(
        'Wat wij van cliënten vragen',
        ul([
          `Zeg een afspraak ten minste ${a.text('huisregels.afzeggen', '24 uur')} van tevoren af.`,
          'Geen geweld, bedreiging of discriminatie; bij agressie volgt het protocol omgaan met agressie.',
          'Niet onder invloed van alcohol of drugs tijdens de afspraak.',
          'Huisdieren apart als dat voor de veiligheid nodig is, en niet roken tijdens het bezoek.',
        ]),
      ),
      h2('Hoe cliënten de regels kennen', p(`${joinNl(share) ? joinNl(share).charAt(0).toUpperCase() + joinNl(share).slice(1) : 'Ze worden bij de start besproken'}. Bij herhaald niet nakomen volgt eerst een gesprek; helpt dat niet, dan wordt de gemeente ingelicht.`)),
      ...protocolTail(ctx, a, 'huisregels', 'de huis- en gedragsregels'),
    ];
  },
};

export const AANNAME: Chapter = {
  id: 'aanname',
  title: 'Aannamebeleid',
  evidenceType: 'aannamebeleid',
  proves: ['mg-wmo.veiligheid.protocol-aannamebeleid'],
  questions: [
    {
      id: 'aanname.niet',
      label: 'Welke cliënten kun je níet verantwoord ondersteunen?',
      kind: 'longtext',
      required: true,
      prefill: () => 'cliënten die 24-uurs toezicht of intensieve medische zorg nodig hebben, en cliënten bij wie een veilige werksituatie niet mogelijk is',
    },
    {
      id: 'aanname.regio',
      label: 'In welke gemeente(n) of regio werk je?',
      kind: 'text',
      required: true,
      prefill: (ctx) => (ctx.profile.kaderIds.includes('mg-wmo') ? 'Midden-Groningen en omgeving' : undefined),
    },
    ownerQuestion('aanname', 'het aannemen van cliënten'),
    trainingQuestion('aanname', 'het aannamebeleid wordt elk jaar besproken met een collega'),
  ],
  write(ctx, a) {
    const services = ctx.profile.services.map((s) => SERVICE_LABELS[s].toLowerCase());
    const groups = ctx.profile.clientGroups.map((g) => CLIENT_GROUP_LABELS[g]);
    return [
      h2('Doel', p('Alleen cliënten aannemen die we goed en veilig kunnen ondersteunen, en duidelijk zijn over wie we doorverwijzen.')),
      h2('Wie we ondersteunen', p(`${ctx.orgName} biedt ${joinNl(services) || 'ondersteuning'} aan cliënten met een indicatie of beschikking onder de ${joinNl(groups) || 'Wmo'}, in ${a.text('aanname.regio', 'de eigen regio')}.`)),
      h2('Wie we niet ondersteunen', p(`Niet aangenomen worden ${a.text('aanname.niet', 'cliënten die we niet veilig kunnen ondersteunen')}. Ook als de benodigde deskundigheid of tijd er niet is, wordt een cliënt niet aangenomen.`)),
      h2(
        'Werkwijze bij aanmelding',
        ol([
          'Kennismakingsgesprek met de cliënt (en zo nodig een naaste) over de hulpvraag, de beschikking en de verwachtingen.',
          bySize(ctx, 'Afweging of de vraag past bij mijn deskundigheid en beschikbaarheid.', 'Afweging in het team of de vraag past bij de deskundigheid en de bezetting.'),
          'Past het, dan volgt de zorgovereenkomst vóór de start. Past het niet, dan hoort de cliënt de reden en wordt samen met de casemanager van de gemeente naar een andere aanbieder gezocht.',
        ]),
      ),
      ...protocolTail(ctx, a, 'aanname', 'het aannemen van cliënten'),
    ];
  },
};
