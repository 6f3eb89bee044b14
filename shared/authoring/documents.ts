/**
 * The documents a provider can write with questions: the meldcode, the klachtenregeling, the
 * kwaliteitshandboek (every werkwijze and protocol as a chapter) and each of those chapters on its own.
 * Answers are kept per chapter, so a protocol answered on its own and in the handboek share them.
 */
import { validThroughAfterMonths } from '../dates';
import { CHAPTERS, CHAPTERS_BY_ID, type Chapter } from './chapters';
import { h1, p, reader } from './text';
import type { Adoption, Answers, AuthoringContext, DocSection, GeneratedDocument, Question } from './types';

export interface DocumentKind {
  id: string;
  title: string;
  /** One line for the list of questionnaires. */
  summary: string;
  chapters: readonly string[];
}

const HANDBOOK_CHAPTERS = ['agressie', 'bhv', 'medicatie', 'grensoverschrijdend', 'middelen', 'incidenten', 'huisregels', 'aanname', 'clientpad', 'netwerk', 'vervanging', 'privacy', 'administratie'];

export const KWALITEITSHANDBOEK = 'kwaliteitshandboek';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { id: 'meldcode', title: 'Meldcode huiselijk geweld en kindermishandeling', summary: 'De vijf stappen en het afwegingskader, toegespitst op jouw praktijk.', chapters: ['meldcode'] },
  { id: 'klachtenregeling', title: 'Klachtenregeling', summary: 'Hoe cliënten een klacht indienen, wie die onafhankelijk behandelt en binnen welke termijn.', chapters: ['klachten'] },
  {
    id: KWALITEITSHANDBOEK,
    title: 'Kwaliteitshandboek',
    summary: 'Alle protocollen en werkwijzen die het kwaliteitskader vraagt, als hoofdstukken van één boek.',
    chapters: HANDBOOK_CHAPTERS,
  },
  ...HANDBOOK_CHAPTERS.map((id) => {
    const c = CHAPTERS_BY_ID.get(id)!;
    return { id, title: c.title, summary: 'Los document; hetzelfde als het hoofdstuk in het kwaliteitshandboek.', chapters: [id] };
  }),
];

export function getDocumentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.id === id);
}

/** The chapters of a document that apply to this intake (the BHV-plan is left out for a zzp'er without a location). */
export function chaptersFor(kind: DocumentKind, ctx: AuthoringContext): Chapter[] {
  return kind.chapters.map((id) => CHAPTERS_BY_ID.get(id)!).filter((c) => !c.appliesIf || c.appliesIf(ctx));
}

/** A document kind is offered when at least one of its chapters applies. */
export function kindApplies(kind: DocumentKind, ctx: AuthoringContext): boolean {
  return chaptersFor(kind, ctx).length > 0;
}

/** The questions to ask for this intake, per chapter; ruled-out questions are not in the list. */
export function questionsFor(kind: DocumentKind, ctx: AuthoringContext): { chapter: Chapter; questions: Question[] }[] {
  return chaptersFor(kind, ctx).map((chapter) => ({ chapter, questions: chapter.questions.filter((q) => !q.askIf || q.askIf(ctx)) }));
}

/** Stored answers completed with the app's proposals for questions not yet answered. */
export function withPrefill(kind: DocumentKind, ctx: AuthoringContext, stored: Answers): Answers {
  const out: Answers = { ...stored };
  for (const { questions } of questionsFor(kind, ctx)) {
    for (const q of questions) {
      if (out[q.id] !== undefined) continue;
      const proposal = q.prefill?.(ctx);
      if (proposal !== undefined && proposal !== '' && !(Array.isArray(proposal) && proposal.length === 0)) out[q.id] = proposal;
    }
  }
  return out;
}

/** Required questions still without an answer, as Dutch labels. */
export function missingAnswers(kind: DocumentKind, ctx: AuthoringContext, answers: Answers): Question[] {
  const r = reader(answers);
  return questionsFor(kind, ctx)
    .flatMap((g) => g.questions)
    .filter((q) => q.required && (q.kind === 'multiselect' ? r.list(q.id).length === 0 : r.text(q.id) === ''));
}

/** Policies are reviewed yearly ("actueel", DOMAIN.md: default yearly; catalogue validity 12 months). */
export const REVIEW_MONTHS = 12;

/** The last day the adopted text counts as "actueel": the engine's 12-month rule (day before the anniversary). */
export function reviewDate(adoptedOn: string): string {
  return validThroughAfterMonths(adoptedOn, REVIEW_MONTHS);
}

function orgLines(ctx: AuthoringContext): string[] {
  return [ctx.kvk ? `KvK ${ctx.kvk}` : '', ctx.address ?? ''].filter((s) => s.trim() !== '');
}

/** Writes the document from the answers, in the app's own plain Dutch. */
export function generateDocument(kind: DocumentKind, ctx: AuthoringContext, answers: Answers, adoption?: Adoption): GeneratedDocument {
  const a = reader(answers);
  const chapters = chaptersFor(kind, ctx);
  const sections: DocSection[] = [];
  if (kind.chapters.length > 1) {
    sections.push(
      h1(
        'Over dit handboek',
        p(
          `In dit kwaliteitshandboek staat hoe ${ctx.orgName} werkt: de protocollen en werkwijzen die het kwaliteitskader van de gemeente vraagt. ` +
            'Het handboek wordt elk jaar nagelopen en opnieuw vastgesteld, en eerder als de wet, het kwaliteitskader of de praktijk daar aanleiding toe geeft.',
        ),
      ),
    );
    for (const c of chapters) sections.push(h1(c.title), ...c.write(ctx, a));
  } else if (chapters[0]) {
    sections.push(...chapters[0].write(ctx, a));
  }
  return {
    kind: kind.id,
    title: kind.title,
    orgName: ctx.orgName,
    orgLines: orgLines(ctx),
    ...(adoption ? { adoption, reviewBy: reviewDate(adoption.on) } : {}),
    sections,
  };
}

/** All text of a generated document, for tests and search. */
export function plainText(doc: GeneratedDocument): string {
  const parts = [doc.title, doc.orgName, ...doc.orgLines];
  for (const s of doc.sections) {
    parts.push(s.heading);
    for (const b of s.blocks) parts.push(...(b.type === 'list' ? b.items : [b.text]));
  }
  return parts.join('\n');
}

export { CHAPTERS };
