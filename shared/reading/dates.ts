import { isIsoDate } from '../dates';
import type { IsoDate } from '../model';

/** A date printed in the text, with where it was found (indexes into the normalized text). */
export interface FoundDate {
  iso: IsoDate;
  index: number;
  end: number;
  raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// 15-12-2025, 15/12/2025, 15.12.2025 (OCR may put a space beside a separator), 2025-12-15, 15 december 2025, 15 dec. 2025.
const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})\b`,
    String.raw`\b(\d{1,2})(?:e)? ?[- ](${MONTH_WORDS})\.?[- ](\d{4})\b`,
  ].join('|'),
  'g',
);

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Every real calendar date written in one of the Dutch forms, in order. Impossible dates (31-02) are skipped. */
export function findDates(normalized: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of normalized.matchAll(DATE_PATTERN)) {
    let value: string;
    if (m[1]) value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) value = iso(Number(m[6]), Number(m[5]), Number(m[4]));
    else value = iso(Number(m[9]), MONTHS[m[8]!]!, Number(m[7]));
    if (isIsoDate(value)) found.push({ iso: value, index: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return found;
}

export type DateRole = 'issue' | 'until' | 'ignore';

interface DateLabel {
  text: string;
  role: DateRole;
  confidence: number;
  /** Labels of a policy's revision: when several differ, the latest one is the version in force. */
  revision?: boolean;
}

const label = (role: DateRole, confidence: number, texts: string[], revision = false): DateLabel[] =>
  texts.map((text) => ({ text, role, confidence, revision }));

/** Labels printed before a date on Dutch certificates, policies and letters, with what they say about it. */
const LABELS: DateLabel[] = [
  ...label('issue', 0.95, ['datum van afgifte', 'datum afgifte', 'afgiftedatum', 'afgegeven op', 'afgegeven d.d.', 'datum uitgifte', 'uitgiftedatum', 'uitgereikt op', 'datum uitreiking', 'datum van uitreiking']),
  ...label('issue', 0.9, ['behaald op', 'datum behaald', 'examendatum', 'datum examen', 'geslaagd op', 'datum diploma', 'datum certificaat', 'datum training', 'trainingsdatum', 'datum cursus', 'cursusdatum', 'datum deelname', 'deelgenomen op', 'gevolgd op', 'datum uittreksel', 'datum ondertekening', 'ondertekend op', 'getekend op', 'datum certificering', 'certificaatdatum', 'registratiedatum', 'datum registratie', 'datum herregistratie', 'geregistreerd op', 'datum bewijs', 'datum van de training', 'datum aansluiting', 'aangesloten per', 'lid sinds', 'lidmaatschap per', 'ingangsdatum lidmaatschap']),
  ...label('issue', 0.9, ['vastgesteld op', 'vastgesteld d.d.', 'vastgesteld', 'herzien', 'datum vaststelling', 'laatst herzien op', 'laatst herzien', 'herzien op', 'datum herziening', 'laatste herziening', 'versiedatum', 'datum versie', 'in werking per', 'in werking getreden op'], true),
  ...label('issue', 0.85, ['ingangsdatum', 'datum ingang', 'begindatum', 'geldig vanaf', 'geldig van', 'ingegaan op', 'gaat in op']),
  ...label('issue', 0.7, ['datum']),
  ...label('until', 0.95, ['geldig tot en met', 'geldig t/m', 'geldig tot', 'geldigheid tot', 'geldig tot:']),
  ...label('until', 0.9, ['vervaldatum', 'verloopdatum', 'verloopt op', 'einddatum', 'expiratiedatum', 'datum einde', 'eindigt op', 'loopt tot', 'herhalen voor', 'herhaling voor', 'uiterlijk herhalen', 'herregistratie voor', 'contractvervaldatum', 'einde looptijd', 'einde contract']),
  ...label('until', 0.85, ['tot en met', 't/m']),
  // Never the document's own dates (and a birth date is personal data we do not want at all).
  ...label('ignore', 1, ['geboortedatum', 'geboren op', 'geboren', 'geb.', 'datum aanvraag', 'aanvraagdatum', 'aangevraagd op', 'datum ontvangst', 'ontvangen op', 'printdatum', 'afdrukdatum', 'datum afdruk', 'volgende herziening', 'herziening voor', 'evaluatiedatum', 'datum evaluatie', 'premievervaldatum', 'datum in dienst', 'in dienst sinds', 'datum oprichting', 'datum vestiging', 'datum akte', 'datum inschrijving', 'ingeschreven sinds', 'datum wijziging', 'laatst gewijzigd', 'betaald op', 'factuurdatum', 'datum van de brief', 'uw brief van']),
];

/** A place followed by a comma just before the date: "Groningen, 12 maart 2025". */
const PLACE_BEFORE = /(?:^|[\s:])[a-z][a-z'-]{2,}(?: [a-z][a-z'-]+)?, $/;

/** How far before a date its label may stand (table layouts put some words between). */
const WINDOW = 48;

export interface LabelledDate extends FoundDate {
  role: DateRole | 'unlabelled';
  confidence: number;
  /** The label as printed (normalized), or '' when there is none. */
  label: string;
  revision: boolean;
}

/** Each date with the label just before it (the nearest one wins; at the same place, the longest). */
export function labelDates(normalized: string, dates: FoundDate[]): LabelledDate[] {
  return dates.map((date, i) => {
    const from = Math.max(i > 0 ? dates[i - 1]!.end : 0, date.index - WINDOW);
    const before = normalized.slice(from, date.index);
    let best: { l: DateLabel; end: number } | undefined;
    for (const l of LABELS) {
      const at = lastWordIndex(before, l.text);
      if (at < 0) continue;
      const end = at + l.text.length;
      if (!best || end > best.end || (end === best.end && l.text.length > best.l.text.length)) best = { l, end };
    }
    if (best) {
      // Text between label and date other than punctuation and a few words weakens the link.
      const gap = before.slice(best.end).replace(/[\s:.,()-]/g, '').length;
      const confidence = gap > 24 ? best.l.confidence - 0.2 : best.l.confidence;
      return { ...date, role: best.l.role, confidence, label: best.l.text, revision: best.l.revision ?? false };
    }
    if (PLACE_BEFORE.test(before)) return { ...date, role: 'issue', confidence: 0.7, label: 'plaats en datum', revision: false };
    return { ...date, role: 'unlabelled', confidence: 0, label: '', revision: false };
  });
}

function lastWordIndex(haystack: string, needle: string): number {
  let at = haystack.lastIndexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? ' ' : haystack[at - 1]!;
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    at = at === 0 ? -1 : haystack.lastIndexOf(needle, at - 1);
  }
  return -1;
}
