/**
 * Werkwijzen on the client path (kader 003 Cliëntgerichtheid 1–12 and Veiligheid 5–6; DOMAIN.md "Client-level
 * practices" and "Werkwijzen on the client path"): signed zorgovereenkomst before the start, uitvoeringsplan with
 * SMART goals within 3 months, yearly evaluation signed by the client and shared with the casemanager, more than
 * 3 no-shows in 3 months → inform the gemeente, ingrijpende veranderingen reported, samenhang with other parties,
 * risks per client, warme overdracht.
 * This text proves only the procedure; the kader keeps asking for dated, anonymised proof of practice.
 */
import { ownerQuestion, type Chapter } from './chapter';
import { bySize, defaultOwner, h2, joinNl, note, ol, p, ul } from '../text';

const AGREEMENT = [
  { value: 'inhoud', label: 'Wat de ondersteuning inhoudt' },
  { value: 'tijd', label: 'Hoeveel tijd en wanneer' },
  { value: 'opzegging', label: 'Opzegtermijn' },
  { value: 'levering', label: 'Afspraken over afzeggen en vervanging' },
  { value: 'privacy', label: 'Privacy en dossier' },
  { value: 'klachten', label: 'De klachtenregeling' },
] as const;

export const CLIENTPAD: Chapter = {
  id: 'clientpad',
  title: 'Werkwijzen rond de cliënt',
  evidenceType: 'werkwijze',
  subjects: [
    'zorgovereenkomst',
    'uitvoeringsplan',
    'plan-ondertekend',
    'aansluiting-beschikking',
    'evaluatie',
    'evaluatie-gedeeld',
    'melden-wijzigingen',
    'no-shows',
    'warme-overdracht',
    'integrale-samenwerking',
    'risico-inventarisatie',
    'risico-maatregelen',
  ],
  proves: [
    'mg-wmo.clientgerichtheid.zorgovereenkomst',
    'mg-wmo.clientgerichtheid.uitvoeringsplan',
    'mg-wmo.clientgerichtheid.plan-ondertekend',
    'mg-wmo.clientgerichtheid.aansluiting-beschikking',
    'mg-wmo.clientgerichtheid.evaluatie',
    'mg-wmo.clientgerichtheid.evaluatie-delen',
    'mg-wmo.clientgerichtheid.melden-wijzigingen',
    'mg-wmo.clientgerichtheid.no-shows',
    'mg-wmo.clientgerichtheid.warme-overdracht',
    'mg-wmo.clientgerichtheid.integrale-ondersteuning',
    'mg-wmo.veiligheid.clientrisico-inventarisatie',
    'mg-wmo.veiligheid.clientrisico-maatregelen',
    'mg-wmo.rechtmatigheid.binnen-beschikking',
  ],
  questions: [
    { id: 'clientpad.overeenkomst', label: 'Wat staat er in je zorgovereenkomst?', kind: 'multiselect', options: AGREEMENT, required: true, prefill: () => AGREEMENT.map((o) => o.value) },
    {
      id: 'clientpad.methode',
      label: 'Met welk hulpmiddel breng je doelen en risico’s in kaart?',
      help: 'Bijvoorbeeld de Zelfredzaamheidsmatrix of een eigen checklist.',
      kind: 'text',
      required: true,
      prefill: () => 'een vaste checklist bij de kennismaking',
    },
    {
      id: 'clientpad.casemanager',
      label: 'Hoe bereik je de casemanager van de gemeente (voor evaluaties, no-shows en veranderingen)?',
      kind: 'text',
      required: true,
      prefill: () => 'per beveiligde e-mail',
    },
    {
      id: 'clientpad.overdracht',
      label: 'Wie vul je in bij een overdracht naar een andere aanbieder?',
      kind: 'text',
      askIf: (ctx) => !ctx.solo,
      prefill: (ctx) => defaultOwner(ctx),
    },
    ownerQuestion('clientpad', 'deze werkwijzen'),
  ],
  write(ctx, a) {
    const contents = AGREEMENT.filter((o) => a.has('clientpad.overeenkomst', o.value)).map((o) => o.label.toLowerCase());
    const cm = a.text('clientpad.casemanager', 'per beveiligde e-mail');
    const tool = a.text('clientpad.methode', 'een vaste checklist');
    return [
      h2(
        'Zorgovereenkomst vóór de start',
        p(`Vóór de eerste afspraak tekenen de cliënt (of diens vertegenwoordiger) en ${ctx.orgName} een zorgovereenkomst. Daarin staat: ${joinNl(contents) || 'de inhoud, tijd en opzegtermijn'}. Zonder getekende overeenkomst start de ondersteuning niet.`),
      ),
      h2(
        'Risico’s per cliënt',
        p(`Bij de kennismaking worden met ${tool} de veiligheidsrisico’s van de cliënt in kaart gebracht (bijvoorbeeld vallen, verwaarlozing, financiële uitbuiting, agressie, medicatie). Maatregelen worden met de cliënt afgesproken en in het dossier vastgelegd, en bij elke evaluatie opnieuw bekeken.`),
      ),
      h2(
        'Uitvoeringsplan met SMART-doelen binnen drie maanden',
        p(`Uiterlijk drie maanden na de start is er een uitvoeringsplan dat aansluit op de beschikking van de gemeente. De doelen zijn SMART: specifiek, meetbaar, haalbaar, relevant en met een datum. De cliënt denkt mee en tekent het plan. De ondersteuning blijft binnen wat de beschikking toestaat; past dat niet meer, dan volgt overleg met de casemanager.`),
      ),
      h2(
        'Jaarlijkse evaluatie',
        p(`Ten minste eens per jaar wordt het plan met de cliënt geëvalueerd: wat is bereikt, wat verandert er. De cliënt tekent de evaluatie; daarna gaat ze ${cm} naar de casemanager van de gemeente.`),
      ),
      h2(
        'De gemeente informeren',
        ul([
          `Bij meer dan drie keer niet verschijnen (no-show) binnen drie maanden wordt de casemanager ${cm} geïnformeerd.`,
          'Bij een ingrijpende verandering in de situatie van de cliënt (verhuizing, opname, sterk veranderde hulpvraag, overlijden) wordt de gemeente zo snel mogelijk geïnformeerd.',
        ]),
      ),
      h2(
        'Samenwerken rond de cliënt',
        p('Zijn er meer hulpverleners betrokken, dan worden met toestemming van de cliënt afspraken gemaakt over wie wat doet en wie het aanspreekpunt is, zodat de hulp op elkaar aansluit.'),
      ),
      h2(
        'Warme overdracht',
        ol([
          'Gaat een cliënt naar een andere aanbieder, dan vindt een overdrachtsgesprek plaats met de cliënt erbij.',
          bySize(ctx, `${defaultOwner(ctx)} bereidt het gesprek voor en draagt met toestemming van de cliënt de nodige gegevens over.`, `${a.text('clientpad.overdracht', defaultOwner(ctx))} bereidt het gesprek voor en draagt met toestemming van de cliënt de nodige gegevens over.`),
          'De overdracht wordt met datum vastgelegd in het dossier.',
        ]),
      ),
      h2('Bewijs uit de praktijk', note('Deze tekst beschrijft de werkwijze. Het kwaliteitskader vraagt daarnaast gedateerd bewijs uit de praktijk (zonder namen of BSN van cliënten), zoals een geanonimiseerde getekende zorgovereenkomst, plan of evaluatie.')),
    ];
  },
};
