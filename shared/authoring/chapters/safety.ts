/**
 * BHV, medicatie and incidenten/calamiteiten (kader 003 Veiligheid 2, 3, 7 and 9).
 * Sources checked with the search tool:
 * - Wmo 2015 art. 3.4 lid 1: every calamiteit at the verstrekking of a voorziening is reported "onverwijld" to the
 *   gemeente's toezichthouder (often the GGD): https://www.ggdhaaglanden.nl/onderwerp/regionaal-ggd-protocol-meldingen-calamiteiten-wmo/
 * - Wkkgz: calamiteiten in zorg are reported to the IGJ: https://legalsearch.nl/nieuws/2026-03-02/geen-fout-zorg-geen-calamiteit-dus-geen-meldplicht
 */
import { ownerQuestion, protocolTail, trainingQuestion, type Chapter } from './chapter';
import { bySize, h2, holders, joinNl, note, ol, p, ul } from '../text';

export const BHV: Chapter = {
  id: 'bhv',
  title: 'BHV-plan',
  evidenceType: 'protocol-bhv',
  proves: ['mg-wmo.veiligheid.protocol-bhv'],
  // Kader 003 asks a BHV-plan of organisations and of anyone with a location of their own.
  appliesIf: (ctx) => ctx.profile.kind === 'organisatie' || ctx.profile.services.includes('dagbesteding-locatie'),
  questions: [
    {
      id: 'bhv.bhvers',
      label: 'Wie zijn de BHV’ers?',
      kind: 'text',
      required: true,
      prefill: (ctx) => joinNl(holders(ctx, 'bhv')) || undefined,
    },
    {
      id: 'bhv.locatie',
      label: 'Waar is de verzamelplaats bij een ontruiming?',
      kind: 'text',
      required: true,
      askIf: (ctx) => ctx.profile.services.includes('dagbesteding-locatie'),
    },
    ownerQuestion('bhv', 'de bedrijfshulpverlening'),
    trainingQuestion('bhv', 'elk jaar een herhalingstraining BHV bij een erkend opleider'),
  ],
  write(ctx, a) {
    const location = ctx.profile.services.includes('dagbesteding-locatie');
    return [
      h2('Doel', p('Bij brand, een ongeval of een medisch noodgeval snel en goed handelen, tot de hulpdiensten er zijn.')),
      h2(
        'Taken',
        p(`BHV’ers: ${a.text('bhv.bhvers', 'zie de personeelslijst')}. Op elk moment dat er cliënten aanwezig zijn, is er ten minste één BHV’er.`),
        ol([
          'Alarmeren: bel 112 en geef door wat er is gebeurd en waar.',
          'Eerste hulp verlenen en de situatie veilig maken.',
          ...(location ? [`Ontruimen: iedereen verlaat het gebouw via de vluchtroutes naar de verzamelplaats (${a.text('bhv.locatie', 'zie de plattegrond')}); de BHV’er telt wie er is.`] : []),
          'De hulpdiensten opvangen en informeren.',
          'Het voorval vastleggen als incident.',
        ]),
      ),
      ...(location ? [h2('Middelen', ul(['Blusmiddelen, verbandtrommel en AED (of de dichtstbijzijnde AED) zijn aangegeven en worden jaarlijks gecontroleerd.', 'Eens per jaar wordt een ontruiming geoefend.']))] : []),
      ...protocolTail(ctx, a, 'bhv', 'de bedrijfshulpverlening'),
    ];
  },
};

const ROLES = [
  { value: 'overzicht', label: 'Ik houd bij welke medicijnen de cliënt gebruikt' },
  { value: 'herinneren', label: 'Ik herinner de cliënt aan het innemen' },
  { value: 'aanreiken', label: 'Ik reik medicijnen aan' },
  { value: 'toedienen', label: 'Ik dien medicijnen toe' },
] as const;

export const MEDICATIE: Chapter = {
  id: 'medicatie',
  title: 'Medicatiebeleid',
  evidenceType: 'medicatiebeleid',
  subjects: ['medicatie'],
  proves: ['mg-wmo.veiligheid.protocol-medicatie', 'mg-wmo.veiligheid.medicatie'],
  appliesIf: (ctx) => ctx.profile.services.includes('medicatie'),
  questions: [
    { id: 'medicatie.rol', label: 'Wat doe je bij de medicatie van cliënten?', kind: 'multiselect', options: ROLES, required: true, prefill: () => ['overzicht', 'herinneren'] },
    { id: 'medicatie.registratie', label: 'Hoe leg je vast wat er is gegeven of aangereikt?', kind: 'text', required: true, prefill: () => 'op een aftekenlijst per cliënt, die bij de cliënt blijft' },
    ownerQuestion('medicatie', 'het medicatiebeleid'),
    trainingQuestion('medicatie', 'een training medicatieveiligheid, elke twee jaar opgefrist'),
  ],
  write(ctx, a) {
    const roles = ROLES.filter((r) => a.has('medicatie.rol', r.value)).map((r) => r.label.replace(/^Ik /, '').toLowerCase());
    return [
      h2('Doel', p('Veilig omgaan met de medicijnen van cliënten, volgens de veilige principes in de medicatieketen: de cliënt blijft zo veel mogelijk zelf verantwoordelijk, en wat wordt overgenomen is duidelijk afgesproken en vastgelegd.')),
      h2('Onze rol', p(`Bij cliënten die dat nodig hebben: ${joinNl(roles) || 'alleen het bijhouden van een overzicht'}. Welke rol er per cliënt is, staat in het plan en is met de cliënt afgesproken.`)),
      h2(
        'Werkwijze',
        ol([
          'Bij de start wordt een actueel medicatieoverzicht van de apotheek opgevraagd; wijzigingen gaan altijd via de apotheek of de voorschrijver.',
          'Medicijnen worden bewaard zoals op de verpakking staat, buiten bereik van kinderen.',
          `Wat is gegeven of aangereikt wordt vastgelegd ${a.text('medicatie.registratie', 'op een aftekenlijst')}.`,
          'Een fout of bijna-fout (vergeten, verkeerde dosis, verkeerd tijdstip) wordt direct gemeld aan de cliënt en zo nodig de huisarts of apotheek, en vastgelegd als incident.',
          'De afspraken worden minstens eens per jaar met de cliënt geëvalueerd, en bij elke wijziging in de medicatie.',
        ]),
      ),
      h2('Bewijs uit de praktijk', note('Dit beleid beschrijft de werkwijze. De gemeente vraagt daarnaast bewijs uit de praktijk, zoals een ingevulde, geanonimiseerde aftekenlijst.')),
      ...protocolTail(ctx, a, 'medicatie', 'veilige medicatie'),
    ];
  },
};

