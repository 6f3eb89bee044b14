import type { Answers } from '../../../shared/authoring';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

/** Every stored answer, from all chapters, as one map by question id. */
export async function loadAnswers(db: KwaliteitsmapDb): Promise<Answers> {
  const rows = await db.authoringAnswers.toArray();
  return Object.assign({}, ...rows.map((r) => r.answers)) as Answers;
}

/**
 * Stores the answers of one chapter (question ids `<chapter>.…`), replacing that chapter's row; the write is read
 * back so a lost write surfaces as an error instead of silently forgetting the user's answers.
 */
export async function saveAnswers(db: KwaliteitsmapDb, chapterId: string, answers: Answers): Promise<void> {
  const own = Object.fromEntries(Object.entries(answers).filter(([id]) => id.startsWith(`${chapterId}.`)));
  await db.authoringAnswers.put({ id: chapterId, answers: own, updatedAt: nowIso() });
  const back = await db.authoringAnswers.get(chapterId);
  if (!back || JSON.stringify(back.answers) !== JSON.stringify(own)) throw new Error('Je antwoorden konden niet worden bewaard. Probeer het opnieuw.');
}

/** Saves the answers of several chapters in one transaction (one questionnaire may span chapters). */
export async function saveAnswersFor(db: KwaliteitsmapDb, chapterIds: readonly string[], answers: Answers): Promise<void> {
  await db.transaction('rw', db.authoringAnswers, async () => {
    for (const id of chapterIds) await saveAnswers(db, id, answers);
  });
}
