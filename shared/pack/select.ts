import { entryForChosenPersons } from './person-choice';
import { codeOfReason, type LeftOutDocument } from './left-out';
import type {
  PackAttachment,
  PackInclude,
  PackModel,
  PackOptions,
  PackPerson,
  PackRequirementEntry,
  PackSection,
  PackStaffMatrix,
  PackStatus,
  PackStoredDocument,
} from './model';

/** Statuses a reader has to act on. */
export function needsAttention(status: PackStatus): boolean {
  return status === 'expiring' || status === 'partial' || status === 'not-met';
}

/** In order on the peildatum (an expiring document is still valid). */
export function inOrder(status: PackStatus): boolean {
  return status === 'met' || status === 'expiring';
}

/** Which requirements: 'no-personal' is the older spelling of 'all' without personal documents. */
export type PackRequirementFilter = Exclude<PackInclude, 'no-personal'>;

/** The model after the user's choices (kaders, include) are applied; attachments in pack order. */
export interface PackSelection {
  model: PackModel;
  include: PackRequirementFilter;
  /** Personal documents of staff included. */
  personal: boolean;
  /** The persons chosen (PackOptions.personIds); absent: every person. */
  personIds?: string[];
  /** With a person choice: the chosen persons (as the model names them) and how many there are in all. */
  persons?: { chosen: PackPerson[]; total: number };
  kaders: PackModel['kaders'];
  /** Every section of the chosen kaders with all its entries: the summary counts these. */
  allSections: PackSection[];
  /** The sections and entries that go into the pack. */
  sections: PackSection[];
  staffMatrix?: PackStaffMatrix;
  /** Attachments that belong in the pack, ordered by the first requirement that cites them. */
  attachments: PackAttachment[];
  /** Personal documents left out with personal = false (counted on the cover). */
  omittedPersonal: number;
  /** Personal documents of persons not chosen (personIds). */
  omittedOtherPersons: number;
  /** Requirements of the chosen kaders that the include filter leaves out. */
  omittedRequirements: number;
  /** Every stored document that is not an attachment of the pack, with the reason. */
  leftOut: LeftOutDocument[];
  /** Stored documents in all (attachments of the pack plus leftOut). */
  storedCount: number;
  /** Reader's name of a requirement ("Veiligheid 1") by entry id. */
  labels: Map<string, string>;
}

export const INCLUDE_LABELS: Record<PackInclude, string> = {
  all: 'Alle eisen',
  met: 'Alleen eisen waaraan is voldaan',
  attention: 'Alleen eisen die aandacht nodig hebben',
  'no-personal': 'Alle eisen',
};

const FILTER_REASON: Record<PackRequirementFilter, string> = {
  all: '',
  met: 'Hoort alleen bij eisen waaraan (nog) niet is voldaan; dit pakket bevat alleen eisen waaraan is voldaan.',
  attention: 'Hoort alleen bij eisen die in orde zijn; dit pakket bevat alleen eisen die aandacht nodig hebben.',
};

function keepEntry(filter: PackRequirementFilter, status: PackStatus): boolean {
  if (filter === 'met') return inOrder(status);
  if (filter === 'attention') return needsAttention(status);
  return true;
}

const REASON_PERSONAL = 'Persoonlijk document van een medewerker; dit pakket bevat geen persoonlijke documenten.';
const REASON_OTHER_PERSON = 'Persoonlijk document van een medewerker die niet voor dit pakket is gekozen.';

type PersonalDoc = { documentId: string; personal?: boolean; personId?: string };

