/**
 * The per-document view: every stored document with its last valid day (and where it comes from), its own
 * status, the requirements it counts for per kader, and — when it counts for none — the reason and a fix.
 * A document with a last valid day that no requirement watches still gets a deadline of its own, so it is
 * in Termijnen, the calendar export and the daily reminder.
 */
import { formatDateNl, daysBetween } from '../dates';
import { getEvidenceType, ROLE_LABELS } from '../evidence';
import type { Kader, Requirement } from '../kaders/schema';
import { mismatchProblem } from './groups';
import type { IsoDate } from '../model';
import { lastValidDay, type DateSource } from './date-source';
import { evidencePhrase, evidenceSubject } from './describe';
import { effectiveFrom, selectRevisions } from './evidence-index';
import { DEADLINE_KIND_LABELS, capitalize, joinNl } from './labels';
import type { Status } from './status';
import type { Deadline, DocumentInput, PersonInput, RequirementResult } from './types';
import { resolveRule } from './validity';
import { traceNote, type DocumentTrace } from './document-trace';

/** A document's own state on the peildatum (not a requirement's). */
export type DocumentState = 'in-orde' | 'verloopt-binnenkort' | 'verlopen' | 'onvolledig' | 'vervangen' | 'nog-niet-geldig';

export const DOCUMENT_STATE_LABELS: Readonly<Record<DocumentState, string>> = {
  'in-orde': 'Geldig',
  'verloopt-binnenkort': 'Verloopt binnenkort',
  verlopen: 'Verlopen',
  onvolledig: 'Gegevens onvolledig',
  vervangen: 'Vervangen',
  'nog-niet-geldig': 'Nog niet geldig',
};

/** A one-click repair the UI can offer. */
export type DocumentFix =
  /** Give the document's person a role, e.g. BHV'er, so the role's requirement applies. */
  | { kind: 'rol-geven'; personId: string; role: string; label: string }
  /** Complete or correct a detail field (e.g. the VOG's screening profile). */
  | { kind: 'gegevens-aanpassen'; field?: string; label: string }
  /** Link the document to a requirement by hand. */
  | { kind: 'koppelen'; label: string };

export interface DocumentUse {
  documentId: string;
  evidenceType: string;
  personId?: string;
  personName?: string;
  /** False for an older revision or one that takes effect after the peildatum. */
  current: boolean;
  /** The document's last valid day, when it has one. */
  lastValidDay?: IsoDate;
  dateSource: DateSource;
  status: DocumentState;
  /** Plain Dutch: "Geldig tot en met 31-12-2026", "Verlopen op 14-11-2025", "Geen einddatum". */
  statusText: string;
  /** Requirements it is evidence for (valid or not), per kader: result keys and requirement ids. */
  countsFor: { kaderId: string; requirementIds: string[]; resultKeys: string[] }[];
  /** Set when it counts for no applicable requirement: why, and the fix where there is one. */
  countsForNothing?: { reason: string; fix?: DocumentFix };
  /** Remarks that travel with it, e.g. a VOG issued after the start date. */
  remarks: string[];
  /** Why it does not fit a requirement that asks for its type (details that do not match). */
  problems: string[];
  /** Keys of the deadlines about this document. */
  deadlineKeys: string[];
  /** For a quality certificate with a last audit entered: when the next yearly audit is due (tracked apart from its validity). */
  nextAudit?: IsoDate;
}

/** Certification schemes (HKZ, ISO 9001, Kiwa) certify for 3 years with a yearly surveillance audit in between. */
export const AUDIT_RULE = { months: 12, basis: 'jaarlijkse tussentijdse audit (certificatieschema)' } as const;

function problemsOf(doc: DocumentInput, trace: DocumentTrace): string[] {
  return [...new Set((trace.mismatches.get(doc.id) ?? []).map((a) => mismatchProblem(doc, a)))];
}

export interface DocumentUseContext {
  peildatum: IsoDate;
  horizonDays: number;
  documents: readonly DocumentInput[];
  kaders: readonly Kader[];
  /** Requirements per kader id as evaluated (kader requirements plus the user's own). */
  requirements: ReadonlyMap<string, readonly Requirement[]>;
  people: readonly PersonInput[];
  activePersonIds: ReadonlySet<string>;
  results: readonly RequirementResult[];
  deadlines: readonly Deadline[];
  trace: DocumentTrace;
}

function stateOf(through: IsoDate | undefined, ctx: Pick<DocumentUseContext, 'peildatum' | 'horizonDays'>): DocumentState {
  if (through === undefined) return 'in-orde';
  const days = daysBetween(ctx.peildatum, through);
  if (days < 0) return 'verlopen';
  return days <= ctx.horizonDays ? 'verloopt-binnenkort' : 'in-orde';
}

function stateText(state: DocumentState, through: IsoDate | undefined, problem?: string): string {
  switch (state) {
    case 'vervangen':
      return 'Vervangen door een nieuwere versie.';
    case 'nog-niet-geldig':
      return 'Gaat later in dan de peildatum.';
    case 'onvolledig':
      return capitalize(`${problem ?? 'gegevens ontbreken'}.`);
    case 'verlopen':
      return `Verlopen: was geldig tot en met ${formatDateNl(through!)}.`;
    default:
      return through ? `Geldig tot en met ${formatDateNl(through)}.` : 'Geen einddatum.';
  }
}

