/**
 * The entry point: evaluate(input) → output. Pure and deterministic: JSON in, JSON out, no clock, no I/O.
 * See docs/engine.md for the contract and an example.
 */
import { daysBetween, formatDateNl, isIsoDate, validThroughAfterMonths } from '../dates';
import { BUILTIN_KADERS } from '../kaders';
import type { Kader, Requirement } from '../kaders/schema';
import type { IsoDate } from '../model';
import { actionLine } from './action-line';
import { requirementApplies } from './applicability';
import { countStatuses } from './counts';
import { buildStaffMatrix } from './staff-matrix';
import { makeDeadline, sortDeadlines, type DeadlineSpec } from './deadlines';
import { ORG_SUBJECT, buildEvidenceIndex } from './evidence-index';
import { evaluateGroup, type RunContext } from './groups';
import { emptyScopeOutcome, isActiveOn, isPersonScope, peopleInScope } from './scope';
import { checkStartOfWork, type StartCheck } from './start-of-work';
import { buildDocumentUses } from './document-use';
import { emptyTrace, traceMismatch, traceNote, traceUse, type DocumentTrace } from './document-trace';
import { worstStatus, type Status } from './status';
import type {
  AssessmentInput,
  Deadline,
  EngineInput,
  EngineOutput,
  KaderSummary,
  PersonInput,
  RequirementResult,
} from './types';

export const DEFAULT_HORIZON_DAYS = 60;
/** Section for a custom requirement whose sectionId the kader does not have. */
export const CUSTOM_SECTION = { id: 'eigen-eisen', title: 'Eigen eisen' } as const;

interface Item {
  kader: Kader;
  req: Requirement;
  custom: boolean;
  sectionId: string;
}

interface Run extends RunContext {
  profile: EngineInput['profile'];
  activePeople: PersonInput[];
  assessments: Map<string, AssessmentInput>;
  results: RequirementResult[];
  deadlines: Deadline[];
  trace: DocumentTrace;
}

const collator = new Intl.Collator('nl');
const byNameThenId = (a: PersonInput, b: PersonInput): number =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function baseResult(item: Item, person: PersonInput | undefined): RequirementResult {
  return {
    key: `${item.kader.id}:${item.req.id}:${person?.id ?? ORG_SUBJECT}`,
    kaderId: item.kader.id,
    sectionId: item.sectionId,
    requirementId: item.req.id,
    text: item.req.text,
    custom: item.custom,
    scope: item.req.scope.level,
    personId: person?.id,
    personName: person?.name,
    credential: item.req.credential,
    status: 'ontbreekt',
    documentIds: [],
    action: '',
    problems: [],
    groups: [],
  };
}

/** A result for the requirement as a whole (not applicable, or nobody in scope). */
function wholeRequirement(item: Item, status: Status, reason: string, source: RequirementResult['reasonSource'], decidedOn?: IsoDate): RequirementResult {
  const row = baseResult(item, undefined);
  row.status = status;
  row.reasonSource = source;
  row.decidedOn = decidedOn;
  if (status === 'niet-van-toepassing') {
    row.reason = reason;
    row.action = actionLine({ status, groups: [], problems: [], reason });
  } else {
    row.action = reason;
  }
  return row;
}

function evaluateSubject(item: Item, person: PersonInput | undefined, run: Run): void {
  const { req, kader } = item;
  const row = baseResult(item, person);
  const subject = person?.id ?? ORG_SUBJECT;
  const groups = req.evidence.map((g) => evaluateGroup(g, req, kader, subject, run));
  const start: StartCheck | undefined = person && req.startOfWork ? checkStartOfWork(req, person, run.index, run.peildatum) : undefined;
  const problems = new Set<string>();
  if (start && !start.ok && start.problem) problems.add(start.problem);
  for (const g of groups) for (const p of g.problems) problems.add(p);

  let status: Status = worstStatus(groups.map((g) => g.result.status)) ?? 'ontbreekt';
  if (start && !start.ok) status = 'ontbreekt';

  // A manual verdict settles what no document proves. It is stored per requirement, so it only
  // applies to organisation and practice scopes; per-person evidence always needs documents.
  const assessment = run.assessments.get(`${kader.id}\u0000${req.id}`);
  const manual = assessment?.manual && assessment.manual.decidedOn <= run.peildatum ? assessment.manual : undefined;
  let manualThrough: IsoDate | undefined;
  if (manual && !person) row.manualVerdict = manual.verdict;
  if (manual && !person && status === 'ontbreekt') {
    manualThrough = req.renewMonths ? validThroughAfterMonths(manual.decidedOn, req.renewMonths) : undefined;
    if (manualThrough && manualThrough < run.peildatum) {
      problems.add(`Je eigen beoordeling van ${formatDateNl(manual.decidedOn)} is verouderd (geldig tot en met ${formatDateNl(manualThrough)}).`);
    } else {
      status = 'handmatig-beoordeeld';
      row.decidedOn = manual.decidedOn;
    }
  }

  const specs: DeadlineSpec[] = [];
  if (status === 'handmatig-beoordeeld') {
    if (manualThrough) specs.push({ suffix: 'beoordeling', date: manualThrough, kind: 'herziening', subject: `eigen beoordeling: ${shortText(req.text)}` });
  } else {
    groups.forEach((g, i) => {
      if (g.result.validThrough && g.result.status !== 'ontbreekt') {
        const source = g.candidates.find((c) => c.doc.id === g.document?.id)?.validity.source;
        specs.push({ suffix: String(i), date: g.result.validThrough, evidenceType: g.result.evidenceType, accept: g.accept, documentId: g.document?.id, dateSource: source });
      }
    });
    if (start && !start.ok && start.pending) {
      specs.push({ suffix: 'start', date: start.start, kind: 'start', evidenceType: start.evidenceType, accept: groups[0]?.accept });
    }
  }

  for (const g of groups) {
    for (const c of g.candidates) traceUse(run.trace, c.doc, row, c.validity);
    for (const m of g.mismatches) traceMismatch(run.trace, m.doc, m.accept);
  }
  if (start?.ok && start.late) {
    row.remarks = [start.late.remark];
    traceNote(run.trace.remarks, start.late.documentId, start.late.remark);
  }

  row.status = status;
  row.groups = groups.map((g) => g.result);
  row.documentIds = start && !start.ok ? [] : [...new Set(groups.flatMap((g) => g.result.documentIds))];
  row.problems = status === 'in-orde' || status === 'verloopt-binnenkort' ? [] : [...problems];
  for (const s of specs) if (!row.nextDeadline || s.date < row.nextDeadline) row.nextDeadline = s.date;
  if (row.nextDeadline) row.daysUntilDeadline = daysBetween(run.peildatum, row.nextDeadline);
  row.action = actionLine({
    status,
    person,
    groups,
    problems: row.problems,
    start,
    manual: manual && status === 'handmatig-beoordeeld' ? { ...manual, validThrough: manualThrough } : undefined,
    nextDeadline: row.nextDeadline,
  });
  run.results.push(row);
  for (const s of specs) run.deadlines.push(makeDeadline(row, s, run.peildatum, run.horizonDays));
}

