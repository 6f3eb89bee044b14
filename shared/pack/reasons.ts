/**
 * The reason behind a requirement's status, worded for the pack's reader (a contract manager who has never
 * seen the app): what is missing, which document expired when, why something does not apply ("Wij bieden geen
 * vervoer van cliënten."). Built from the engine's result rows; the app's instructions ("Upload …", "volgens
 * je intake") never reach the pack.
 */
import { getEvidenceType } from '../evidence';
import type { RequirementResult } from '../engine';
import { capitalize, joinNl } from '../engine/labels';
import { formatDateNl } from './format';
import type { Condition, Requirement } from '../kaders/schema';
import type { IntakeProfile, Service } from '../model';

/** A service the provider does not offer, said by the provider. */
const NO_SERVICE: Record<Service, string> = {
  begeleiding: 'geen begeleiding',
  'huishoudelijke-hulp': 'geen huishoudelijke hulp',
  'persoonlijke-verzorging': 'geen persoonlijke verzorging',
  'dagbesteding-locatie': 'geen dagbesteding op een eigen locatie',
  vervoer: 'geen vervoer van cliënten',
  medicatie: 'geen ondersteuning bij medicatie',
};

const NO_CLIENT_GROUP: Record<string, string> = { wmo: 'geen Wmo-ondersteuning', jeugd: 'geen jeugdhulp', wlz: 'geen zorg onder de Wlz' };

/** The parts of one intake condition the provider does not meet (all parts when the profile is unknown). */
function failedParts(c: Condition, profile: IntakeProfile | undefined): string[] {
  const parts: string[] = [];
  if (c.organisationKind && (!profile || profile.kind !== c.organisationKind)) {
    parts.push(c.organisationKind === 'zzp' ? 'wij werken met personeel' : 'wij werken als zzp’er zonder personeel');
  }
  if (c.servicesAny && (!profile || !c.servicesAny.some((s) => profile.services.includes(s)))) {
    parts.push(`wij bieden ${joinNl(c.servicesAny.map((s) => NO_SERVICE[s]), 'en')}`);
  }
  if (c.clientGroupsAny && (!profile || !c.clientGroupsAny.some((g) => profile.clientGroups.includes(g)))) {
    parts.push(`wij bieden ${joinNl(c.clientGroupsAny.map((g) => NO_CLIENT_GROUP[g] ?? g), 'en')}`);
  }
  if (c.minStaff !== undefined && (!profile || profile.staffCount < c.minStaff)) parts.push(`wij hebben minder dan ${c.minStaff} medewerkers`);
  if (c.maxStaff !== undefined && (!profile || profile.staffCount > c.maxStaff)) parts.push(`wij hebben meer dan ${c.maxStaff} medewerkers`);
  return parts;
}

/** Why a requirement does not apply, as the provider would say it. */
export function readerNotApplicable(row: RequirementResult, requirement: Requirement | undefined, profile?: IntakeProfile): string {
  if (row.reasonSource === 'profiel' && requirement?.appliesWhen) {
    const parts = [...new Set(requirement.appliesWhen.flatMap((c) => failedParts(c, profile)))];
    if (parts.length > 0) return `${capitalize(parts.join('; '))}.`;
  }
  const reason = (row.reason ?? '').replace(/\s*\(volgens je intake\)/, '').trim();
  return reason || 'Geen reden opgegeven.';
}

function evidenceLabel(type: string, label?: string): string {
  return capitalize(label ?? getEvidenceType(type)?.label ?? type);
}

/** One row's reason: the groups not in order, the own verdict, or what the row says is missing. */
function rowReason(row: RequirementResult): string | undefined {
  switch (row.status) {
    case 'in-orde':
    case 'niet-van-toepassing':
      return undefined;
    case 'handmatig-beoordeeld': {
      const verdict = row.manualVerdict === 'deels' ? 'deels voldaan' : row.manualVerdict === 'niet' ? 'niet voldaan' : 'voldaan';
      return row.manualVerdict === 'voldaan' ? undefined : `Eigen beoordeling${row.decidedOn ? ` op ${formatDateNl(row.decidedOn)}` : ''}: ${verdict}.`;
    }
    default:
      break;
  }
  if (row.reasonSource === 'bezetting') {
    const role = /rol (.+)\.$/.exec(row.action)?.[1];
    return role ? `Niemand heeft de rol ${role}; die rol moet iemand hebben.` : 'Er zijn nog geen medewerkers vastgelegd.';
  }
  if (row.groups.length === 0) return 'Nog niet beoordeeld: voor deze eis is een eigen beoordeling nodig.';
  const parts: string[] = [];
  for (const g of row.groups) {
    const what = evidenceLabel(g.evidenceType, g.label);
    if (g.status === 'ontbreekt') parts.push(`${what} ontbreekt.`);
    else if (g.status === 'verlopen') parts.push(`${what} was geldig tot en met ${formatDateNl(g.validThrough)} en is op de peildatum verlopen.`);
    else if (g.status === 'verloopt-binnenkort') parts.push(`${what} is geldig tot en met ${formatDateNl(g.validThrough)}.`);
  }
  if (parts.length === 0) {
    // Every document is valid, yet it is not in order: the start-of-work check (first sentence of the action).
    const first = /^(.+?\.)\s(?:Upload|Zorg dat|Leg|Voeg)/.exec(row.action)?.[1];
    parts.push(first ?? 'Het bewijs voldoet nog niet aan de eis.');
  }
  const problems = row.problems.filter((p) => !parts.includes(p));
  return [...parts, ...problems].join(' ');
}

/** The reason of a requirement (several rows for a person-scoped one: per person). */
export function readerStatusReason(rows: readonly RequirementResult[]): string | undefined {
  if (rows.length === 1 && !rows[0]?.personId) return rowReason(rows[0] as RequirementResult);
  const lines = readerReasonLines(rows).map((l) => l.text);
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** The per-person parts of a reason ("Naam: …"), so a pack for chosen persons can leave the others' names out. */
export function readerReasonLines(rows: readonly RequirementResult[]): { personId?: string; text: string }[] {
  const lines: { personId?: string; text: string }[] = [];
  for (const r of rows) {
    const reason = rowReason(r);
    if (reason) lines.push(r.personName ? { ...(r.personId ? { personId: r.personId } : {}), text: `${r.personName}: ${reason}` } : { text: reason });
  }
  return lines;
}
