import { useEffect, useState } from 'react';
import type { Answers, AuthoringContext, DocumentKind } from '../../../../shared/authoring';
import type { EvidenceDocument } from '../../../../shared/model';
import { ANSWERS_DETAIL, answersFingerprint, currentAdopted } from './adopt';

/**
 * The adopted version of a kind and whether the answers on screen still give its text. `changed` is undefined
 * until the answers' fingerprint is known (a hash), so nothing claims "vastgesteld" before that.
 */
export function useAdoptedVersion(
  kind: DocumentKind,
  ctx: AuthoringContext,
  answers: Answers,
  documents: readonly EvidenceDocument[],
): { current: EvidenceDocument | undefined; changed: boolean | undefined } {
  const current = currentAdopted(documents, kind.id);
  // The fingerprint of which answers: a result for answers no longer on screen does not count.
  const [known, setKnown] = useState<{ answers: Answers; fingerprint: string }>();
  useEffect(() => {
    let live = true;
    if (current) void answersFingerprint(kind, ctx, answers).then((fingerprint) => live && setKnown({ answers, fingerprint }));
    return () => {
      live = false;
    };
  }, [kind, ctx, answers, current]);
  const changed = current && known?.answers === answers ? known.fingerprint !== current.details[ANSWERS_DETAIL] : undefined;
  return { current, changed };
}
