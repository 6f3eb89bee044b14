import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  CLIENT_GROUPS,
  PERSON_KINDS,
  SERVICES,
  type Assessment,
  type EvidenceDocument,
  OPDRACHTGEVER_KINDS,
  type FileKind,
  type Opdrachtgever,
  type Organisation,
  type Person,
  type UserKader,
} from '../model';

/**
 * Zod schemas for every stored record, used on backup (so no backup is written that could not be
 * restored) and on restore. They check types and required fields, not business rules: a backup
 * must restore what the user had, even if it would not pass today's form validation.
 *
 * Objects are "loose": unknown fields are kept, not stripped. Dexie needs no schema bump for a new
 * non-indexed field, so an app update may store fields this file does not list yet; stripping them
 * would silently lose user data on restore.
 */
/** A real calendar day 'YYYY-MM-DD' (2023-02-29 is refused): issue #14, a bad date must never reach a screen. */
export const isoDate = z.string().refine(isIsoDate, 'datum moet een bestaande dag zijn, JJJJ-MM-DD');
/** An ISO 8601 timestamp as the app writes it (toISOString; an offset is accepted), on a real calendar day. */
export const isoDateTime = z.iso
  .datetime({ offset: true })
  .refine((v) => isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), 'tijdstip moet een bestaand ISO-tijdstip zijn');
const id = z.string().min(1).max(200);

const intakeProfileShape = {
  kind: z.enum(['zzp', 'organisatie']),
  staffCount: z.number().int().min(0),
  services: z.array(z.enum(SERVICES)),
  clientGroups: z.array(z.enum(CLIENT_GROUPS)),
  kaderIds: z.array(z.string()),
};

