import type { Assessment, EvidenceDocument, Opdrachtgever, Organisation, Person, UserKader } from '../../../shared/model';

/** The bytes of one document revision, kept apart from its metadata so lists stay fast. */
export interface DocumentContent {
  id: string;
  data: Blob;
  /**
   * CRC-32 of `data`, computed when it was stored, with the SHA-256 of the bytes it was computed from: the pack's
   * ZIP takes it once the build has checked that the bytes it read have that SHA-256 (shared/pack/build.ts), so a
   * file is not read for its CRC-32 on every export. Absent in rows stored before it (and after a restore): the
   * pack then computes it. Not indexed, so no new Dexie version.
   */
  crc32?: { sha256: string; value: number };
}

/** A requirement the user added to a kader; the engine reads `requirement` as a kader requirement. */
export interface CustomRequirementRow {
  id: string;
  kaderId: string;
  /** Kader-format requirement (validated by the kader schema when read). */
  requirement: Record<string, unknown>;
  createdAt: string;
}

/**
 * Dexie store declarations per version, in order. Never edit a released version:
 * add a new one with an upgrade function (see migrations.ts) and a test that upgrades real old data.
 */
export const SCHEMA_V1 = {
  organisation: 'id',
  people: 'id, name',
  documents: 'id, personId, evidenceType, sha256',
  contents: 'id',
  assessments: '[kaderId+requirementId], kaderId',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: 'id, personId, evidenceType, sha256, versionGroup, *links',
  customRequirements: 'id, kaderId',
} as const;

/**
 * v3 (issue 13): documents keep a history of detail corrections (EvidenceDocument.detailsHistory). No index
 * changes; the version exists for its upgrade, which gives every stored document an empty history.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2 } as const;
/** The stores v3 declares itself: none changed (Dexie keeps the others). */
export const SCHEMA_V3_CHANGES = {} as const;

/** Answers to the guided questionnaires (shared/authoring), one row per chapter; editable later. */
export interface AuthoringAnswersRow {
  /** Chapter id, e.g. 'meldcode', 'klachten', 'clientpad'. */
  id: string;
  answers: Record<string, string | string[]>;
  updatedAt: string;
}

/** v4 adds only the answers table (issue 15); Dexie keeps every other table as declared before. */
export const SCHEMA_V4_CHANGES = {
  authoringAnswers: 'id',
} as const;

/** The complete store list at v4, for rebuilding a v4 backup in a temporary database. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  ...SCHEMA_V4_CHANGES,
} as const;

/**
 * v5 (issue #16): the user's own kaders (imported, copied or built; custom requirements move into them)
 * and the opdrachtgevers with the kaders each applies. Only the tables this version adds.
 */
export const SCHEMA_V5_CHANGES = {
  userKaders: 'id',
  opdrachtgevers: 'id, *kaderIds',
} as const;

/** The complete store list at v5, for rebuilding a v5 backup in a temporary database. */
export const SCHEMA_V5 = { ...SCHEMA_V4, ...SCHEMA_V5_CHANGES } as const;

export const DB_NAME = 'kwaliteitsmap';
export const DB_SCHEMA_VERSION = 5;

export type { Assessment, EvidenceDocument, Opdrachtgever, Organisation, Person, UserKader };
