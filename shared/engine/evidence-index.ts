/**
 * Indexes of the documents for one peildatum, built once per run so each requirement looks up its
 * candidates in O(1): by subject (person or organisation) and type, and by explicit link.
 */
import type { IsoDate } from '../model';
import type { DocumentInput } from './types';

export const ORG_SUBJECT = 'org';

/** The day a revision takes effect: its issue date, else the day it was stored. */
export function effectiveFrom(doc: DocumentInput): IsoDate | undefined {
  return doc.issueDate ?? doc.createdAt?.slice(0, 10);
}

/** A revision exists on the peildatum when it takes effect on or before it (undated ones always count). */
function existsOn(doc: DocumentInput, peildatum: IsoDate): boolean {
  const from = effectiveFrom(doc);
  return from === undefined || from <= peildatum;
}

/**
 * Per version group, the revision in force on the peildatum: the latest that took effect on or before it
 * (not simply the newest upload). Ties go to the revision that was not superseded, then the later upload.
 */
export function selectRevisions(docs: readonly DocumentInput[], peildatum: IsoDate): DocumentInput[] {
  const byGroup = new Map<string, DocumentInput>();
  for (const doc of docs) {
    if (!existsOn(doc, peildatum)) continue;
    const group = doc.versionGroup ?? doc.id;
    const current = byGroup.get(group);
    if (!current || isBetterRevision(doc, current)) byGroup.set(group, doc);
  }
  return [...byGroup.values()];
}

function isBetterRevision(a: DocumentInput, b: DocumentInput): boolean {
  const fa = effectiveFrom(a) ?? '';
  const fb = effectiveFrom(b) ?? '';
  if (fa !== fb) return fa > fb;
  const aCurrent = !a.supersededBy;
  const bCurrent = !b.supersededBy;
  if (aCurrent !== bCurrent) return aCurrent;
  if (a.supersedes === b.id) return true;
  if (b.supersedes === a.id) return false;
  return (a.createdAt ?? '') > (b.createdAt ?? '');
}

export interface EvidenceIndex {
  /** Revision in force per version group, by subject then evidence type. */
  current(subject: string, type: string): readonly DocumentInput[];
  /** Every revision that exists on the peildatum, by subject then type (for start-of-work checks). */
  history(subject: string, type: string): readonly DocumentInput[];
  /** Current revisions the user linked to a requirement id, for one subject. */
  linked(requirementId: string, subject: string): readonly DocumentInput[];
}

const EMPTY: readonly DocumentInput[] = [];

function push(map: Map<string, Map<string, DocumentInput[]>>, subject: string, type: string, doc: DocumentInput): void {
  let byType = map.get(subject);
  if (!byType) map.set(subject, (byType = new Map()));
  const list = byType.get(type);
  if (list) list.push(doc);
  else byType.set(type, [doc]);
}

export function buildEvidenceIndex(docs: readonly DocumentInput[], peildatum: IsoDate): EvidenceIndex {
  const current = new Map<string, Map<string, DocumentInput[]>>();
  const history = new Map<string, Map<string, DocumentInput[]>>();
  const linked = new Map<string, DocumentInput[]>();
  for (const doc of docs) {
    if (existsOn(doc, peildatum)) push(history, doc.personId ?? ORG_SUBJECT, doc.evidenceType, doc);
  }
  for (const doc of selectRevisions(docs, peildatum)) {
    const subject = doc.personId ?? ORG_SUBJECT;
    push(current, subject, doc.evidenceType, doc);
    for (const reqId of doc.links ?? []) {
      const key = `${reqId}\u0000${subject}`;
      const list = linked.get(key);
      if (list) list.push(doc);
      else linked.set(key, [doc]);
    }
  }
  return {
    current: (subject, type) => current.get(subject)?.get(type) ?? EMPTY,
    history: (subject, type) => history.get(subject)?.get(type) ?? EMPTY,
    linked: (requirementId, subject) => linked.get(`${requirementId}\u0000${subject}`) ?? EMPTY,
  };
}
