import {
  BUILTIN_KADERS,
  canonicalJson,
  compareKaderVersions,
  diffKaders,
  findBuiltinKader,
  kaderIdFromName,
  ownRequirementsKaderId,
  parseKaderFile,
  safeLoadKader,
  type Kader,
  type KaderDiff,
} from '../../../shared/kaders';
import { UserError } from '../../../shared/errors/user-error';
import { todayInAmsterdam } from '../../../shared/dates';
import type { UserKader, UserKaderOrigin } from '../../../shared/model';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

/**
 * Every kader the user can use: the built-in ones first, then her own in title order. Each stored kader is
 * checked again (a restored backup may hold one an older app wrote); one that fails is listed by
 * `damagedUserKaders` on the Kaders page instead of breaking every screen.
 */
export function allKaders(rows: readonly UserKader[]): Kader[] {
  const own = rows
    .filter((r) => !findBuiltinKader(r.id) && safeLoadKader(r.kader).ok)
    .sort((a, b) => a.kader.title.localeCompare(b.kader.title, 'nl'))
    .map((r) => r.kader);
  return [...BUILTIN_KADERS, ...own];
}

export function damagedUserKaders(rows: readonly UserKader[]): UserKader[] {
  return rows.filter((r) => findBuiltinKader(r.id) || !safeLoadKader(r.kader).ok);
}

function checked(kader: unknown): Kader {
  const result = safeLoadKader(kader);
  if (!result.ok) throw new UserError(`Het kader is niet geldig:\n- ${result.errors.slice(0, 20).join('\n- ')}`, 'kader-invalid');
  return result.kader;
}

/** Reads the row back after the write and compares it as data: nothing is assumed stored until it is. */
async function verify(db: KwaliteitsmapDb, row: UserKader): Promise<void> {
  const back = await db.userKaders.get(row.id);
  if (!back || canonicalJson(back) !== canonicalJson(row)) {
    throw new UserError('Het kader kon niet goed worden opgeslagen. Probeer het opnieuw; je vorige gegevens zijn niet veranderd.', 'kader-verify');
  }
}

/** Stores a new user kader (never over a built-in or an existing one) and switches it on in the profile. */
export async function addUserKader(db: KwaliteitsmapDb, input: Kader, origin: UserKaderOrigin, basedOn?: string): Promise<UserKader> {
  const kader = checked(input);
  if (findBuiltinKader(kader.id)) throw new UserError(`De id '${kader.id}' hoort bij een ingebouwd kader. Geef het kader een eigen id.`, 'kader-builtin-id');
  const now = nowIso();
  const row: UserKader = { id: kader.id, kader, origin, ...(basedOn ? { basedOn } : {}), history: [], createdAt: now, updatedAt: now };
  await db.transaction('rw', db.userKaders, db.organisation, async () => {
    if (await db.userKaders.get(kader.id)) throw new UserError(`Er is al een kader met de id '${kader.id}'.`, 'kader-exists');
    await db.userKaders.add(row);
    await activateKaders(db, [kader.id]);
    await verify(db, row);
  });
  return row;
}

/**
 * Replaces a user kader with a new version (an edit in the app or an imported update). The old version
 * goes into `history`; assessments and document links are keyed by requirement id, so those of
 * unchanged ids simply stay, and those of removed ids stay stored too (history, backups).
 */
export async function replaceUserKader(db: KwaliteitsmapDb, input: Kader, options: { keepHistory?: boolean } = {}): Promise<UserKader> {
  const kader = checked(input);
  return db.transaction('rw', db.userKaders, async () => {
    const current = await db.userKaders.get(kader.id);
    if (!current) throw new UserError('Dit kader bestaat niet meer.', 'kader-missing');
    const now = nowIso();
    const history = options.keepHistory === false ? current.history : [...current.history, { version: current.kader.version, replacedAt: now, kader: current.kader }];
    const row: UserKader = { ...current, kader, history, updatedAt: now };
    await db.userKaders.put(row);
    await verify(db, row);
    return row;
  });
}

