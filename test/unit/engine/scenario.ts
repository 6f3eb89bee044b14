/** An agency of 10 people with both kaders, used by the scenario test and the docs example. */
import type { EngineInput } from '../../../shared/engine';
import { doc, person, profile, vog } from './fixtures';

export const PEILDATUM = '2025-09-01';

export function agencyInput(): EngineInput {
  const people = [
    person({ id: 'p01', name: 'Anja Bakker', kind: 'eigenaar', roles: ['leidinggevende', 'bhv'], startDate: '2018-01-01' }),
    person({ id: 'p02', name: 'Bram de Vries', roles: ['begeleider', 'bhv'], startDate: '2021-04-01' }),
    person({ id: 'p03', name: 'Chantal Smit', roles: ['verpleegkundige', 'evv'], startDate: '2022-09-01' }),
    person({ id: 'p04', name: 'Daan Mulder', roles: ['begeleider'], startDate: '2025-08-01' }),
    person({ id: 'p05', name: 'Eva Jansen', roles: ['verzorgende', 'evv'], startDate: '2023-02-01' }),
    person({ id: 'p06', name: 'Fatima El Amrani', kind: 'zzp-onderaannemer', roles: ['begeleider'], startDate: '2024-01-15' }),
    person({ id: 'p07', name: 'Gert Visser', kind: 'vrijwilliger', roles: [], startDate: '2024-05-01' }),
    person({ id: 'p08', name: 'Hanna Bos', kind: 'stagiair', roles: [], startDate: '2025-02-01', endDate: '2026-01-31' }),
    person({ id: 'p09', name: 'Ivo Peters', roles: ['begeleider'], startDate: '2025-10-01' }),
    person({ id: 'p10', name: 'Joyce Kok', roles: ['begeleider'], startDate: '2019-03-01', endDate: '2025-06-30' }),
  ];
  const diploma = (personId: string, kind: string, level: string) => doc({ evidenceType: 'diploma', personId, details: { kind, level } });
  const training = (personId: string, subject: string, issueDate: string) => doc({ evidenceType: 'scholing', personId, issueDate, details: { subject } });
  const documents = [
    // Anja, owner: all in order.
    vog('p01', '2017-11-15'),
    diploma('p01', 'sph', '6'),
    doc({ evidenceType: 'bhv', personId: 'p01', issueDate: '2025-03-10' }),
    training('p01', 'meldcode', '2025-01-20'),
    training('p01', 'agressie', '2025-01-21'),
    // Bram: BHV expires within the horizon, agressie training expired.
    vog('p02', '2021-03-01'),
    diploma('p02', 'spw', '4'),
    doc({ evidenceType: 'bhv', personId: 'p02', issueDate: '2024-10-01' }),
    training('p02', 'meldcode', '2025-02-01'),
    training('p02', 'agressie', '2024-06-01'),
    // Chantal: nurse with BIG registration.
    vog('p03', '2022-08-01'),
    diploma('p03', 'verpleegkundige', '6'),
    doc({ id: 'big-p03', evidenceType: 'big', personId: 'p03', issueDate: '2021-10-01', details: { number: '19000000001' } }),
    training('p03', 'meldcode', '2025-01-20'),
    training('p03', 'agressie', '2025-01-21'),
    // Daan: new; VOG issued after his start.
    vog('p04', '2025-08-10'),
    diploma('p04', 'social-work', '6'),
    // Eva: VOG without profile 45.
    vog('p05', '2023-01-10', { details: { profiles: ['ander'] } }),
    diploma('p05', 'verzorgende-ig', '3'),
    training('p05', 'meldcode', '2024-11-01'),
    training('p05', 'agressie', '2024-11-01'),
    // Fatima: zzp subcontractor, all present.
    vog('p06', '2023-12-01'),
    diploma('p06', 'begeleider-mz', '4'),
    training('p06', 'meldcode', '2025-03-01'),
    training('p06', 'agressie', '2025-03-01'),
    // Gert, volunteer: VOG only.
    vog('p07', '2024-04-15'),
    // Hanna, intern: supervision agreement.
    doc({ evidenceType: 'supervisie', personId: 'p08', issueDate: '2025-01-20', validUntil: '2026-01-31', details: { supervisor: 'Bram de Vries' } }),
    vog('p08', '2025-01-05'),
    // Ivo starts next month and has no VOG yet. Joyce has left.
    vog('p10', '2019-01-01'),
    // Organisation documents.
    doc({ evidenceType: 'meldcode', issueDate: '2025-01-15' }),
    doc({ evidenceType: 'protocol-agressie', issueDate: '2024-10-10' }),
    doc({ evidenceType: 'protocol-bhv', issueDate: '2024-08-01' }),
    doc({ evidenceType: 'protocol-incidenten', issueDate: '2025-02-01' }),
    doc({ evidenceType: 'huisregels', issueDate: '2025-02-01' }),
    doc({ evidenceType: 'aannamebeleid', issueDate: '2025-02-01' }),
    doc({ evidenceType: 'personeelsbeleid', issueDate: '2025-02-01' }),
    doc({ evidenceType: 'privacybeleid', issueDate: '2025-02-01' }),
    doc({ evidenceType: 'klachtenregeling', issueDate: '2025-02-01', details: { websiteUrl: 'https://example.nl/klachten' } }),
    doc({ evidenceType: 'klachtenregeling-lidmaatschap', issueDate: '2025-01-05', validUntil: '2025-12-31' }),
    doc({ evidenceType: 'kwaliteitscertificaat', issueDate: '2023-05-01', validUntil: '2026-04-30', details: { keurmerk: 'kiwa-zoz' } }),
    doc({ evidenceType: 'tevredenheidsonderzoek', issueDate: '2024-03-15', details: { nps: 'ja', npsScore: 41 } }),
    doc({ evidenceType: 'risicoanalyse', issueDate: '2024-06-01' }),
    doc({ evidenceType: 'werkwijze', issueDate: '2025-01-10', details: { subject: 'evaluatie' } }),
    doc({ evidenceType: 'praktijkbewijs', issueDate: '2024-11-20', details: { practice: 'evaluatie' } }),
    doc({ evidenceType: 'medezeggenschap', issueDate: '2025-04-01', details: { form: 'clientenpanel' } }),
  ];
  return {
    peildatum: PEILDATUM,
    profile: profile({ kind: 'organisatie', staffCount: 10, services: ['begeleiding', 'persoonlijke-verzorging'], clientGroups: ['wmo', 'wlz'], kaderIds: ['mg-wmo', 'wlz-thuis'] }),
    people,
    documents,
    assessments: [
      { kaderId: 'mg-wmo', requirementId: 'mg-wmo.veiligheid.protocol-middelengebruik', notApplicable: { reason: 'Geen cliënten met verslavingsproblematiek; staat in het aannamebeleid.', decidedOn: '2025-02-01' } },
      { kaderId: 'mg-wmo', requirementId: 'mg-wmo.veiligheid.meldcode-toepassing', manual: { verdict: 'voldaan', decidedOn: '2025-03-01' } },
    ],
  };
}
