/** The building block of every guided document: one chapter with its questions and its text. */
import type { AnswerReader, AuthoringContext, DocSection, Question } from '../types';
import { bySize, defaultOwner, h2, p, sentence } from '../text';

export interface Chapter {
  id: string;
  /** Heading as a chapter of the kwaliteitshandboek, and title when stored on its own. */
  title: string;
  /** Evidence type (shared/evidence catalogue) when the chapter is stored as a document of its own. */
  evidenceType: string;
  /** Werkwijze subjects this text describes (PROCEDURE_SUBJECTS); used when it is stored as a werkwijze. */
  subjects?: readonly string[];
  /** Requirement ids (any kader) whose procedure part this text proves. Never the proof of practice. */
  proves: readonly string[];
  /** False: the intake makes the whole chapter irrelevant (e.g. no BHV-plan for a zzp'er without a location). */
  appliesIf?: (ctx: AuthoringContext) => boolean;
  questions: readonly Question[];
  /** The chapter's paragraphs (level 2), in the app's own words. */
  write(ctx: AuthoringContext, a: AnswerReader): DocSection[];
}

/** "Who is responsible" is only a question in a team; a zzp'er is responsible herself. */
export function ownerQuestion(chapter: string, what: string): Question {
  return {
    id: `${chapter}.verantwoordelijke`,
    label: `Wie is verantwoordelijk voor ${what}?`,
    kind: 'text',
    required: true,
    askIf: (ctx) => !ctx.solo,
    prefill: (ctx) => defaultOwner(ctx),
  };
}

export function trainingQuestion(chapter: string, proposal: string): Question {
  return {
    id: `${chapter}.scholing`,
    label: 'Hoe blijf je hierin geschoold?',
    help: 'Bijvoorbeeld een jaarlijkse training, e-learning of intervisie.',
    kind: 'text',
    required: true,
    prefill: () => proposal,
  };
}

/**
 * The closing paragraphs every protocol needs (DOMAIN.md, "Protocols named in 003": purpose, what staff do,
 * who is responsible, how it is trained and when it is reviewed; kader 003 Veiligheid 9.a–h).
 */
export function protocolTail(ctx: AuthoringContext, a: AnswerReader, chapter: string, subject: string): DocSection[] {
  const owner = ctx.solo ? defaultOwner(ctx) : a.text(`${chapter}.verantwoordelijke`, defaultOwner(ctx));
  return [
    h2(
      'Wie is verantwoordelijk',
      p(
        bySize(
          ctx,
          `${owner} werkt als zelfstandige en is zelf verantwoordelijk voor ${subject} en voor het naleven van dit protocol.`,
          `${owner} is verantwoordelijk voor ${subject}: zorgt dat iedereen dit protocol kent, spreekt mensen erop aan en houdt het actueel.`,
        ),
      ),
    ),
    h2('Scholing', p(sentence(a.text(`${chapter}.scholing`, 'jaarlijkse scholing')))),
    h2(
      'Herziening',
      p(
        'Dit protocol wordt ten minste eens per jaar nagelopen en opnieuw vastgesteld, en eerder als de wet, het kwaliteitskader ' +
          'van de gemeente of een incident daar aanleiding toe geeft. De datum van de volgende herziening staat bovenaan dit document.',
      ),
    ),
  ];
}
