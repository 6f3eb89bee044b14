/** Two intake profiles used by the authoring tests: a solo zzp'er (Wmo begeleiding) and a small agency (Wmo + Wlz). */
import { buildContext, type Answers } from '../../../shared/authoring';
import type { IntakeProfile } from '../../../shared/model';

export const ZZP_PROFILE: IntakeProfile = { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] };
export const AGENCY_PROFILE: IntakeProfile = {
  kind: 'organisatie',
  staffCount: 8,
  services: ['begeleiding', 'persoonlijke-verzorging', 'medicatie', 'dagbesteding-locatie'],
  clientGroups: ['wmo', 'wlz'],
  kaderIds: ['mg-wmo', 'wlz-thuis'],
};

const person = (name: string, roles: string[], kind = 'medewerker') => ({ name, functionTitle: 'Begeleider', roles, kind: kind as 'medewerker', clientContact: true });

export const zzpContext = () =>
  buildContext({
    org: { name: 'Zorg met Sanne', kvk: '12345678', address: 'Hoofdstraat 1, 9601 AA Hoogezand', contactPerson: 'Sanne de Vries', profile: ZZP_PROFILE },
    people: [person('Sanne de Vries', ['begeleider'], 'eigenaar')],
    documents: [],
    today: '2026-12-01',
  });

export const agencyContext = () =>
  buildContext({
    org: { name: 'Thuiszorg Het Anker', kvk: '87654321', address: 'Kerkweg 5, 9611 BB Sappemeer', contactPerson: 'Henk Bakker', profile: AGENCY_PROFILE },
    people: [
      person('Henk Bakker', ['leidinggevende'], 'eigenaar'),
      person('Fatima El Amrani', ['aandachtsfunctionaris', 'begeleider']),
      person('Joost Mulder', ['bhv', 'verzorgende']),
    ],
    documents: [{ evidenceType: 'klachtenregeling-lidmaatschap', details: { klachtenfunctionaris: 'Klachtenportaal Zorg', geschilleninstantie: 'Geschilleninstantie Zorg' }, issueDate: '2026-01-10' }],
    today: '2026-12-01',
  });

/** What a zzp'er types for the questions the app cannot pre-fill. */
export const ZZP_ANSWERS: Answers = {
  'meldcode.overleg': 'Petra Jansen, collega-zzp’er en aandachtsfunctionaris bij Zorggroep Noord',
  'klachten.functionaris': 'Klachtenportaal Zorg',
  'klachten.geschilleninstantie': 'Geschilleninstantie Zorg',
  'klachten.contact': 'per e-mail aan sanne@voorbeeld.nl of telefonisch',
  'vervanging.wie': 'Karin Smit, collega-zzp’er in Hoogezand',
  'grensoverschrijdend.vertrouwenspersoon': 'de vertrouwenspersoon van Klachtenportaal Zorg',
  'privacy.verwerkers': 'mijn dossier-app en mijn boekhouder',
  'privacy.bewaartermijn': 'vijftien jaar',
};

export const AGENCY_ANSWERS: Answers = {
  'privacy.verwerkers': 'ons ECD, de salarisadministrateur en de boekhouder',
  'privacy.bewaartermijn': 'twintig jaar',
  'bhv.locatie': 'het grasveld voor de ingang',
};