export function selectForPack(model: PackModel, options: PackOptions = {}): PackSelection {
  const include: PackRequirementFilter = options.include === 'no-personal' || !options.include ? 'all' : options.include;
  const personal = options.include === 'no-personal' ? false : options.personal !== false;
  const unpicked = new Set(options.excludeDocumentIds ?? []);
  const kaderFilter = options.kaderIds && options.kaderIds.length > 0 ? new Set(options.kaderIds) : undefined;
  const kaders = kaderFilter ? model.kaders.filter((k) => kaderFilter.has(k.id)) : model.kaders;
  const personFilter = options.personIds ? new Set(options.personIds) : undefined;
  const isPersonal = (d: PersonalDoc): boolean => !!d.personal || d.personId !== undefined;
  // A personal document without a known person cannot be shown to belong to a chosen one.
  const otherPerson = (d: PersonalDoc): boolean => !!personFilter && isPersonal(d) && !(d.personId !== undefined && personFilter.has(d.personId));
  const dropDocument = (d: PersonalDoc): boolean => (!personal && isPersonal(d)) || otherPerson(d) || unpicked.has(d.documentId);

  const allSections = model.sections.filter((s) => (!kaderFilter || kaderFilter.has(s.kaderId)) && s.entries.length > 0);
  const labels = new Map<string, string>();
  for (const s of model.sections) for (const e of s.entries) labels.set(e.id, e.label);
  const omittedPersonalIds = new Set<string>();
  const omittedOtherPersonIds = new Set<string>();
  const sections: PackSection[] = [];
  let omittedRequirements = 0;
  for (const section of allSections) {
    const entries: PackRequirementEntry[] = [];
    for (const entry of section.entries) {
      if (!keepEntry(include, entry.status)) {
        omittedRequirements++;
        continue;
      }
      const shown = personFilter ? entryForChosenPersons(entry, personFilter) : entry;
      if (shown.documents.some(dropDocument)) {
        for (const d of entry.documents) {
          if (!personal && isPersonal(d)) omittedPersonalIds.add(d.documentId);
          else if (otherPerson(d)) omittedOtherPersonIds.add(d.documentId);
        }
        entries.push({ ...shown, documents: shown.documents.filter((d) => !dropDocument(d)) });
      } else {
        entries.push(shown);
      }
    }
    if (entries.length > 0) sections.push({ ...section, entries });
  }

  let staffMatrix = model.staffMatrix;
  if (staffMatrix && personFilter) {
    staffMatrix = { columns: staffMatrix.columns, rows: staffMatrix.rows.filter((r) => r.personId !== undefined && personFilter.has(r.personId)) };
  }
  if (staffMatrix && include !== 'all') {
    const keep = (s: PackStatus) => s === 'not-applicable' || keepEntry(include, s);
    const rows = staffMatrix.rows.filter((r) =>
      include === 'met' ? r.cells.every((c) => keep(c.status)) : r.cells.some((c) => needsAttention(c.status)),
    );
    staffMatrix = rows.length > 0 ? { columns: staffMatrix.columns, rows } : undefined;
  }
  if (staffMatrix && staffMatrix.rows.length === 0) staffMatrix = undefined;

  // Order attachments by the first entry citing them; keep only requirement ids that are in the pack.
  const order = new Map<string, number>();
  let position = 0;
  for (const s of sections) for (const e of s.entries) order.set(e.id, position++);
  const chosenIds = new Set(allSections.flatMap((s) => s.entries.map((e) => e.id)));
  const attachments: PackAttachment[] = [];
  const leftOut: LeftOutDocument[] = [];
  const attachmentIds = new Set(model.attachments.map((a) => a.documentId));
  const leave = (a: { documentId: string; title: string; fileName: string }, code: LeftOutDocument['code'], reason: string) =>
    leftOut.push({ documentId: a.documentId, title: a.title, fileName: a.fileName, code, reason });
  for (const a of model.attachments) {
    if (!personal && isPersonal(a)) {
      omittedPersonalIds.add(a.documentId);
      leave(a, 'personal', REASON_PERSONAL);
      continue;
    }
    if (otherPerson(a)) {
      omittedOtherPersonIds.add(a.documentId);
      leave(a, 'other-person', REASON_OTHER_PERSON);
      continue;
    }
    if (unpicked.has(a.documentId)) {
      leave(a, 'unpicked', 'Bij het samenstellen van dit pakket uitgezet.');
      continue;
    }
    const requirementIds = a.requirementIds.filter((id) => order.has(id));
    if (requirementIds.length === 0) {
      if (a.requirementIds.some((id) => chosenIds.has(id))) leave(a, 'status-filter', FILTER_REASON[include]);
      else leave(a, 'other-kader', 'Hoort alleen bij een kwaliteitskader dat niet in dit pakket zit.');
      continue;
    }
    requirementIds.sort((x, y) => (order.get(x) as number) - (order.get(y) as number));
    const unchanged = requirementIds.every((id, i) => id === a.requirementIds[i]) && requirementIds.length === a.requirementIds.length;
    attachments.push(unchanged ? a : { ...a, requirementIds });
  }
  attachments.sort(
    (a, b) => (order.get(a.requirementIds[0] as string) as number) - (order.get(b.requirementIds[0] as string) as number),
  );

  // Cited documents without a file, and stored documents no requirement cites.
  const stored = storedDocuments(model);
  const citedIn = (list: PackSection[]) => new Set(list.flatMap((s) => s.entries.flatMap((e) => e.documents.map((d) => d.documentId))));
  const citedKept = citedIn(sections);
  const citedChosen = citedIn(allSections);
  const citedAny = citedIn(model.sections);
  for (const d of stored) {
    if (attachmentIds.has(d.documentId)) continue;
    // Personal documents left out for privacy come first: listed by count, never by title (layout-back.ts).
    if (!personal && isPersonal(d)) {
      omittedPersonalIds.add(d.documentId);
      leave(d, 'personal', REASON_PERSONAL);
    } else if (otherPerson(d)) {
      omittedOtherPersonIds.add(d.documentId);
      leave(d, 'other-person', REASON_OTHER_PERSON);
    } else if (d.notCitedReason) {
      leave(d, codeOfReason(d.notCitedReason), d.notCitedReason);
    } else if (unpicked.has(d.documentId)) {
      leave(d, 'unpicked', 'Bij het samenstellen van dit pakket uitgezet.');
    } else if (!citedAny.has(d.documentId)) {
      leave(d, 'no-requirement', 'Telt voor geen eis die in dit pakket van toepassing is.');
    } else if (!citedKept.has(d.documentId) && citedChosen.has(d.documentId)) {
      leave(d, 'status-filter', FILTER_REASON[include]);
    } else if (!citedChosen.has(d.documentId)) {
      leave(d, 'other-kader', 'Hoort alleen bij een kwaliteitskader dat niet in dit pakket zit.');
    } else {
      leave(d, 'no-file', 'Het bestand van dit document is niet gevonden op deze computer.');
    }
  }
  return {
    model,
    include,
    personal,
    ...(options.personIds ? { personIds: [...options.personIds], persons: chosenPersons(model, options.personIds) } : {}),
    kaders,
    allSections,
    sections,
    staffMatrix,
    attachments,
    omittedPersonal: omittedPersonalIds.size,
    omittedOtherPersons: omittedOtherPersonIds.size,
    omittedRequirements,
    leftOut,
    storedCount: stored.length,
    labels,
  };
}

