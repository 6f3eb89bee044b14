import type { EvidenceDocument, Person } from '../../../../shared/model';

/** Temporary rule until the kader engine lands: a VOG with profile 45 issued on or before today. */
export function vogStatus(person: Person, documents: EvidenceDocument[], today: string) {
  const vog = documents.find((d) => d.personId === person.id && d.evidenceType === 'vog' && !d.supersededBy);
  if (!vog) return { kind: 'ontbreekt', label: 'Ontbreekt' };
  const profiles = vog.details.profiles;
  if (!Array.isArray(profiles) || !profiles.includes('45') || (vog.issueDate ?? '') > today)
    return { kind: 'verlopen', label: 'Niet in orde' };
  return { kind: 'in-orde', label: 'In orde' };
}