/** Removes a user kader that no opdrachtgever uses; its assessments stay stored. */
export async function deleteUserKader(db: KwaliteitsmapDb, id: string): Promise<void> {
  await db.transaction('rw', db.userKaders, db.opdrachtgevers, db.organisation, async () => {
    const users = await db.opdrachtgevers.where('kaderIds').equals(id).toArray();
    if (users.length > 0) throw new UserError(`Dit kader hoort bij ${users.map((o) => o.name).join(', ')}. Kies daar eerst een ander kader.`, 'kader-in-use');
    await db.userKaders.delete(id);
    await db.organisation.toCollection().modify((org) => {
      org.profile.kaderIds = org.profile.kaderIds.filter((k) => k !== id);
    });
  });
}

/** Adds kader ids to the intake profile, so the engine evaluates them. */
export async function activateKaders(db: KwaliteitsmapDb, ids: readonly string[]): Promise<void> {
  await db.organisation.toCollection().modify((org) => {
    for (const id of ids) if (!org.profile.kaderIds.includes(id)) org.profile.kaderIds.push(id);
  });
}

export type KaderImport =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'new'; kader: Kader }
  | { kind: 'update'; kader: Kader; current: Kader; diff: KaderDiff }
  | { kind: 'refused'; kader: Kader; message: string };

/** Checks a kader file against what is stored; writes nothing. */
export async function analyseKaderFile(db: KwaliteitsmapDb, bytes: Uint8Array): Promise<KaderImport> {
  const parsed = parseKaderFile(bytes);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const kader = parsed.kader;
  if (findBuiltinKader(kader.id)) {
    return { kind: 'refused', kader, message: `Dit bestand gebruikt de id '${kader.id}' van een ingebouwd kader; dat kader kan niet worden vervangen. Geef het kader in het bestand een eigen id.` };
  }
  const current = await db.userKaders.get(kader.id);
  if (!current) return { kind: 'new', kader };
  const order = compareKaderVersions(kader.version, current.kader.version);
  if (order <= 0) {
    return {
      kind: 'refused',
      kader,
      message:
        order === 0
          ? `Je hebt dit kader al in versie ${current.kader.version}. Er is niets veranderd.`
          : `Dit bestand bevat versie ${kader.version}; je hebt al de nieuwere versie ${current.kader.version}. Er is niets veranderd.`,
    };
  }
  return { kind: 'update', kader, current: current.kader, diff: diffKaders(current.kader, kader) };
}

/** A requirement as the checklist's "Eis toevoegen" form makes it (without id; the store assigns one). */
export type OwnRequirementDraft = Omit<Kader['requirements'][number], 'id'>;

/**
 * Adds the user's own requirement to a kader. A user kader takes it directly (a new version in its
 * history); a built-in kader stays read-only, so the requirement goes into its companion user kader
 * "Eigen eisen bij …" (`<id>-eigen`), made and switched on when needed.
 */
export async function addOwnRequirement(db: KwaliteitsmapDb, kaderId: string, draft: OwnRequirementDraft, sectionTitle: string): Promise<string> {
  const builtin = findBuiltinKader(kaderId);
  const targetId = builtin ? ownRequirementsKaderId(kaderId) : kaderId;
  const existing = await db.userKaders.get(targetId);
  const base: Kader =
    existing?.kader ??
    (builtin
      ? {
          id: targetId,
          title: `Eigen eisen bij ${builtin.shortTitle ?? builtin.title}`,
          shortTitle: `Eigen eisen bij ${builtin.shortTitle ?? builtin.title}`,
          issuer: builtin.issuer,
          version: '1',
          source: { document: 'Eigen eisen, toegevoegd in Kwaliteitsmap', date: todayInAmsterdam() },
          sections: [],
          requirements: [],
        }
      : (() => {
          throw new UserError('Dit kader bestaat niet meer.', 'kader-missing');
        })());
  const taken = new Set(base.requirements.map((r) => r.id));
  const name = kaderIdFromName(draft.text.split(/\s+/).slice(0, 5).join(' '), new Set());
  let id = `${targetId}.${draft.sectionId}.${name}`;
  for (let n = 2; taken.has(id); n++) id = `${targetId}.${draft.sectionId}.${name}-${n}`;
  const sections = base.sections.some((s) => s.id === draft.sectionId) ? base.sections : [...base.sections, { id: draft.sectionId, title: sectionTitle }];
  const next: Kader = { ...base, sections, requirements: [...base.requirements, { ...draft, id }] };
  if (existing) await replaceUserKader(db, next);
  else await addUserKader(db, next, 'eigen-eisen', kaderId);
  return id;
}
