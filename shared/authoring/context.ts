/** Builds what the questionnaires know about the provider from the stored organisation, people and documents. */
import type { EvidenceDocument, Organisation, Person } from '../model';
import type { AuthoringContext } from './types';

export interface ContextSource {
  org: Pick<Organisation, 'name' | 'kvk' | 'address' | 'contactPerson' | 'profile'>;
  people: readonly Pick<Person, 'name' | 'functionTitle' | 'roles' | 'kind' | 'clientContact' | 'endDate'>[];
  documents: readonly Pick<EvidenceDocument, 'evidenceType' | 'details' | 'supersededBy' | 'issueDate'>[];
  /** ISO date; people who left before it are not counted. */
  today: string;
}

function latestDetail(docs: ContextSource['documents'], type: string, key: string): string | undefined {
  const current = docs.filter((d) => d.evidenceType === type && !d.supersededBy).sort((a, b) => (b.issueDate ?? '').localeCompare(a.issueDate ?? ''));
  for (const d of current) {
    const v = d.details?.[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

export function buildContext(source: ContextSource): AuthoringContext {
  const people = source.people.filter((p) => !p.endDate || p.endDate >= source.today);
  const profile = source.org.profile;
  const facts: AuthoringContext['facts'] = {};
  const kf = latestDetail(source.documents, 'klachtenregeling-lidmaatschap', 'klachtenfunctionaris');
  const gi = latestDetail(source.documents, 'klachtenregeling-lidmaatschap', 'geschilleninstantie');
  const vp = latestDetail(source.documents, 'vertrouwenspersoon', 'name');
  if (kf) facts.klachtenfunctionaris = kf;
  if (gi) facts.geschilleninstantie = gi;
  if (vp) facts.vertrouwenspersoon = vp;
  return {
    orgName: source.org.name,
    ...(source.org.kvk ? { kvk: source.org.kvk } : {}),
    ...(source.org.address ? { address: source.org.address } : {}),
    ...(source.org.contactPerson ? { contactPerson: source.org.contactPerson } : {}),
    profile,
    // A zzp'er, or an organisation of one, works alone: she consults outside her business and has no team.
    solo: profile.kind === 'zzp' || profile.staffCount <= 1,
    people: people.map((p) => ({ name: p.name, functionTitle: p.functionTitle, roles: p.roles, kind: p.kind, clientContact: p.clientContact })),
    facts,
  };
}
