/** Intake answers switch requirements on and off; when off, the reason is said in plain Dutch. */
import type { Condition, Requirement } from '../kaders/schema';
import type { IntakeProfile } from '../model';
import { CLIENT_GROUP_PHRASES, ORGANISATION_KIND_LABELS, SERVICE_PHRASES, joinNl } from './labels';

export function conditionHolds(c: Condition, profile: IntakeProfile): boolean {
  if (c.organisationKind !== undefined && profile.kind !== c.organisationKind) return false;
  if (c.minStaff !== undefined && profile.staffCount < c.minStaff) return false;
  if (c.maxStaff !== undefined && profile.staffCount > c.maxStaff) return false;
  if (c.servicesAny && !c.servicesAny.some((s) => profile.services.includes(s))) return false;
  if (c.clientGroupsAny && !c.clientGroupsAny.some((g) => profile.clientGroups.includes(g))) return false;
  return true;
}

/** "aanbieders van vervoer van cliënten met meer dan 25 medewerkers" style description of one condition. */
export function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.organisationKind) parts.push(`een ${ORGANISATION_KIND_LABELS[c.organisationKind]}`);
  if (c.servicesAny) parts.push(`wie ${joinNl(c.servicesAny.map((s) => SERVICE_PHRASES[s]))} biedt`);
  if (c.clientGroupsAny) parts.push(`zorg onder de ${joinNl(c.clientGroupsAny.map((g) => CLIENT_GROUP_PHRASES[g]))}`);
  if (c.minStaff !== undefined && c.maxStaff !== undefined) parts.push(`aanbieders met ${c.minStaff} tot en met ${c.maxStaff} medewerkers`);
  else if (c.minStaff !== undefined) parts.push(`aanbieders met meer dan ${c.minStaff - 1} medewerkers`);
  else if (c.maxStaff !== undefined) parts.push(`aanbieders met hooguit ${c.maxStaff} medewerkers`);
  return joinNl(parts, 'en');
}

export type Applicability = { applies: true } | { applies: false; reason: string };

export function requirementApplies(req: Pick<Requirement, 'appliesWhen'>, profile: IntakeProfile): Applicability {
  const conditions = req.appliesWhen;
  if (!conditions || conditions.some((c) => conditionHolds(c, profile))) return { applies: true };
  return { applies: false, reason: `Geldt alleen voor ${joinNl(conditions.map(describeCondition))} (volgens je intake).` };
}
