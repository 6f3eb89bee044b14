import type { Assessment } from '../../../shared/model';
import { UserError } from '../../../shared/errors/user-error';
import type { KwaliteitsmapDb } from './database';
import { nowIso } from './ids';

type AssessmentChange = Partial<Pick<Assessment, 'toelichting' | 'notApplicable' | 'manual'>>;

/** Merges a change into the assessment of one requirement; "niet van toepassing" needs a reason. */
export async function saveAssessment(
  db: KwaliteitsmapDb,
  kaderId: string,
  requirementId: string,
  change: AssessmentChange,
): Promise<Assessment> {
  if (change.notApplicable && change.notApplicable.reason.trim().length < 3) {
    throw new UserError('Geef een reden op waarom deze eis niet van toepassing is.', 'nvt-reason');
  }
  return db.transaction('rw', db.assessments, async () => {
    const existing = await db.assessments.get([kaderId, requirementId]);
    const next: Assessment = { ...existing, ...change, kaderId, requirementId, updatedAt: nowIso() };
    for (const key of Object.keys(change) as (keyof AssessmentChange)[]) {
      if (change[key] === undefined) delete next[key];
    }
    await db.assessments.put(next);
    return next;
  });
}
