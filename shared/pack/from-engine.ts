/**
 * Maps the kader engine's output (statuses on the peildatum) plus the stored documents onto PackModel.
 * The documents that prove a requirement are the ones the engine lists in RequirementResult.documentIds:
 * the revisions valid on the peildatum, so superseded or expired revisions never end up in the pack.
 */
import { REPAIRED_MARK } from '../files/pdf-import';
import { STATUS_LABELS, documentValidity, matchesWhere, resolveRule, type EngineOutput, type RequirementResult, type Status } from '../engine';
import { requirementLabel } from '../kaders/labels';
import type { Kader, Requirement } from '../kaders/schema';
import type { Assessment, EvidenceDocument, IntakeProfile, Organisation } from '../model';
import { formatDateNl } from './format';
import { notCitedReason } from './left-out';
import { readerNotApplicable, readerReasonLines, readerStatusReason } from './reasons';
import type { DeadlineKind } from '../evidence';
import type {
  PackAttachment,
  PackBlob,
  PackDocumentRef,
  PackModel,
  PackRequirementEntry,
  PackSection,
  PackStaffCell,
  PackStatus,
} from './model';

export interface FromEngineInput {
  output: EngineOutput;
  /** The kaders the engine evaluated (for source references). */
  kaders: readonly Kader[];
  organisation: Pick<Organisation, 'name' | 'kvk' | 'agb' | 'address' | 'contactPerson'>;
  /** Metadata of every stored document (at least those the results cite). */
  documents: readonly EvidenceDocument[];
  /**
   * File contents by document id, in memory or as the stored Blob (read by the pack when it gets there); a
   * cited document without contents is listed but not attached.
   */
  files: ReadonlyMap<string, Uint8Array | PackBlob>;
  /** CRC-32 stored with a file, by document id, where it belongs to the document's SHA-256 (PackAttachment.crc32). */
  fileCrc32s?: ReadonlyMap<string, number>;
  assessments?: readonly Pick<Assessment, 'kaderId' | 'requirementId' | 'toelichting'>[];
  /** The intake profile: words a "niet van toepassing" from the intake for the reader. */
  profile?: IntakeProfile;
  generatedAt: string;
  appVersion: string;
}

function packStatus(row: RequirementResult): PackStatus {
  switch (row.status) {
    case 'in-orde':
      return 'met';
    case 'verloopt-binnenkort':
      return 'expiring';
    case 'niet-van-toepassing':
      return 'not-applicable';
    case 'handmatig-beoordeeld':
      return row.manualVerdict === 'deels' ? 'partial' : row.manualVerdict === 'niet' ? 'not-met' : 'met';
    default:
      return 'not-met';
  }
}

/** The kind of a result's next date (an end date, or a review or other date the engine computed). */
type KindOf = (row: RequirementResult) => DeadlineKind | undefined;

function rowLabel(row: RequirementResult, kindOf: KindOf): string {
  if (row.status === 'handmatig-beoordeeld' && row.manualVerdict) {
    return `Eigen beoordeling: ${row.manualVerdict === 'voldaan' ? 'voldaan' : row.manualVerdict === 'deels' ? 'deels voldaan' : 'niet voldaan'}`;
  }
  const label = STATUS_LABELS[row.status];
  if ((row.status === 'verloopt-binnenkort' || row.status === 'in-orde') && row.nextDeadline) {
    // A policy's review date is no end date: say which it is (issue 13: no invented dates).
    const kind = kindOf(row);
    const word = kind === undefined || kind === 'verloopdatum' ? 'geldig t/m' : kind === 'herziening' ? 'herzien uiterlijk' : 'volgende datum';
    return `${label} (${word} ${formatDateNl(row.nextDeadline)})`;
  }
  if (row.status === 'verlopen' && row.nextDeadline) return `${label} (sinds ${formatDateNl(row.nextDeadline)})`;
  return label;
}

/** One entry per requirement; person-scoped requirements aggregate their per-person rows. */
function aggregate(rows: RequirementResult[], kindOf: KindOf): { status: PackStatus; statusLabel: string; nvtRow?: RequirementResult } {
  const first = rows[0] as RequirementResult;
  if (rows.length === 1 && !first.personId) return { status: packStatus(first), statusLabel: rowLabel(first, kindOf), nvtRow: first };
  const applicable = rows.filter((r) => r.status !== 'niet-van-toepassing');
  if (applicable.length === 0) return { status: 'not-applicable', statusLabel: STATUS_LABELS['niet-van-toepassing'], nvtRow: first };
  const statuses = applicable.map(packStatus);
  const ok = statuses.filter((s) => s === 'met' || s === 'expiring').length;
  let status: PackStatus;
  if (ok === applicable.length) status = statuses.includes('expiring') ? 'expiring' : 'met';
  else if (ok === 0 && !statuses.includes('partial')) status = 'not-met';
  else status = 'partial';
  const counts = new Map<Status, number>();
  for (const r of applicable) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const detail = [...counts.entries()].map(([s, n]) => `${STATUS_LABELS[s].toLowerCase()}: ${n}`).join(', ');
  return { status, statusLabel: `${ok} van ${applicable.length} personen in orde (${detail})` };
}

