/**
 * The kader format. A kader is one JSON file in this folder; it is checked against these schemas when
 * loaded (load.ts). Types are inferred from the schemas so the JSON and the engine cannot drift apart.
 */
import { z } from 'zod';
import { CLIENT_GROUPS, PERSON_KINDS, SERVICES } from '../model';
import { isIsoDate } from '../dates';

const id = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers, - en .');
const isoDate = z.string().refine(isIsoDate, 'Geen geldige datum (jjjj-mm-dd)');
const dutchText = z.string().trim().min(3);

export const validityRuleSchema = z
  .object({
    months: z.number().int().min(1).max(240).optional(),
    useValidUntil: z.boolean().optional(),
  })
  .strict();

/** Intake condition: every field that is present must hold (AND). A requirement lists several (OR). */
export const conditionSchema = z
  .object({
    organisationKind: z.enum(['zzp', 'organisatie']).optional(),
    minStaff: z.number().int().min(1).optional(),
    maxStaff: z.number().int().min(1).optional(),
    servicesAny: z.array(z.enum(SERVICES)).min(1).optional(),
    clientGroupsAny: z.array(z.enum(CLIENT_GROUPS)).min(1).optional(),
  })
  .strict();

const personKinds = z.array(z.enum(PERSON_KINDS)).min(1).optional();

/** Who a requirement is about. */
export const scopeSchema = z.discriminatedUnion('level', [
  /** Once for the organisation. */
  z.object({ level: z.literal('organisatie') }).strict(),
  /** Once, for a practice at client level: shown with the procedure plus dated proof, never client data. */
  z.object({ level: z.literal('clientpraktijk') }).strict(),
  /** Every active person (optionally only some person kinds, e.g. stagiairs). */
  z.object({ level: z.literal('medewerker'), kinds: personKinds }).strict(),
  /** Every person with client contact (optionally only some person kinds). */
  z.object({ level: z.literal('medewerker-clientcontact'), kinds: personKinds }).strict(),
  /** Every person holding one of the roles (optionally only some person kinds). */
  z
    .object({
      level: z.literal('medewerker-rol'),
      roles: z.array(z.string().min(1)).min(1),
      kinds: personKinds,
      /** True: someone must hold the role; without a holder the requirement is missing, not "not applicable". */
      holderRequired: z.boolean().optional(),
    })
    .strict(),
]);

/** One accepted evidence type; `where` narrows it by detail fields (any listed value matches). */
export const evidenceAcceptSchema = z
  .object({
    type: z.string().min(1),
    where: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
    validity: validityRuleSchema.optional(),
  })
  .strict();

/** A group is met by any one of its accepted types; a requirement needs all of its groups. */
export const evidenceGroupSchema = z
  .object({
    label: z.string().min(1).optional(),
    anyOf: z.array(evidenceAcceptSchema).min(1),
  })
  .strict();

export const requirementSchema = z
  .object({
    id,
    sectionId: id,
    /** Short requirement text in our own plain Dutch (never the source's sentences). */
    text: dutchText,
    /** Where it comes from: the source section and bullet (e.g. "Personeel", "VOG, sub a"). */
    sourceRef: z.object({ section: z.string().min(1), bullet: z.string().min(1) }).strict(),
    scope: scopeSchema,
    /** Empty: only a manual assessment (Assessment.manual) can settle it. */
    evidence: z.array(evidenceGroupSchema),
    /** Renewal or review interval in months for all accepted types that do not set their own. */
    renewMonths: z.number().int().min(1).max(240).optional(),
    /** Applies when any of these conditions holds; absent: always. */
    appliesWhen: z.array(conditionSchema).min(1).optional(),
    /** Person scopes only: evidence must be issued at most N months before the start of work (and not after it). */
    startOfWork: z.object({ maxMonthsBefore: z.number().int().min(0).max(24), notAfterStart: z.boolean() }).strict().optional(),
    /** Staff matrix column for person-scoped requirements. */
    credential: z.string().min(1).optional(),
    /** Extra Dutch guidance shown with the requirement. */
    hint: z.string().min(1).optional(),
  })
  .strict();

export const sectionSchema = z
  .object({
    id,
    title: z.string().min(1),
    summary: z.string().min(1).optional(),
  })
  .strict();

export const kaderSchema = z
  .object({
    id,
    title: z.string().min(3),
    shortTitle: z.string().min(1).optional(),
    issuer: z.string().min(1),
    version: z.string().min(1),
    source: z
      .object({
        document: z.string().min(1),
        /** Date of the source version; when the source states none, the date it was taken in (see dateNote). */
        date: isoDate,
        dateNote: z.string().min(1).optional(),
        reference: z.string().min(1).optional(),
      })
      .strict(),
    /** Overrides of the catalogue's validity per evidence type for this kader (e.g. VOG max 36 months). */
    validity: z.record(z.string(), validityRuleSchema).optional(),
    sections: z.array(sectionSchema).min(1),
    requirements: z.array(requirementSchema).min(1),
  })
  .strict();

/** A requirement the user added to a kader: same shape, flagged custom, tied to a kader. */
export const customRequirementSchema = requirementSchema.extend({
  kaderId: id,
  custom: z.literal(true),
});

export type ValidityOverride = z.infer<typeof validityRuleSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type ScopeLevel = Scope['level'];
export type EvidenceAccept = z.infer<typeof evidenceAcceptSchema>;
export type EvidenceGroup = z.infer<typeof evidenceGroupSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Kader = z.infer<typeof kaderSchema>;
export type CustomRequirement = z.infer<typeof customRequirementSchema>;

export const SCOPE_LABELS: Readonly<Record<ScopeLevel, string>> = {
  organisatie: 'Organisatie',
  clientpraktijk: 'Werkwijze op cliëntniveau',
  medewerker: 'Iedere medewerker',
  'medewerker-clientcontact': 'Iedereen met cliëntcontact',
  'medewerker-rol': 'Medewerkers met een rol',
};
