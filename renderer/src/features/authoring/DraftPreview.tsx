import { generateDocument, type Answers, type AuthoringContext, type DocumentKind } from '../../../../shared/authoring';
import type { EvidenceDocument } from '../../../../shared/model';
import { GeneratedPreview } from './GeneratedPreview';
import { useAdoptedVersion } from './use-adopted-version';

/**
 * The text the answers give. While they still give the adopted version, it carries that version's line
 * ("Vastgesteld op … door …"); once an answer differs it is a concept again, as the adopt panel then says.
 */
export function DraftPreview(props: { kind: DocumentKind; ctx: AuthoringContext; answers: Answers; documents: readonly EvidenceDocument[] }) {
  const { kind, ctx, answers } = props;
  const { current, changed } = useAdoptedVersion(kind, ctx, answers, props.documents);
  const owner = current?.details.owner;
  const adoption = current?.issueDate && changed === false && typeof owner === 'string' && owner ? { on: current.issueDate, by: owner } : undefined;
  return <GeneratedPreview doc={generateDocument(kind, ctx, answers, adoption)} />;
}