const organisationShape = {
  id: z.literal('org'),
  name: z.string(),
  kvk: z.string().optional(),
  agb: z.string().optional(),
  address: z.string().optional(),
  contactPerson: z.string().optional(),
  profile: z.looseObject(intakeProfileShape),
  verslag: z
    .object({ introduction: z.string().optional(), themes: z.record(z.string(), z.string()).optional(), listUnmet: z.boolean().optional() })
    .optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

const personShape = {
  id,
  name: z.string(),
  functionTitle: z.string(),
  roles: z.array(z.string()),
  kind: z.enum(PERSON_KINDS),
  startDate: isoDate,
  endDate: isoDate.optional(),
  clientContact: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const FILE_KINDS = ['pdf', 'jpeg', 'png', 'other'] as const;
const detailValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

const documentShape = {
  id,
  evidenceType: z.string().min(1),
  personId: id.optional(),
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  fileKind: z.enum(FILE_KINDS),
  mergeable: z.boolean(),
  fileNote: z.string().optional(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  issueDate: isoDate.optional(),
  validUntil: isoDate.optional(),
  details: z.record(z.string(), detailValue),
  links: z.array(z.string()),
  versionGroup: id,
  supersedes: id.optional(),
  supersededBy: id.optional(),
  createdAt: isoDateTime,
  /** Corrections of the details after saving (schema v3); older backups have none. */
  detailsHistory: z
    .array(z.looseObject({ at: isoDateTime, field: z.string().min(1).max(100), from: detailValue.optional(), to: detailValue.optional() }))
    .optional(),
};

const assessmentShape = {
  kaderId: id,
  requirementId: id,
  toelichting: z.string().optional(),
  notApplicable: z.looseObject({ reason: z.string(), decidedOn: isoDate }).optional(),
  manual: z
    .looseObject({ verdict: z.enum(['voldaan', 'deels', 'niet']), decidedOn: isoDate, note: z.string().optional() })
    .optional(),
  updatedAt: isoDateTime,
};

/** Mirrors renderer/src/db/schema.ts CustomRequirementRow (checked there at compile time). */
const customRequirementShape = {
  id,
  kaderId: id,
  requirement: z.record(z.string(), z.unknown()),
  createdAt: isoDateTime,
};

/** A user kader; `kader` is checked by the kader loader where it is used, not here (restore what the user had). */
const userKaderShape = {
  id,
  kader: z.looseObject({ id, version: z.string(), title: z.string() }),
  origin: z.enum(['import', 'kopie', 'nieuw', 'eigen-eisen']),
  basedOn: id.optional(),
  history: z.array(z.looseObject({ version: z.string(), replacedAt: isoDateTime, kader: z.record(z.string(), z.unknown()) })),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

const opdrachtgeverShape = {
  id,
  name: z.string(),
  kind: z.enum(OPDRACHTGEVER_KINDS),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  contact: z.string().optional(),
  kaderIds: z.array(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

/** Mirrors renderer/src/db/schema.ts AuthoringAnswersRow (checked there at compile time). */
const authoringAnswersShape = {
  id,
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  updatedAt: isoDateTime,
};

export const OrganisationRecord = z.looseObject(organisationShape);
export const PersonRecord = z.looseObject(personShape);
export const DocumentRecord = z.looseObject(documentShape);
export const AssessmentRecord = z.looseObject(assessmentShape);
export const CustomRequirementRecord = z.looseObject(customRequirementShape);
export const UserKaderRecord = z.looseObject(userKaderShape);
export const OpdrachtgeverRecord = z.looseObject(opdrachtgeverShape);
export const AuthoringAnswersRecord = z.looseObject(authoringAnswersShape);

export interface AuthoringAnswersData {
  id: string;
  answers: Record<string, string | string[]>;
  updatedAt: string;
}

export interface CustomRequirementData {
  id: string;
  kaderId: string;
  requirement: Record<string, unknown>;
  createdAt: string;
}

/** Every table except `contents`, whose bytes travel as separate zip entries. */
export interface BackupTables {
  organisation: Organisation[];
  people: Person[];
  documents: EvidenceDocument[];
  assessments: Assessment[];
  customRequirements: CustomRequirementData[];
  /** Since schema v4; absent in older backups (restored as empty). */
  authoringAnswers?: AuthoringAnswersData[];
  /** Since schema v5; absent in older backups (restored as empty). */
  userKaders?: UserKader[];
  opdrachtgevers?: Opdrachtgever[];
}
export const TABLE_NAMES = ['organisation', 'people', 'documents', 'assessments', 'customRequirements', 'authoringAnswers', 'userKaders', 'opdrachtgevers'] as const satisfies readonly (keyof BackupTables)[];
export type TableName = (typeof TABLE_NAMES)[number];

const OPTIONAL_TABLES: ReadonlySet<TableName> = new Set(['authoringAnswers', 'userKaders', 'opdrachtgevers']);

const RECORD_SCHEMAS = {
  organisation: OrganisationRecord,
  people: PersonRecord,
  documents: DocumentRecord,
  assessments: AssessmentRecord,
  customRequirements: CustomRequirementRecord,
  userKaders: UserKaderRecord,
  opdrachtgevers: OpdrachtgeverRecord,
  authoringAnswers: AuthoringAnswersRecord,
} as const satisfies Record<TableName, z.ZodType>;

/** Primary key of a record, as a string, for duplicate detection (mirrors the Dexie schema). */
export function primaryKey(table: TableName, record: Record<string, unknown>): string {
  return table === 'assessments' ? JSON.stringify([record.kaderId, record.requirementId]) : String(record.id);
}

export const TABLE_LABELS: Record<TableName, string> = {
  organisation: 'organisatie',
  people: 'personeel',
  documents: 'documenten',
  assessments: 'beoordelingen',
  customRequirements: 'eigen eisen',
  userKaders: 'eigen kaders',
  opdrachtgevers: 'opdrachtgevers',
  authoringAnswers: 'antwoorden op vragenlijsten',
};

export type TablesValidation = { ok: true; tables: BackupTables } | { ok: false; table: TableName | 'tables'; detail: string };

/** Validates every record of every table, and that primary keys are unique. */
export function validateTables(raw: unknown): TablesValidation {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, table: 'tables', detail: 'tables is not an object' };
  const input = raw as Record<string, unknown>;
  const unknownTables = Object.keys(input).filter((k) => !(TABLE_NAMES as readonly string[]).includes(k));
  if (unknownTables.length > 0) return { ok: false, table: 'tables', detail: `unknown tables: ${unknownTables.join(', ')}` };
  const out: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    // Tables added after schema v2 are left out when a backup does not have them (restored as empty).
    if (input[table] === undefined && OPTIONAL_TABLES.has(table)) continue;
    const rows = input[table] ?? [];
    if (!Array.isArray(rows)) return { ok: false, table, detail: `${table} is not an array` };
    const keys = new Set<string>();
    const parsed: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const result = RECORD_SCHEMAS[table].safeParse(rows[i]);
      if (!result.success) {
        const issue = result.error.issues[0];
        return { ok: false, table, detail: `${table}[${i}].${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
      }
      const key = primaryKey(table, result.data as Record<string, unknown>);
      if (keys.has(key)) return { ok: false, table, detail: `${table}: duplicate key ${key}` };
      keys.add(key);
      parsed.push(result.data);
    }
    out[table] = parsed;
  }
  return { ok: true, tables: out as unknown as BackupTables };
}

// Compile-time guards: adding a field to a model without adding it here fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
/** T without the index signatures that loose objects add, so model → schema can be compared. */
type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
export type RecordSchemaChecks = [
  Check<Same<keyof typeof organisationShape, keyof Organisation>>,
  Check<Same<keyof typeof intakeProfileShape, keyof Organisation['profile']>>,
  Check<Same<keyof typeof personShape, keyof Person>>,
  Check<Same<keyof typeof documentShape, keyof EvidenceDocument>>,
  Check<Same<keyof typeof assessmentShape, keyof Assessment>>,
  Check<Same<keyof typeof customRequirementShape, keyof CustomRequirementData>>,
  Check<Same<(typeof FILE_KINDS)[number], FileKind>>,
  Check<Same<keyof typeof userKaderShape, keyof UserKader>>,
  Check<Same<keyof typeof opdrachtgeverShape, keyof Opdrachtgever>>,
  Check<z.infer<typeof OpdrachtgeverRecord> extends Opdrachtgever ? true : false>,
  Check<z.infer<typeof OrganisationRecord> extends Organisation ? true : false>,
  Check<z.infer<typeof PersonRecord> extends Person ? true : false>,
  Check<z.infer<typeof DocumentRecord> extends EvidenceDocument ? true : false>,
  Check<z.infer<typeof AssessmentRecord> extends Assessment ? true : false>,
  Check<Organisation extends Known<z.infer<typeof OrganisationRecord>> ? true : false>,
  Check<Person extends Known<z.infer<typeof PersonRecord>> ? true : false>,
  Check<EvidenceDocument extends Known<z.infer<typeof DocumentRecord>> ? true : false>,
  Check<Assessment extends Known<z.infer<typeof AssessmentRecord>> ? true : false>,
];
