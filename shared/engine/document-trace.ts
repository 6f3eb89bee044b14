/**
 * What evaluate() records about each document while it evaluates the requirements (which requirements it
 * counts for, its last valid day there, the accepts whose details it missed, remarks), read afterwards by
 * document-use.ts for the per-document view.
 */
import type { EvidenceAccept } from '../kaders/schema';
import type { DocumentInput, RequirementResult } from './types';
import type { DocValidity } from './validity';

/** What evaluate() collected about documents while it evaluated the requirements. */
export interface DocumentTrace {
  uses: Map<string, Map<string, Set<string>>>;
  validity: Map<string, DocValidity>;
  /** Accepts a document's type matched but its details did not; worded only for documents that count for nothing. */
  mismatches: Map<string, EvidenceAccept[]>;
  remarks: Map<string, string[]>;
}

export function emptyTrace(): DocumentTrace {
  return { uses: new Map(), validity: new Map(), mismatches: new Map(), remarks: new Map() };
}

export function traceMismatch(trace: DocumentTrace, doc: DocumentInput, accept: EvidenceAccept): void {
  const list = trace.mismatches.get(doc.id);
  if (!list) trace.mismatches.set(doc.id, [accept]);
  else if (!list.includes(accept)) list.push(accept);
}

/** Records that a document is evidence for a result (and its last valid day there: the earliest wins). */
export function traceUse(trace: DocumentTrace, doc: DocumentInput, row: RequirementResult, validity: DocValidity): void {
  let byKader = trace.uses.get(doc.id);
  if (!byKader) trace.uses.set(doc.id, (byKader = new Map()));
  let keys = byKader.get(row.kaderId);
  if (!keys) byKader.set(row.kaderId, (keys = new Set()));
  keys.add(row.key);
  const known = trace.validity.get(doc.id);
  const through = validity.ok ? validity.validThrough : undefined;
  const knownThrough = known?.ok ? known.validThrough : undefined;
  if (!known || (through !== undefined && (knownThrough === undefined || through < knownThrough))) trace.validity.set(doc.id, validity);
}

export function traceNote(map: Map<string, string[]>, docId: string, text: string): void {
  const list = map.get(docId);
  if (!list) map.set(docId, [text]);
  else if (!list.includes(text)) list.push(text);
}