/** The chosen persons as the model names them, and how many persons there are in all. */
function chosenPersons(model: PackModel, personIds: readonly string[]): { chosen: PackPerson[]; total: number } {
  const all = new Map<string, string>();
  for (const p of model.persons ?? []) all.set(p.id, p.name);
  // A hand-built model may not list its persons: the staff matrix and the documents know them.
  if (!model.persons) {
    for (const r of model.staffMatrix?.rows ?? []) if (r.personId) all.set(r.personId, r.name);
    for (const d of [...model.attachments, ...(model.documents ?? [])]) if (d.personId && !all.has(d.personId)) all.set(d.personId, '');
  }
  const chosen = [...new Set(personIds)].filter((id) => all.has(id)).map((id) => ({ id, name: all.get(id) as string }));
  return { chosen, total: all.size };
}

/** The model's stored documents; when it lists none, the cited documents and attachments are all there is. */
export function storedDocuments(model: PackModel): PackStoredDocument[] {
  const out = new Map<string, PackStoredDocument>();
  for (const d of model.documents ?? []) out.set(d.documentId, d);
  for (const a of model.attachments) {
    if (!out.has(a.documentId)) out.set(a.documentId, { documentId: a.documentId, title: a.title, fileName: a.fileName, personal: a.personal, personId: a.personId });
  }
  for (const s of model.sections) {
    for (const e of s.entries) {
      for (const d of e.documents) {
        if (!out.has(d.documentId)) out.set(d.documentId, { documentId: d.documentId, title: d.title, fileName: d.title, personal: d.personal, personId: d.personId });
      }
    }
  }
  return [...out.values()];
}
