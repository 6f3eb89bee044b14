/** The one plain Dutch line per result that says what to do next. */
import { getEvidenceType } from '../evidence';
import { formatDateNl } from '../dates';
import type { IsoDate } from '../model';
import { evidencePhrase } from './describe';
import type { GroupEvaluation } from './groups';
import { capitalize } from './labels';
import type { StartCheck } from './start-of-work';
import { MANUAL_VERDICT_LABELS, type Status } from './status';
import type { PersonInput } from './types';

export interface ActionContext {
  status: Status;
  person?: PersonInput;
  groups: readonly GroupEvaluation[];
  problems: readonly string[];
  start?: StartCheck;
  reason?: string;
  manual?: { verdict: 'voldaan' | 'deels' | 'niet'; decidedOn: IsoDate; validThrough?: IsoDate };
  nextDeadline?: IsoDate;
}

const of = (person?: PersonInput): string => (person ? ` van ${person.name}` : '');

function renewLine(g: GroupEvaluation, person: PersonInput | undefined): string {
  const type = getEvidenceType(g.result.evidenceType);
  const phrase = evidencePhrase(g.result.evidenceType, g.accept);
  const through = g.result.validThrough ? formatDateNl(g.result.validThrough) : '';
  switch (type?.category) {
    case 'beleid':
      return `Herzie ${phrase} uiterlijk ${through} en sla de nieuwe versie op.`;
    case 'registratie':
      return `Zorg uiterlijk ${through} voor ${evidencePhrase(g.result.evidenceType, g.accept, 'new')}.`;
    default:
      return `Vernieuw ${phrase}${of(person)}: geldig tot en met ${through}.`;
  }
}

function expiredLine(g: GroupEvaluation, person: PersonInput | undefined): string {
  const type = getEvidenceType(g.result.evidenceType);
  const phrase = evidencePhrase(g.result.evidenceType, g.accept);
  const through = g.result.validThrough ? formatDateNl(g.result.validThrough) : '';
  if (type?.category === 'beleid') {
    return `${capitalize(phrase)} is niet meer actueel (was actueel tot en met ${through}): herzie het document en sla de nieuwe versie op.`;
  }
  return `${capitalize(phrase)}${of(person)} is verlopen (geldig tot en met ${through}): upload ${evidencePhrase(g.result.evidenceType, g.accept, 'new')}.`;
}

function missingLine(g: GroupEvaluation, person: PersonInput | undefined): string {
  const phrase = evidencePhrase(g.result.evidenceType, g.accept);
  return person ? `Upload ${phrase} voor ${person.name}.` : `Voeg ${phrase} toe.`;
}

export function actionLine(ctx: ActionContext): string {
  const { status, person } = ctx;
  switch (status) {
    case 'niet-van-toepassing':
      return `Niets te doen. ${ctx.reason ?? 'Niet van toepassing.'}`;
    case 'handmatig-beoordeeld': {
      const m = ctx.manual!;
      const again = m.validThrough ? ` Beoordeel opnieuw uiterlijk ${formatDateNl(m.validThrough)}.` : '';
      const verdict = `Zelf beoordeeld als ${MANUAL_VERDICT_LABELS[m.verdict]} op ${formatDateNl(m.decidedOn)}.`;
      return m.verdict === 'voldaan' ? `${verdict}${again}` : `${verdict} Werk de verbeterpunten uit.${again}`;
    }
    case 'in-orde':
      return ctx.nextDeadline
        ? `In orde tot en met ${formatDateNl(ctx.nextDeadline)}; nu niets te doen.`
        : 'In orde; niets te doen.';
    default:
      break;
  }
  const start = ctx.start && !ctx.start.ok ? ctx.start : undefined;
  if (start?.pending) {
    const phrase = evidencePhrase(start.evidenceType, ctx.groups[0]?.accept);
    const who = person ? `${person.name} ` : '';
    const lead = start.problem ? `${start.problem} ` : '';
    return `${lead}Zorg dat ${who}vóór de start op ${formatDateNl(start.start)} ${phrase} heeft, afgegeven op of na ${formatDateNl(start.earliest)}.`;
  }
  if (start?.problem) {
    return `${start.problem} Upload ${evidencePhrase(start.evidenceType)} van vóór de start als die er is, of leg in een toelichting vast hoe dit is opgelost.`;
  }
  if (ctx.groups.length === 0) return 'Beoordeel zelf of je hieraan voldoet en leg je toelichting vast.';
  // Address the group that needs attention first: missing, then expired, then expiring.
  const order: Status[] = ['ontbreekt', 'verlopen', 'verloopt-binnenkort'];
  for (const s of order) {
    const g = ctx.groups.find((x) => x.result.status === s);
    if (!g) continue;
    if (s === 'verloopt-binnenkort') return renewLine(g, person);
    if (s === 'verlopen') return expiredLine(g, person);
    const problem = ctx.problems[0];
    return problem ? `${problem} ${missingLine(g, person)}` : missingLine(g, person);
  }
  return 'Controleer deze eis.';
}