/** The type's own rule when no requirement uses the document: the first active kader's override, else the catalogue. */
function ownRule(type: string, kaders: readonly Kader[]) {
  const kader = kaders.find((k) => k.validity?.[type]) ?? { validity: undefined };
  return resolveRule(type, undefined, {}, kader);
}

/** Why a document counts for no applicable requirement, and the fix where there is one. */
interface Lookups {
  /** Whole-requirement result rows (no person) per `${kaderId}\u0000${requirementId}`. */
  rowsByRequirement: Map<string, RequirementResult[]>;
  /** Requirements per evidence type they accept, over the evaluated kaders. */
  askingByType: Map<string, { kader: Kader; req: Requirement }[]>;
  requirementOfKey: Map<string, string>;
}

function buildLookups(ctx: DocumentUseContext): Lookups {
  const rowsByRequirement = new Map<string, RequirementResult[]>();
  const requirementOfKey = new Map<string, string>();
  for (const r of ctx.results) {
    // Only whole-requirement rows (no person) explain why a document counts for nothing.
    if (r.personId === undefined) {
      const k = `${r.kaderId}\u0000${r.requirementId}`;
      const list = rowsByRequirement.get(k);
      if (list) list.push(r);
      else rowsByRequirement.set(k, [r]);
    }
    requirementOfKey.set(r.key, r.requirementId);
  }
  const askingByType = new Map<string, { kader: Kader; req: Requirement }[]>();
  for (const kader of ctx.kaders) {
    for (const req of ctx.requirements.get(kader.id) ?? []) {
      const types = new Set(req.evidence.flatMap((g) => g.anyOf.map((a) => a.type)));
      for (const t of types) {
        const list = askingByType.get(t);
        if (list) list.push({ kader, req });
        else askingByType.set(t, [{ kader, req }]);
      }
    }
  }
  return { rowsByRequirement, askingByType, requirementOfKey };
}

function explainUnused(doc: DocumentInput, person: PersonInput | undefined, ctx: DocumentUseContext, look: Lookups): { reason: string; fix?: DocumentFix } {
  const phrase = evidencePhrase(doc.evidenceType);
  if (person && !ctx.activePersonIds.has(person.id)) return { reason: `${person.name} is uit dienst; er wordt niets meer gevraagd.` };
  const problems = problemsOf(doc, ctx.trace);
  if (problems[0]) return { reason: problems[0], fix: { kind: 'gegevens-aanpassen', label: 'Gegevens van het document aanpassen' } };
  const asking = look.askingByType.get(doc.evidenceType) ?? [];
  const link: DocumentFix = { kind: 'koppelen', label: 'Zelf koppelen aan een eis' };
  if (asking.length === 0) {
    const names = joinNl(ctx.kaders.map((k) => k.shortTitle ?? k.title), 'en');
    return { reason: `Telt niet mee: ${names ? `geen eis van ${names}` : 'geen eis van je kaders'} vraagt om ${phrase}.`, fix: link };
  }
  for (const { kader, req } of asking) {
    const rows = look.rowsByRequirement.get(`${kader.id}\u0000${req.id}`) ?? [];
    const whole = rows.find((r) => r.personId === undefined && r.status === 'niet-van-toepassing');
    const scope = req.scope;
    if (scope.level === 'medewerker-rol' && person && !person.roles.some((r) => scope.roles.includes(r))) {
      const role = scope.roles[0]!;
      const roles = joinNl(scope.roles.map((r) => ROLE_LABELS[r] ?? r));
      const lead = whole?.reasonSource === 'bezetting' ? `niemand heeft de rol ${roles}` : `${person.name} heeft niet de rol ${roles}`;
      return {
        reason: `Telt niet mee: ${lead}.`,
        fix: { kind: 'rol-geven', personId: person.id, role, label: `Rol ${ROLE_LABELS[role] ?? role} geven aan ${person.name}?` },
      };
    }
    if (whole?.reason) return { reason: `Telt niet mee: ${whole.reason.charAt(0).toLowerCase()}${whole.reason.slice(1)}`, fix: link };
    if (scope.level === 'medewerker-clientcontact' && person && !person.clientContact) {
      return { reason: `Telt niet mee: ${person.name} heeft geen direct cliëntcontact, en deze eis geldt alleen voor wie dat wel heeft.` };
    }
  }
  return { reason: `Telt niet mee voor een eis van je kaders.`, fix: link };
}

