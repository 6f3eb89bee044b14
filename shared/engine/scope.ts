/** Which people a requirement is about on the peildatum. */
import type { Scope } from '../kaders/schema';
import { ROLE_LABELS } from '../evidence';
import type { IsoDate } from '../model';
import { PERSON_KIND_PLURALS, joinNl } from './labels';
import type { PersonInput } from './types';

/** A person counts until and including their last working day; people who left are not evaluated. */
export function isActiveOn(person: PersonInput, peildatum: IsoDate): boolean {
  return !person.endDate || person.endDate >= peildatum;
}

export function isPersonScope(scope: Scope): boolean {
  return scope.level !== 'organisatie' && scope.level !== 'clientpraktijk';
}

export function peopleInScope(scope: Scope, people: readonly PersonInput[]): PersonInput[] {
  switch (scope.level) {
    case 'organisatie':
    case 'clientpraktijk':
      return [];
    case 'medewerker':
      return people.filter((p) => !scope.kinds || scope.kinds.includes(p.kind));
    case 'medewerker-clientcontact':
      return people.filter((p) => p.clientContact && (!scope.kinds || scope.kinds.includes(p.kind)));
    case 'medewerker-rol':
      return people.filter(
        (p) => p.roles.some((r) => scope.roles.includes(r)) && (!scope.kinds || scope.kinds.includes(p.kind)),
      );
  }
}

/**
 * When nobody is in scope: either the requirement does not apply (nobody has the role) or it is missing
 * (nobody entered yet, or a role someone must hold).
 */
export function emptyScopeOutcome(
  scope: Scope,
  activePeople: readonly PersonInput[],
): { status: 'niet-van-toepassing' | 'ontbreekt'; text: string } {
  if (activePeople.length === 0) {
    return { status: 'ontbreekt', text: 'Voeg jezelf en je medewerkers toe onder Personeel.' };
  }
  const kinds = 'kinds' in scope && scope.kinds ? joinNl(scope.kinds.map((k) => PERSON_KIND_PLURALS[k])) : undefined;
  switch (scope.level) {
    case 'medewerker-rol': {
      const roles = joinNl(scope.roles.map((r) => ROLE_LABELS[r] ?? r));
      if (scope.holderRequired) return { status: 'ontbreekt', text: `Wijs iemand aan met de rol ${roles}.` };
      return { status: 'niet-van-toepassing', text: `Niemand heeft de rol ${roles}.` };
    }
    case 'medewerker-clientcontact':
      return {
        status: 'niet-van-toepassing',
        text: kinds ? `Er zijn geen ${kinds} met direct cliëntcontact.` : 'Niemand heeft direct cliëntcontact.',
      };
    default:
      return { status: 'niet-van-toepassing', text: kinds ? `Er zijn geen ${kinds}.` : 'Er is niemand in beeld.' };
  }
}