export const INCIDENTEN: Chapter = {
  id: 'incidenten',
  title: 'Protocol incidenten en calamiteiten',
  evidenceType: 'protocol-incidenten',
  subjects: ['veilige-leercultuur'],
  proves: [
    'mg-wmo.veiligheid.protocol-incidenten-calamiteiten',
    'mg-wmo.veiligheid.incidenten-werkwijze',
    'mg-wmo.veiligheid.calamiteiten-melden',
    'mg-wmo.veiligheid.leercultuur',
  ],
  questions: [
    { id: 'incidenten.registratie', label: 'Waar leg je incidenten vast?', kind: 'text', required: true, prefill: () => 'in een incidentenlogboek met een vast meldformulier' },
    {
      id: 'incidenten.toezichthouder',
      label: 'Wie is de toezichthouder Wmo van de gemeente(n) waar je werkt?',
      help: 'Vaak de GGD. Je vindt het in het contract of op de website van de gemeente.',
      kind: 'text',
      required: true,
      prefill: () => 'de GGD, als toezichthouder Wmo van de gemeente',
    },
    {
      id: 'incidenten.bespreken',
      label: 'Wanneer bespreek je de incidenten om ervan te leren?',
      kind: 'text',
      required: true,
      prefill: (ctx) => (ctx.solo ? 'elk kwartaal in mijn intervisiegroep' : 'elke maand in het teamoverleg'),
    },
    ownerQuestion('incidenten', 'het melden en afhandelen van incidenten en calamiteiten'),
    trainingQuestion('incidenten', 'bij de start uitleg over dit protocol; elk jaar bespreken in intervisie'),
  ],
  write(ctx, a) {
    const toezicht = a.text('incidenten.toezichthouder', 'de toezichthouder Wmo van de gemeente');
    const wlz = ctx.profile.clientGroups.includes('wlz');
    return [
      h2('Doel', p('Incidenten zo snel mogelijk opvangen, calamiteiten op tijd melden, en van alles wat (bijna) misging leren, zonder schuldvraag.')),
      h2(
        'Wat is wat',
        ul([
          'Incident: een onbedoelde gebeurtenis die tot schade voor een cliënt heeft geleid of had kunnen leiden; ook een bijna-incident telt.',
          'Calamiteit: een onbedoelde of onverwachte gebeurtenis bij de ondersteuning die tot de dood of ernstig letsel van een cliënt heeft geleid.',
          'Geweld bij de ondersteuning: lichamelijk, psychisch of seksueel geweld tegen een cliënt door iemand die voor de organisatie werkt of door een andere cliënt.',
        ]),
      ),
      h2(
        'Wat te doen',
        ol([
          'Zorg eerst voor de cliënt: eerste hulp, 112 als dat nodig is, en maak de situatie veilig.',
          'Informeer de cliënt (en zo nodig diens naaste) eerlijk over wat er is gebeurd en wat er wordt gedaan.',
          `Leg het dezelfde dag vast ${a.text('incidenten.registratie', 'in het incidentenlogboek')}: wat, wanneer, waar, gevolgen en genomen maatregelen, zonder meer persoonsgegevens dan nodig.`,
          `Een calamiteit of geweld bij de ondersteuning wordt onverwijld gemeld bij ${toezicht}, en aan de casemanager van de gemeente.` +
            (wlz ? ' Bij zorg onder de Wlz gaat de melding van een calamiteit naar de Inspectie Gezondheidszorg en Jeugd (IGJ).' : ''),
          'Na een calamiteit volgt een analyse van de oorzaken; de uitkomst en de verbeteringen gaan naar de toezichthouder als die daarom vraagt.',
        ]),
      ),
      h2(
        'Leren van incidenten',
        p(
          `De incidenten worden besproken ${a.text('incidenten.bespreken', 'elk kwartaal')}: wat is er gebeurd, waarom, en wat verandert er. ` +
            bySize(ctx, 'Verbeteringen worden vastgelegd en na drie maanden nagekeken.', 'Iedereen wordt aangemoedigd om ook kleine fouten en bijna-incidenten te melden; melden wordt nooit afgestraft. Verbeteringen worden vastgelegd en na drie maanden nagekeken.') +
            ' Eens per jaar volgt een overzicht van alle incidenten en wat ermee is gedaan.',
        ),
      ),
      ...protocolTail(ctx, a, 'incidenten', 'het melden en afhandelen van incidenten en calamiteiten'),
    ];
  },
};