function evaluateItem(item: Item, run: Run): void {
  const { req, kader } = item;
  const assessment = run.assessments.get(`${kader.id}\u0000${req.id}`);
  const nvt = assessment?.notApplicable;
  if (nvt && nvt.decidedOn <= run.peildatum) {
    run.results.push(wholeRequirement(item, 'niet-van-toepassing', nvt.reason, 'beoordeling', nvt.decidedOn));
    return;
  }
  const applicability = requirementApplies(req, run.profile);
  if (!applicability.applies) {
    run.results.push(wholeRequirement(item, 'niet-van-toepassing', applicability.reason, 'profiel'));
    return;
  }
  if (!isPersonScope(req.scope)) {
    evaluateSubject(item, undefined, run);
    return;
  }
  const people = peopleInScope(req.scope, run.activePeople);
  if (people.length === 0) {
    const outcome = emptyScopeOutcome(req.scope, run.activePeople);
    run.results.push(wholeRequirement(item, outcome.status, outcome.text, 'bezetting'));
    return;
  }
  for (const person of people) evaluateSubject(item, person, run);
}

/**
 * Computes the status of every requirement of the active kaders (per person where the requirement is about
 * people) on the peildatum, plus the deadline list, the staff matrix and the counts.
 */
export function evaluate(input: EngineInput): EngineOutput {
  if (!isIsoDate(input.peildatum)) throw new Error(`Ongeldige peildatum '${String(input.peildatum)}' (verwacht jjjj-mm-dd).`);
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const peildatum = input.peildatum;
  const kaders = (input.kaders ?? BUILTIN_KADERS).filter((k) => input.profile.kaderIds.includes(k.id));
  const activePeople = input.people.filter((p) => isActiveOn(p, peildatum)).sort(byNameThenId);
  const inactivePersonIds = input.people.filter((p) => !isActiveOn(p, peildatum)).map((p) => p.id).sort();

  const assessments = new Map<string, AssessmentInput>();
  for (const a of input.assessments ?? []) assessments.set(`${a.kaderId}\u0000${a.requirementId}`, a);

  const run: Run = {
    peildatum,
    horizonDays,
    index: buildEvidenceIndex(input.documents, peildatum),
    validityMemo: new Map(),
    profile: input.profile,
    activePeople,
    assessments,
    results: [],
    deadlines: [],
    trace: emptyTrace(),
  };
  const requirements = new Map<string, Requirement[]>();

  const summaries: KaderSummary[] = [];
  const kaderSections: Record<string, string[]> = {};
  for (const kader of kaders) {
    const sectionIds = new Set(kader.sections.map((s) => s.id));
    const items: Item[] = kader.requirements.map((req) => ({ kader, req, custom: false, sectionId: req.sectionId }));
    let needsCustomSection = false;
    for (const req of input.customRequirements ?? []) {
      if (req.kaderId !== kader.id) continue;
      const known = sectionIds.has(req.sectionId);
      needsCustomSection ||= !known;
      items.push({ kader, req, custom: true, sectionId: known ? req.sectionId : CUSTOM_SECTION.id });
    }
    const sections = kader.sections.map((s) => ({ id: s.id, title: s.title }));
    if (needsCustomSection) sections.push({ ...CUSTOM_SECTION });
    summaries.push({ id: kader.id, title: kader.title, shortTitle: kader.shortTitle, sections });
    kaderSections[kader.id] = sections.map((s) => s.id);
    requirements.set(kader.id, items.map((i) => i.req));
    for (const item of items) evaluateItem(item, run);
  }
  const perDocument = buildDocumentUses({
    peildatum,
    horizonDays,
    documents: input.documents,
    kaders,
    requirements,
    people: input.people,
    activePersonIds: new Set(activePeople.map((p) => p.id)),
    results: run.results,
    deadlines: run.deadlines,
    trace: run.trace,
  });

  return {
    peildatum,
    horizonDays,
    kaders: summaries,
    results: run.results,
    deadlines: sortDeadlines([...run.deadlines, ...perDocument.deadlines]),
    staffMatrix: buildStaffMatrix(run.results, activePeople),
    counts: countStatuses(run.results, kaderSections),
    inactivePersonIds,
    documents: perDocument.documents,
  };
}

/** A requirement's text cut at a word near 60 characters, so a deadline title says which assessment it is. */
function shortText(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
