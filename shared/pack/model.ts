/**
 * Input model of the evidence pack and the kwaliteitsverslag. Deliberately independent of the kader engine:
 * `from-engine.ts` maps engine output onto it, tests and the benchmark build it directly.
 * Dates are ISO 'YYYY-MM-DD'; `generatedAt` is a full ISO timestamp (rendered in Europe/Amsterdam).
 */

/** Machine status of a requirement or a staff cell; `statusLabel` carries the engine's Dutch wording. */
export type PackStatus = 'met' | 'expiring' | 'partial' | 'not-met' | 'not-applicable';

export const PACK_STATUSES: readonly PackStatus[] = ['met', 'expiring', 'partial', 'not-met', 'not-applicable'];

export interface PackOrganisation {
  name: string;
  kvk?: string;
  agb?: string;
  address?: string;
  contactPerson?: string;
}

export interface PackKader {
  id: string;
  title: string;
  /** e.g. "Wmo Midden-Groningen": used in ZIP folder names. */
  shortTitle?: string;
}

/** A document that proves a requirement (the revision valid on the peildatum). */
export interface PackDocumentRef {
  documentId: string;
  title: string;
  issueDate?: string;
  validUntil?: string;
  /** Set when validUntil is not printed on the document: 'berekend' (a sourced period) or 'herziening' (a review date). */
  validUntilBasis?: 'berekend' | 'herziening';
  sha256: string;
  /** Belongs to a person (VOG, diploma…): dropped with include = 'no-personal'. */
  personal?: boolean;
  /** The person it belongs to (with PackOptions.personIds: dropped for persons not chosen). */
  personId?: string;
}

export interface PackRequirementEntry {
  /** Internal id: machine-readable metadata only (manifest.json), never shown to the reader. */
  id: string;
  /** How the kader names it: section and number, e.g. "Veiligheid 1" (own requirements: "Eigen eis 1"). */
  label: string;
  text: string;
  /** Where the requirement comes from, e.g. "Kwaliteitskader Midden-Groningen §2.1". */
  sourceRef: string;
  status: PackStatus;
  statusLabel: string;
  /**
   * Why the status is what it is, for a reader (required for every status but met): what is missing, which
   * document expired when, the own verdict; for not-applicable see notApplicableReason.
   */
  statusReason?: string;
  /** A remark that stays with a status in order (e.g. a VOG issued after the start date). */
  remark?: string;
  /**
   * The parts of statusReason and remark that name a person, by person (person-scoped requirements): a pack for
   * chosen persons (PackOptions.personIds) keeps only theirs and counts the others without naming them (AVG).
   */
  personLines?: { personId: string; reason?: string; remark?: string }[];
  toelichting?: string;
  /** Worded for a reader: "Wij bieden geen vervoer van cliënten." */
  notApplicableReason?: string;
  documents: PackDocumentRef[];
}

export interface PackSection {
  id: string;
  kaderId: string;
  /** e.g. "Veiligheid, personeel" or "Thema 1. Persoonsgerichte zorg". */
  title: string;
  entries: PackRequirementEntry[];
}

export interface PackStaffCell {
  status: PackStatus;
  statusLabel: string;
}

export interface PackStaffMatrix {
  /** Credential columns, e.g. "VOG", "BHV". */
  columns: string[];
  /** personId: machine-readable only (the person choice), never printed. */
  rows: { personId?: string; name: string; cells: PackStaffCell[] }[];
}

/** A member of staff the pack can be made for (PackOptions.personIds). */
export interface PackPerson {
  id: string;
  name: string;
}

export type PackFileKind = 'pdf' | 'jpeg' | 'png' | 'other';

export interface PackAttachment {
  documentId: string;
  title: string;
  fileName: string;
  mimeType: string;
  fileKind: PackFileKind;
  size: number;
  /** SHA-256 as stored; the builder recomputes it from the contents and reports a mismatch. */
  sha256: string;
  /** Requirements this document proves (ids of PackRequirementEntry). */
  requirementIds: string[];
  /** Staff document: dropped with include = 'no-personal'. */
  personal?: boolean;
  /** The person it belongs to. */
  personId?: string;
  /**
   * The import found this PDF damaged and accepted it as repaired ("hersteld"): its page content streams are
   * decoded and recovered where damaged (content-repair.ts). Other PDFs passed the import's full check, so
   * the pack does not decode their streams again (that would cost ~15 % of a large pack's build time).
   */
  repairContent?: boolean;
  /**
   * The contents: in memory (`bytes`), or a stored Blob (`blob`, as IndexedDB or a file on disk keeps it) that
   * the pack reads when it reaches this attachment and lets go of afterwards, so a 200 MB pack never holds
   * every file at once. Exactly one of the two (attachment-source.ts).
   */
  bytes?: Uint8Array;
  blob?: PackBlob;
  /**
   * CRC-32 of the file as stored with it, for the bytes whose SHA-256 is `sha256`: used (for the ZIP) only once
   * the build has read the file and found that SHA-256; otherwise the build computes it.
   */
  crc32?: number;
}

/**
 * A stored file read on demand. Structural (shared/ has no DOM lib): a Blob, a File, or Node's
 * `fs.openAsBlob` fit.
 */
export interface PackBlob {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number): PackBlob;
  /** The contents as a byte stream (a Blob's `stream()`), which can be read into the caller's buffer (read-buffers.ts). */
  stream?(): PackByteStream;
}

