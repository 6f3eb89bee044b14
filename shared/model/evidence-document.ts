import type { IsoDate, IsoDateTime } from './dates';
import type { DetailChange } from './detail-change';

/** What the content sniffer decided about the stored file. */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'other';

export type DetailValue = string | number | boolean | string[];

/** Metadata of one stored evidence document (one revision). The bytes live in `contents`. */
export interface EvidenceDocument {
  id: string;
  /** Key into the evidence catalogue, e.g. 'vog', 'bhv', 'meldcode'. */
  evidenceType: string;
  /** The person it belongs to; undefined for organisation documents. */
  personId?: string;
  title: string;
  fileName: string;
  mimeType: string;
  fileKind: FileKind;
  /** False when the file can be kept but not merged into a PDF pack (reason in `fileNote`). */
  mergeable: boolean;
  fileNote?: string;
  size: number;
  sha256: string;
  /**
   * Set when the stored file is the app's copy without a password of a PDF that needed one to open (issue
   * 19): the SHA-256 of the encrypted original as the user imported it. `sha256` is the stored copy's.
   */
  originalSha256?: string;
  issueDate?: IsoDate;
  validUntil?: IsoDate;
  /** Per-type fields, e.g. { profiles: ['45'] } for a VOG, { kind: 'spw' } for a diploma. */
  details: Record<string, DetailValue>;
  /** Requirement ids (of any kader) this document is linked to by the user. */
  links: string[];
  /** All revisions of one document share a versionGroup; the newest has no supersededBy. */
  versionGroup: string;
  supersedes?: string;
  supersededBy?: string;
  createdAt: IsoDateTime;
  /** Corrections of the details after saving, oldest first (since schema v3; older records get []). */
  detailsHistory?: DetailChange[];
}
