/** Deadline builders and a tiny iCalendar reader for the calendar and reminder tests. */
import type { Deadline } from '../../../shared/engine';
import { daysBetween } from '../../../shared/dates';

/** A deadline as the engine makes it, relative to `peildatum` and a horizon. */
export function deadline(over: Partial<Deadline> & Pick<Deadline, 'date'>, peildatum = '2026-11-23', horizonDays = 60): Deadline {
  const daysLeft = daysBetween(peildatum, over.date);
  const key = over.key ?? `mg-wmo:mg-wmo.personeel.vog:${over.personId ?? 'org'}:${over.date}`;
  return {
    key,
    dedupeKey: over.documentId ? `doc:${over.documentId}:${over.date}` : key,
    kind: 'verloopdatum',
    title: `Verloopt: VOG${over.personName ? ` – ${over.personName}` : ''}`,
    kaderId: 'mg-wmo',
    sectionId: 'personeel',
    requirementId: 'mg-wmo.personeel.vog',
    overdue: daysLeft < 0,
    daysLeft,
    withinHorizon: daysLeft <= horizonDays,
    status: daysLeft < 0 ? 'verlopen' : daysLeft <= horizonDays ? 'verloopt-binnenkort' : 'in-orde',
    ...over,
  };
}

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  type: string;
  props: IcsProperty[];
  children: IcsComponent[];
  get(name: string): IcsProperty | undefined;
}

/** Unfolds and parses iCalendar text into nested components (enough for VCALENDAR/VEVENT/VALARM). */
export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) throw new Error('ics must end with CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`no colon in line: ${line}`);
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const comp: IcsComponent = {
        type: value,
        props: [],
        children: [],
        get(n) {
          return this.props.find((p) => p.name === n);
        },
      };
      if (stack.length) stack[stack.length - 1]!.children.push(comp);
      else root = comp;
      stack.push(comp);
    } else if (name === 'END') {
      const comp = stack.pop();
      if (comp?.type !== value) throw new Error(`END:${value} does not close ${comp?.type}`);
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
      stack[stack.length - 1]!.props.push({ name: name!, params, value });
    }
  }
  if (!root || stack.length) throw new Error('unbalanced BEGIN/END');
  return root;
}

/** RFC 5545 TEXT unescaping. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