function documentDeadline(doc: DocumentInput, person: PersonInput | undefined, date: IsoDate, source: DateSource, ctx: DocumentUseContext): Deadline {
  const type = getEvidenceType(doc.evidenceType);
  const kind = type?.deadlineKind ?? 'verloopdatum';
  const daysLeft = daysBetween(ctx.peildatum, date);
  const state = stateOf(date, ctx);
  const status: Status = state === 'verlopen' ? 'verlopen' : state === 'verloopt-binnenkort' ? 'verloopt-binnenkort' : 'in-orde';
  return {
    key: `doc:${doc.id}`,
    dedupeKey: `doc:${doc.id}:${date}`,
    date,
    kind,
    title: `${DEADLINE_KIND_LABELS[kind]}: ${evidenceSubject(doc.evidenceType)}${person ? ` – ${person.name}` : ''}`,
    kaderId: '',
    sectionId: '',
    requirementId: '',
    personId: person?.id,
    personName: person?.name,
    documentId: doc.id,
    evidenceType: doc.evidenceType,
    overdue: daysLeft < 0,
    daysLeft,
    withinHorizon: daysLeft <= ctx.horizonDays,
    status,
    dateSource: source,
    noRequirement: true,
  };
}

const countsForEmpty = (byKader: Map<string, Set<string>> | undefined): boolean => !byKader || byKader.size === 0;

/** Builds the per-document view and the deadlines of documents no requirement watches. */
export function buildDocumentUses(ctx: DocumentUseContext): { documents: DocumentUse[]; deadlines: Deadline[] } {
  const inForce = new Set(selectRevisions(ctx.documents, ctx.peildatum).map((d) => d.id));
  const people = new Map(ctx.people.map((p) => [p.id, p]));
  const deadlinesByDoc = new Map<string, string[]>();
  for (const d of ctx.deadlines) if (d.documentId) traceNote(deadlinesByDoc, d.documentId, d.key);
  const extra: Deadline[] = [];
  const look = buildLookups(ctx);
  const sorted = [...ctx.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const documents = sorted.map((doc): DocumentUse => {
    const person = doc.personId ? people.get(doc.personId) : undefined;
    const from = effectiveFrom(doc);
    const notYet = from !== undefined && from > ctx.peildatum;
    const current = inForce.has(doc.id);
    const traced = ctx.trace.validity.get(doc.id);
    const v = traced?.source ? traced : lastValidDay(doc, ownRule(doc.evidenceType, ctx.kaders));
    const source = v.source ?? lastValidDay(doc, ownRule(doc.evidenceType, ctx.kaders)).source;
    const through = v.ok ? v.validThrough : undefined;
    const status: DocumentState = !current ? (notYet ? 'nog-niet-geldig' : 'vervangen') : v.ok ? stateOf(through, ctx) : 'onvolledig';
    const byKader = ctx.trace.uses.get(doc.id);
    const countsFor = ctx.kaders
      .filter((k) => byKader?.has(k.id))
      .map((k) => {
        const keys = [...byKader!.get(k.id)!].sort();
        const ids = [...new Set(keys.map((key) => look.requirementOfKey.get(key) ?? ''))].filter(Boolean);
        return { kaderId: k.id, requirementIds: ids, resultKeys: keys };
      });
    const deadlineKeys = [...(deadlinesByDoc.get(doc.id) ?? [])];
    const active = !person || ctx.activePersonIds.has(person.id);
    if (current && active && through && deadlineKeys.length === 0) {
      const dl = documentDeadline(doc, person, through, source, ctx);
      extra.push(dl);
      deadlineKeys.push(dl.key);
    }
    const audit = doc.details?.lastAudit;
    let nextAudit: IsoDate | undefined;
    if (current && active && getEvidenceType(doc.evidenceType)?.fields.some((f) => f.key === 'lastAudit') && typeof audit === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(audit)) {
      const due = lastValidDay({ issueDate: audit }, AUDIT_RULE);
      if (due.ok && due.validThrough) {
        nextAudit = due.validThrough;
        const dl = documentDeadline(doc, person, nextAudit, due.source, ctx);
        dl.key = `doc:${doc.id}:audit`;
        dl.dedupeKey = `doc:${doc.id}:audit:${nextAudit}`;
        dl.kind = 'meting';
        dl.title = `${DEADLINE_KIND_LABELS.meting}: jaarlijkse audit ${evidenceSubject(doc.evidenceType).toLowerCase()}`;
        dl.noRequirement = countsForEmpty(byKader);
        extra.push(dl);
        deadlineKeys.push(dl.key);
      }
    }
    const use: DocumentUse = {
      documentId: doc.id,
      evidenceType: doc.evidenceType,
      personId: doc.personId,
      personName: person?.name,
      current,
      lastValidDay: through,
      dateSource: source,
      status,
      statusText: stateText(status, through, v.ok ? undefined : v.problem),
      countsFor,
      remarks: [...(ctx.trace.remarks.get(doc.id) ?? [])],
      problems: countsFor.length > 0 ? [] : problemsOf(doc, ctx.trace),
      deadlineKeys,
      ...(nextAudit ? { nextAudit } : {}),
    };
    if (countsFor.length === 0) {
      use.countsForNothing = current ? explainUnused(doc, person, ctx, look) : { reason: status === 'vervangen' ? 'Een nieuwere versie telt mee in plaats van deze.' : 'Telt mee zodra het document ingaat.' };
    }
    return use;
  });
  return { documents, deadlines: extra };
}
