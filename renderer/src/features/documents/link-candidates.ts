import type { RequirementResult, Status } from '../../../../shared/engine';
import type { Kader } from '../../../../shared/kaders';
import type { EvidenceDocument } from '../../../../shared/model';

export interface LinkCandidate {
  kaderId: string;
  requirementId: string;
  text: string;
  /** The requirement asks for this document's kind of evidence (e.g. any werkwijze). */
  sameKind: boolean;
  /** Status now, so the user sees which ones still miss something. */
  status: Status;
}

/**
 * The requirements one document could be linked to: those of the active kaders at the document's own
 * level (organisation documents to organisation requirements, a person's document to personal ones),
 * leaving out what the intake ruled out. Same-kind requirements come first.
 */
export function linkCandidates(kaders: readonly Kader[], doc: Pick<EvidenceDocument, 'evidenceType' | 'personId'>, results: readonly RequirementResult[]): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  for (const kader of kaders) {
    for (const req of kader.requirements) {
      const personal = req.scope.level.startsWith('medewerker');
      if (personal !== !!doc.personId) continue;
      const mine = results.filter((r) => r.kaderId === kader.id && r.requirementId === req.id && (!doc.personId || r.personId === doc.personId));
      if (mine.length === 0 || mine.every((r) => r.status === 'niet-van-toepassing' && r.reasonSource === 'profiel')) continue;
      const sameKind = req.evidence.some((g) => g.anyOf.some((a) => a.type === doc.evidenceType));
      out.push({ kaderId: kader.id, requirementId: req.id, text: req.text, sameKind, status: mine[0]!.status });
    }
  }
  return out.sort((a, b) => Number(b.sameKind) - Number(a.sameKind));
}

/** What the dialog starts with: the links the document already has, plus every same-kind requirement. */
export function initialSelection(doc: Pick<EvidenceDocument, 'links'>, candidates: readonly LinkCandidate[]): Set<string> {
  return new Set([...doc.links, ...candidates.filter((c) => c.sameKind).map((c) => c.requirementId)]);
}