export function packModelFromEngine(input: FromEngineInput): PackModel {
  const { output } = input;
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const kaders = new Map(input.kaders.map((k) => [k.id, k]));
  const toelichting = new Map((input.assessments ?? []).map((a) => [`${a.kaderId}\u0000${a.requirementId}`, a.toelichting]));
  // Deadline keys are `${resultKey}:${suffix}`: the kind of each result's dates.
  const deadlineKinds = new Map<string, DeadlineKind>();
  for (const d of output.deadlines) deadlineKinds.set(`${d.key.slice(0, d.key.lastIndexOf(':'))}\u0000${d.date}`, d.kind);
  const kindOf: KindOf = (row) => (row.nextDeadline ? deadlineKinds.get(`${row.key}\u0000${row.nextDeadline}`) : undefined);
  // Where the document's date comes from, as one word for the reader: computed, or a review date.
  const basisOf = new Map(output.documents.map((u) => [u.documentId, u.dateSource.kind]));

  // Requirement ids are unique per kader; prefix only when two active kaders share one.
  const idCount = new Map<string, number>();
  for (const k of output.kaders) {
    const ids = new Set(output.results.filter((r) => r.kaderId === k.id).map((r) => r.requirementId));
    for (const id of ids) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const entryId = (kaderId: string, requirementId: string): string =>
    (idCount.get(requirementId) ?? 0) > 1 ? `${kaderId}:${requirementId}` : requirementId;

  const sections: PackSection[] = [];
  const citing = new Map<string, string[]>();
  for (const kader of output.kaders) {
    const source = kaders.get(kader.id);
    let customCount = 0;
    for (const section of kader.sections) {
      const byRequirement = new Map<string, RequirementResult[]>();
      for (const r of output.results) {
        if (r.kaderId !== kader.id || r.sectionId !== section.id) continue;
        const list = byRequirement.get(r.requirementId) ?? [];
        list.push(r);
        byRequirement.set(r.requirementId, list);
      }
      const entries: PackRequirementEntry[] = [];
      for (const [requirementId, rows] of byRequirement) {
        const id = entryId(kader.id, requirementId);
        const requirement = source?.requirements.find((q) => q.id === requirementId);
        const { status, statusLabel, nvtRow } = aggregate(rows, kindOf);
        const statusReason = status === 'met' || status === 'not-applicable' ? undefined : readerStatusReason(rows);
        // Remarks that travel with a status, e.g. a VOG issued after the start date (issue 13, item 6).
        const remark = rows.flatMap((r) => (r.remarks ?? []).map((m) => (r.personName ? `${r.personName}: ${m}` : m))).join(' ');
        const personLines = linesPerPerson(rows, statusReason !== undefined);
        const documentIds = [...new Set(rows.flatMap((r) => r.documentIds))];
        const documents: PackDocumentRef[] = [];
        for (const documentId of documentIds) {
          const d = docs.get(documentId);
          if (!d) continue;
          const validUntil = validThrough(d, requirement, source);
          const basis = basisOf.get(documentId);
          const validUntilBasis = validUntil && validUntil !== d.validUntil ? (basis === 'advies' ? 'herziening' : 'berekend') : undefined;
          documents.push({
            documentId,
            title: d.title,
            issueDate: d.issueDate,
            ...(validUntil ? { validUntil } : {}),
            ...(validUntilBasis ? { validUntilBasis } : {}),
            sha256: d.sha256,
            personal: d.personId !== undefined,
            ...(d.personId ? { personId: d.personId } : {}),
          });
          const list = citing.get(documentId) ?? [];
          if (!list.includes(id)) list.push(id);
          citing.set(documentId, list);
        }
        entries.push({
          id,
          label: (requirement && source && requirementLabel(source, requirementId)) || `Eigen eis ${++customCount}`,
          text: (rows[0] as RequirementResult).text,
          sourceRef: requirement
            ? `${kader.shortTitle ?? kader.title} — ${requirement.sourceRef.section}, ${requirement.sourceRef.bullet}`
            : `${kader.shortTitle ?? kader.title} — eigen eis`,
          status,
          statusLabel,
          toelichting: toelichting.get(`${kader.id}\u0000${requirementId}`) || undefined,
          ...(statusReason ? { statusReason } : {}),
          ...(remark ? { remark } : {}),
          ...(personLines.length > 0 ? { personLines } : {}),
          notApplicableReason: status === 'not-applicable' && nvtRow ? readerNotApplicable(nvtRow, requirement, input.profile) : undefined,
          documents,
        });
      }
      if (entries.length > 0) sections.push({ id: `${kader.id}:${section.id}`, kaderId: kader.id, title: section.title, entries });
    }
  }

  const attachments: PackAttachment[] = [];
  for (const [documentId, requirementIds] of citing) {
    const d = docs.get(documentId);
    const content = input.files.get(documentId);
    if (!d || !content) continue;
    attachments.push({
      documentId,
      title: d.title,
      fileName: d.fileName,
      mimeType: d.mimeType,
      fileKind: d.fileKind,
      size: d.size,
      sha256: d.sha256,
      requirementIds,
      personal: d.personId !== undefined,
      ...(d.personId ? { personId: d.personId } : {}),
      ...(d.fileNote?.includes(REPAIRED_MARK) ? { repairContent: true } : {}),
      ...(content instanceof Uint8Array ? { bytes: content } : { blob: content }),
      ...(input.fileCrc32s?.has(documentId) ? { crc32: input.fileCrc32s.get(documentId) } : {}),
    });
  }

  const matrix = output.staffMatrix;
  const staffMatrix =
    matrix.rows.length > 0 && matrix.columns.length > 0
      ? {
          columns: matrix.columns.map((c) => c.label),
          rows: matrix.rows.map((row) => ({
            personId: row.personId,
            name: row.name,
            cells: matrix.columns.map((c): PackStaffCell => {
              const cell = row.cells[c.key];
              if (!cell) return { status: 'not-applicable', statusLabel: 'n.v.t.' };
              const status = packStatus({ status: cell.status } as RequirementResult);
              const until = cell.nextDeadline && cell.status !== 'ontbreekt' ? ` (${formatDateNl(cell.nextDeadline)})` : '';
              return { status, statusLabel: `${STATUS_LABELS[cell.status]}${until}` };
            }),
          })),
        }
      : undefined;

  return {
    organisation: {
      name: input.organisation.name,
      kvk: input.organisation.kvk,
      agb: input.organisation.agb,
      address: input.organisation.address,
      contactPerson: input.organisation.contactPerson,
    },
    kaders: output.kaders.map((k) => ({ id: k.id, title: k.title, ...(k.shortTitle ? { shortTitle: k.shortTitle } : {}) })),
    peildatum: output.peildatum,
    generatedAt: input.generatedAt,
    appVersion: input.appVersion,
    sections,
    staffMatrix,
    // The matrix has a row for every person evaluated on the peildatum, also when it has no columns.
    persons: matrix.rows.map((row) => ({ id: row.personId, name: row.name })),
    attachments,
    documents: input.documents.map((d) => {
      const cited = citing.has(d.id);
      const successor = d.supersededBy ? docs.get(d.supersededBy) : undefined;
      const facts = { issueDate: d.issueDate, validUntil: d.validUntil, superseded: d.supersededBy !== undefined, supersededByTitle: successor?.title };
      return {
        documentId: d.id,
        title: d.title,
        fileName: d.fileName,
        personal: d.personId !== undefined,
        ...(d.personId ? { personId: d.personId } : {}),
        ...(cited ? {} : { notCitedReason: notCitedReason(facts, output.peildatum).reason }),
      };
    }),
  };
}

/** The last valid day as the engine sees it for this requirement (e.g. a policy's review date), not only the typed-in date. */
function validThrough(doc: EvidenceDocument, requirement: Requirement | undefined, kader: Kader | undefined): string | undefined {
  if (!requirement || !kader) return doc.validUntil;
  const accept = requirement.evidence.flatMap((g) => g.anyOf).find((a) => a.type === doc.evidenceType && matchesWhere(doc, a.where));
  const validity = documentValidity(doc, resolveRule(doc.evidenceType, accept, requirement, kader));
  return validity.ok ? validity.validThrough : doc.validUntil;
}

/** Per person, her part of the entry's reason and remark (see PackRequirementEntry.personLines). */
function linesPerPerson(rows: readonly RequirementResult[], withReason: boolean): NonNullable<PackRequirementEntry['personLines']> {
  const out = new Map<string, { personId: string; reason?: string; remark?: string }>();
  const line = (personId: string) => {
    const existing = out.get(personId);
    if (existing) return existing;
    const created = { personId };
    out.set(personId, created);
    return created as { personId: string; reason?: string; remark?: string };
  };
  if (withReason) for (const l of readerReasonLines(rows)) if (l.personId) line(l.personId).reason = l.text;
  for (const r of rows) {
    if (!r.personId || !r.personName || !r.remarks?.length) continue;
    line(r.personId).remark = r.remarks.map((m) => `${r.personName}: ${m}`).join(' ');
  }
  return [...out.values()];
}
