/**
 * Working with the client and his network (kader 003 Cliëntgerichtheid: onderbouwde methoden, sociale kaart,
 * keuzevrijheid en inspraak, sociaal netwerk en mantelzorg) and the administration (Rechtmatigheid 2: aanwezigheid,
 * uren, rapportage en facturen sluiten op elkaar aan). Kader 003 accepts a described werkwijze for these.
 */
import { ownerQuestion, type Chapter } from './chapter';
import { bySize, defaultOwner, h2, ol, p, ul } from '../text';

export const NETWERK: Chapter = {
  id: 'netwerk',
  title: 'Werken met de cliënt en zijn netwerk',
  evidenceType: 'werkwijze',
  subjects: ['methoden', 'sociale-kaart', 'inspraak', 'sociaal-netwerk'],
  proves: ['mg-wmo.clientgerichtheid.methoden', 'mg-wmo.clientgerichtheid.sociale-kaart', 'mg-wmo.clientgerichtheid.inspraak', 'mg-wmo.clientgerichtheid.sociaal-netwerk'],
  questions: [
    {
      id: 'netwerk.methoden',
      label: 'Met welke methoden of werkwijzen werk je?',
      help: 'Bijvoorbeeld oplossingsgericht werken, motiverende gespreksvoering, presentiebenadering.',
      kind: 'text',
      required: true,
      prefill: () => 'oplossingsgericht werken en motiverende gespreksvoering',
    },
    {
      id: 'netwerk.socialekaart',
      label: 'Hoe houd je de sociale kaart bij (welke voorzieningen er in de buurt zijn)?',
      kind: 'text',
      required: true,
      prefill: () => 'via het sociaal team van de gemeente en de website met het lokale aanbod',
    },
    ownerQuestion('netwerk', 'deze werkwijzen'),
  ],
  write(ctx, a) {
    return [
      h2(
        'Onderbouwde methoden',
        p(`We werken met ${a.text('netwerk.methoden', 'erkende methoden')}. Per cliënt staat in het plan welke aanpak past bij de doelen, en bij de evaluatie wordt bekeken of die aanpak werkt.`),
      ),
      h2(
        'Keuzevrijheid en inspraak',
        ul([
          'De cliënt bepaalt mee welke doelen er in het plan komen en hoe en wanneer de ondersteuning plaatsvindt.',
          bySize(ctx, 'De cliënt kan altijd vragen om een andere aanpak of, als het niet klikt, om een andere aanbieder.', 'De cliënt kan vragen om een andere begeleider of een andere aanpak.'),
          'Na elke evaluatie wordt de cliënt gevraagd wat beter kan; wat daaruit komt, wordt meegenomen in de werkwijze.',
        ]),
      ),
      h2(
        'Sociaal netwerk en mantelzorg',
        ol([
          'Bij de start wordt met de cliënt in kaart gebracht wie er om hem heen staan: familie, buren, vrienden, mantelzorgers.',
          'Met toestemming van de cliënt worden zij betrokken bij het plan, zodat de ondersteuning aansluit op wat zij al doen.',
          'Signalen van overbelasting van een mantelzorger worden besproken en, als de mantelzorger dat wil, doorgegeven aan de mantelzorgondersteuning of het sociaal team van de gemeente.',
        ]),
      ),
      h2('De sociale kaart', p(`${ctx.solo ? defaultOwner(ctx) : 'Iedere begeleider'} kent de voorzieningen in de buurt en houdt die kennis bij ${a.text('netwerk.socialekaart', 'via de gemeente')}, zodat cliënten gericht kunnen worden doorverwezen.`)),
    ];
  },
};

export const ADMINISTRATIE: Chapter = {
  id: 'administratie',
  title: 'Administratie en declaratie',
  evidenceType: 'werkwijze',
  subjects: ['administratie'],
  proves: ['mg-wmo.rechtmatigheid.administratie'],
  questions: [
    {
      id: 'administratie.systeem',
      label: 'Waarin leg je uren, afspraken en rapportages vast?',
      kind: 'text',
      required: true,
      prefill: () => 'in mijn dossier-app, per afspraak',
    },
    {
      id: 'administratie.controle',
      label: 'Hoe vaak controleer je of uren, rapportage en facturen op elkaar aansluiten?',
      kind: 'text',
      required: true,
      prefill: () => 'elke maand, vóór het declareren',
    },
    ownerQuestion('administratie', 'de administratie en de declaraties'),
  ],
  write(ctx, a) {
    return [
      h2('Doel', p('Een actuele en sluitende administratie: alleen geleverde ondersteuning wordt gedeclareerd, binnen de beschikking.')),
      h2(
        'Werkwijze',
        ol([
          `Na elke afspraak worden datum, duur en een korte rapportage vastgelegd ${a.text('administratie.systeem', 'in het dossier')}.`,
          'Een afspraak die niet doorging, wordt als zodanig vastgelegd en niet gedeclareerd (tenzij het contract met de gemeente dat anders regelt).',
          `De uren, de rapportages${ctx.solo ? '' : ', de roosters en de loonadministratie'} en de facturen worden ${a.text('administratie.controle', 'elke maand')} met elkaar vergeleken; verschillen worden uitgezocht en hersteld vóór er wordt gedeclareerd.`,
          'Er wordt niet meer of anders gedeclareerd dan in de beschikking staat; dreigt dat, dan volgt eerst overleg met de casemanager.',
        ]),
      ),
    ];
  },
};