/** What the pack uses of a ReadableStream of bytes (structural: shared/ has no DOM lib). */
export interface PackByteStream {
  getReader(options: { mode: 'byob' }): PackByobReader;
}

/** A ReadableStreamBYOBReader: each read fills (part of) the view it is given, whose buffer it moves to `value`. */
export interface PackByobReader {
  read(view: Uint8Array): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/**
 * A stored document as the pack sees it: every one is either in the pack or on the "niet opgenomen" page.
 * `notCitedReason` says why no requirement in the model cites it (see left-out.ts).
 */
export interface PackStoredDocument {
  documentId: string;
  title: string;
  fileName: string;
  personal?: boolean;
  personId?: string;
  notCitedReason?: string;
}

export interface PackModel {
  organisation: PackOrganisation;
  /** The opdrachtgever(s) the pack is made for (names, shown on the cover); absent: not for one in particular. */
  opdrachtgevers?: string[];
  kaders: PackKader[];
  /** The date statuses were evaluated on. */
  peildatum: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  appVersion: string;
  sections: PackSection[];
  staffMatrix?: PackStaffMatrix;
  /** Every member of staff evaluated on the peildatum (the person choice; "N van de M medewerkers"). */
  persons?: PackPerson[];
  attachments: PackAttachment[];
  /** Every stored document (current and older versions); absent: the cited ones are all there is. */
  documents?: PackStoredDocument[];
}

/**
 * Which requirements go in: all; only those in order ('met': met or expiring, for a contract application);
 * only those that need attention. 'no-personal' is the older spelling of all + personal: false.
 */
export type PackInclude = 'all' | 'met' | 'attention' | 'no-personal';

export interface PackOptions {
  /** Only these kaders (default: every kader in the model). */
  kaderIds?: string[];
  include?: PackInclude;
  /** false: leave out documents of persons (VOG, diplomas); the staff matrix with statuses stays. */
  personal?: boolean;
  /**
   * Only these persons: their personal documents and staff-matrix rows go in, other persons' personal
   * documents are left out with a reason. Counts and statuses stay over all staff. Absent: every person.
   */
  personIds?: string[];
  /** Documents the user unpicked. */
  excludeDocumentIds?: string[];
}

export type PackStep = 'hash' | 'inspect' | 'layout' | 'merge' | 'stamp' | 'save' | 'zip';

export interface PackProgress {
  step: PackStep;
  current: number;
  total: number;
}

/** Dutch labels of the progress steps, for the UI. */
export const PACK_STEP_LABELS: Record<PackStep, string> = {
  hash: 'Controlegetallen berekenen',
  inspect: 'Bijlagen controleren',
  layout: 'Pagina’s opmaken',
  merge: 'Bijlagen lezen, controleren en samenvoegen',
  stamp: 'Paginanummers plaatsen',
  save: 'PDF opslaan',
  zip: 'ZIP-bestand maken',
};

export type SkipReasonCode = 'encrypted' | 'corrupt' | 'unsupported' | 'empty' | 'hash-mismatch' | 'unreadable';

/** An attachment that could not be put into the PDF (it still goes into the ZIP). */
export interface SkippedAttachment {
  documentId: string;
  title: string;
  fileName: string;
  requirementIds: string[];
  code: SkipReasonCode;
  /** Dutch, shown on the "Niet opgenomen" page and in the UI. */
  reason: string;
}

export interface PlacedAttachment {
  number: number;
  documentId: string;
  title: string;
  requirementIds: string[];
  /** 1-based page of the separator page in the final PDF. */
  startPage: number;
  /** Pages of the attachment itself (excluding the separator page). */
  pageCount: number;
  /**
   * How it went in (pdf-intake.ts): a PDF's pages as they are ('native'), after decrypting, repairing or
   * flattening its form fields, or as page images ('rendered'); 'image' for a photo.
   */
  route?: 'native' | 'decrypted' | 'repaired' | 'flattened' | 'rendered' | 'image';
}

export interface PackTocEntry {
  level: 0 | 1 | 2;
  title: string;
  page: number;
}

export interface PackResult {
  /**
   * The PDF as consecutive parts, most of them views on the attachment files: write or Blob them in order
   * (`joinParts` makes one buffer). The pack itself never copies 200 MB into one buffer. Empty when the build
   * wrote the PDF to a `sink` (build.ts) as it went.
   */
  pdf: Uint8Array[];
  /** Bytes in `pdf`. */
  pdfSize: number;
  pageCount: number;
  /** Pages the pack made itself (cover, TOC, entries, separators, manifest…), i.e. all but the attachments' own. */
  generatedPageCount: number;
  toc: PackTocEntry[];
  placed: PlacedAttachment[];
  skipped: SkippedAttachment[];
  /** Full SHA-256 per documentId, computed from the bytes. */
  hashes: Record<string, string>;
  /**
   * CRC-32 per documentId, from the same bytes as they were read, so the ZIP need not read the originals again
   * (it takes the stored files as they are, zip.ts). Absent for a file that could not be read.
   */
  crc32s?: Record<string, number>;
  /**
   * Wall time per step in ms. inspect: reading each file, waiting for its hash and parsing it; merge: its pages
   * moved in and written out; layout: the generated pages; save: those moved in, page numbers, the rest written.
   */
  timings: Partial<Record<PackStep, number>>;
}

export interface PackFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italics: Uint8Array;
  bolditalics: Uint8Array;
}

/** Thrown when the AbortSignal fires. */
export class PackCancelledError extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('Het maken van het bewijspakket is afgebroken.');
  }
}
