/** Loading and checking kaders: zod for the shape, then the cross-references zod cannot see. */
import { z } from 'zod';
// Only the Dutch locale, so bundles do not pull in every zod translation.
import nlLocale from 'zod/v4/locales/nl.js';
import { CREDENTIALS, EVIDENCE_TYPES_BY_KEY, ROLE_KEYS } from '../evidence';
import {
  customRequirementSchema,
  kaderSchema,
  type CustomRequirement,
  type Kader,
  type Requirement,
} from './schema';

/** Thrown by loadKader; `errors` holds one Dutch line per problem. */
export class KaderError extends Error {
  readonly errors: readonly string[];
  constructor(subject: string, errors: readonly string[]) {
    super(`${subject} is ongeldig:\n- ${errors.join('\n- ')}`);
    this.name = 'KaderError';
    this.errors = errors;
  }
}

export type KaderLoadResult = { ok: true; kader: Kader } | { ok: false; errors: string[] };

const nl = nlLocale();
const CREDENTIAL_KEYS = new Set<string>(CREDENTIALS.map((c) => c.key));

function zodErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(hoofdniveau)';
    return `${where}: ${issue.message}`;
  });
}

/** Cross-reference checks for one requirement, shared by kaders and custom requirements. */
function requirementErrors(req: Requirement, where: string, sectionIds: ReadonlySet<string> | undefined): string[] {
  const errors: string[] = [];
  if (sectionIds && !sectionIds.has(req.sectionId)) errors.push(`${where}: onbekende sectie '${req.sectionId}'`);
  for (const [gi, group] of req.evidence.entries()) {
    for (const [ai, accept] of group.anyOf.entries()) {
      const at = `${where}, bewijs ${gi + 1}.${ai + 1}`;
      const type = EVIDENCE_TYPES_BY_KEY.get(accept.type);
      if (!type) {
        errors.push(`${at}: onbekend bewijstype '${accept.type}'`);
        continue;
      }
      for (const [key, values] of Object.entries(accept.where ?? {})) {
        const field = type.fields.find((f) => f.key === key);
        if (!field) {
          errors.push(`${at}: bewijstype '${type.key}' heeft geen veld '${key}'`);
          continue;
        }
        if (field.options) {
          const allowed = new Set(field.options.map((o) => o.value));
          for (const v of values) if (!allowed.has(v)) errors.push(`${at}: '${v}' is geen keuze van veld '${key}'`);
        }
      }
    }
  }
  if (req.scope.level === 'medewerker-rol') {
    for (const role of req.scope.roles) if (!ROLE_KEYS.includes(role)) errors.push(`${where}: onbekende rol '${role}'`);
  }
  const personal = req.scope.level !== 'organisatie' && req.scope.level !== 'clientpraktijk';
  if (req.startOfWork && !personal) errors.push(`${where}: een startdatumregel kan alleen bij een eis per medewerker`);
  if (req.credential && !personal) errors.push(`${where}: een kolom in de personeelsmatrix kan alleen bij een eis per medewerker`);
  if (req.credential && !CREDENTIAL_KEYS.has(req.credential)) errors.push(`${where}: onbekende kolom '${req.credential}'`);
  for (const [ci, c] of (req.appliesWhen ?? []).entries()) {
    if (c.minStaff !== undefined && c.maxStaff !== undefined && c.minStaff > c.maxStaff) {
      errors.push(`${where}, voorwaarde ${ci + 1}: minimum aantal medewerkers is groter dan het maximum`);
    }
    if (Object.keys(c).length === 0) errors.push(`${where}, voorwaarde ${ci + 1}: lege voorwaarde`);
  }
  return errors;
}

function kaderErrors(kader: Kader): string[] {
  const errors: string[] = [];
  const sectionIds = new Set<string>();
  for (const s of kader.sections) {
    if (sectionIds.has(s.id)) errors.push(`sectie '${s.id}' komt twee keer voor`);
    sectionIds.add(s.id);
  }
  const reqIds = new Set<string>();
  for (const req of kader.requirements) {
    const where = `eis '${req.id}'`;
    if (reqIds.has(req.id)) errors.push(`${where} komt twee keer voor`);
    reqIds.add(req.id);
    if (!req.id.startsWith(`${kader.id}.${req.sectionId}.`)) {
      errors.push(`${where}: de id moet beginnen met '${kader.id}.${req.sectionId}.'`);
    }
    errors.push(...requirementErrors(req, where, sectionIds));
  }
  for (const type of Object.keys(kader.validity ?? {})) {
    if (!EVIDENCE_TYPES_BY_KEY.has(type)) errors.push(`geldigheid: onbekend bewijstype '${type}'`);
  }
  for (const s of kader.sections) {
    if (!kader.requirements.some((r) => r.sectionId === s.id)) errors.push(`sectie '${s.id}' heeft geen eisen`);
  }
  return errors;
}

/** Validates unknown JSON as a kader without throwing. */
export function safeLoadKader(json: unknown): KaderLoadResult {
  const parsed = kaderSchema.safeParse(json, { error: nl.localeError });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors = kaderErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, kader: parsed.data };
}

/** Validates unknown JSON as a kader; throws a KaderError with Dutch messages when it is invalid. */
export function loadKader(json: unknown): Kader {
  const result = safeLoadKader(json);
  if (!result.ok) {
    const name = typeof json === 'object' && json && 'id' in json ? `Kader '${String(json.id)}'` : 'Kader';
    throw new KaderError(name, result.errors);
  }
  return result.kader;
}

/**
 * Validates a user's own requirement against the kaders it may join. The id must be unique; the section
 * may be new (the engine then files it under "Eigen eisen").
 */
export function validateCustomRequirement(
  json: unknown,
  kaders: readonly Kader[],
): { ok: true; requirement: CustomRequirement } | { ok: false; errors: string[] } {
  const parsed = customRequirementSchema.safeParse(json, { error: nl.localeError });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const req = parsed.data;
  const kader = kaders.find((k) => k.id === req.kaderId);
  const errors: string[] = [];
  if (!kader) errors.push(`onbekend kader '${req.kaderId}'`);
  else if (kader.requirements.some((r) => r.id === req.id)) errors.push(`eis '${req.id}' bestaat al in het kader`);
  errors.push(...requirementErrors(req, `eis '${req.id}'`, undefined));
  return errors.length ? { ok: false, errors } : { ok: true, requirement: req };
}
