/**
 * Adopting a generated document: render it as PDF, then store it through the vault's normal verified write
 * (content check, SHA-256, read-back), as a new revision of the previous adoption when there is one.
 */
import {
  GENERATED_DETAIL,
  evidencePlan,
  generateDocument,
  questionsFor,
  type Adoption,
  type Answers,
  type AuthoringContext,
  type DocumentKind,
} from '../../../../shared/authoring';
import { formatDateNl } from '../../../../shared/dates';
import { UserError } from '../../../../shared/errors/user-error';
import { sha256Hex } from '../../../../shared/files/sha256';
import type { EvidenceDocument } from '../../../../shared/model';
import { host } from '../../host';
import { getSettings } from '../../app/settings';
import { authoringWorker } from '../../workers/authoring-client';
import { vault } from '../../workers/vault-client';

/** Detail key holding a fingerprint of the answers the stored text was written from. */
export const ANSWERS_DETAIL = 'antwoordenVingerafdruk';

/** The current (not superseded) adopted revision of a kind, if any. */
export function currentAdopted(documents: readonly EvidenceDocument[], kindId: string): EvidenceDocument | undefined {
  return documents.find((d) => d.details?.[GENERATED_DETAIL] === kindId && !d.supersededBy);
}

/** Every adopted revision of a kind, newest first (the history). */
export function adoptedHistory(documents: readonly EvidenceDocument[], kindId: string): EvidenceDocument[] {
  return documents.filter((d) => d.details?.[GENERATED_DETAIL] === kindId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Fingerprint of the answers to this document's own questions (other questionnaires do not change it). */
export async function answersFingerprint(kind: DocumentKind, ctx: AuthoringContext, answers: Answers): Promise<string> {
  const ids = questionsFor(kind, ctx).flatMap((g) => g.questions.map((q) => q.id));
  const sorted = ids.sort().map((k) => [k, answers[k] ?? null]);
  return (await sha256Hex(new TextEncoder().encode(JSON.stringify(sorted)))).slice(0, 16);
}

export function fileSlug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'document';
}

export async function renderFile(kind: DocumentKind, ctx: AuthoringContext, answers: Answers, format: 'pdf' | 'docx', adoption?: Adoption): Promise<Uint8Array> {
  const doc = generateDocument(kind, ctx, answers, adoption);
  const { version } = await host.appInfo();
  return authoringWorker()('render', { doc, format, appVersion: version });
}

export function fileName(kind: DocumentKind, ctx: AuthoringContext, ext: 'pdf' | 'docx', adoption?: Adoption): string {
  return `${fileSlug(kind.title)}-${fileSlug(ctx.orgName)}${adoption ? `-${formatDateNl(adoption.on)}` : '-concept'}.${ext}`;
}

/**
 * Stores the adopted text as evidence. A changed answer or a new adoption date gives a new revision; the same
 * answers adopted again on the same day change nothing (so a double click never makes two versions).
 */
export async function adopt(
  kind: DocumentKind,
  ctx: AuthoringContext,
  answers: Answers,
  adoption: Adoption,
  documents: readonly EvidenceDocument[],
): Promise<EvidenceDocument> {
  const fingerprint = await answersFingerprint(kind, ctx, answers);
  const current = currentAdopted(documents, kind.id);
  if (current && current.issueDate === adoption.on && current.details[ANSWERS_DETAIL] === fingerprint && current.details.owner === adoption.by) {
    throw new UserError('Deze tekst is op deze datum al zo vastgesteld. Wijzig een antwoord of kies een nieuwe datum voor een nieuwe versie.', 'unchanged');
  }
  const pdf = await renderFile(kind, ctx, answers, 'pdf', adoption);
  const name = fileName(kind, ctx, 'pdf', adoption);
  const [checked] = await vault()('check', { files: [{ name, bytes: pdf }], maxBytes: Math.max(getSettings().maxFileSizeMb, 50) * 1024 * 1024 });
  if (!checked?.ok) throw new UserError('Het document kon niet worden gemaakt of gecontroleerd. Er is niets opgeslagen.', 'render-failed');
  const plan = evidencePlan(kind, ctx);
  const [stored] = await vault()('store', {
    items: [
      {
        token: checked.token,
        meta: {
          evidenceType: plan.evidenceType,
          title: `${kind.title} (vastgesteld ${formatDateNl(adoption.on)})`,
          issueDate: adoption.on,
          details: { ...plan.details, owner: adoption.by, [ANSWERS_DETAIL]: fingerprint },
          links: plan.links,
        },
        ...(current ? { supersedesId: current.id } : {}),
      },
    ],
  });
  if (!stored) throw new UserError('Opslaan is niet gelukt. Er is niets bewaard.', 'store-failed');
  return stored;
}
