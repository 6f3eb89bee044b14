import { useMemo } from 'react';
import { evidencePlan, kindsForRequirement, wouldHelp } from '../../../../shared/authoring';
import type { RequirementResult } from '../../../../shared/engine';
import type { VaultData } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { contextFrom } from './use-authoring';

/**
 * On a requirement that is missing its evidence: "Opstellen met vragen" when a generated document can prove it
 * (its own document first), next to "Document toevoegen" for a document the user already has.
 */
export function AuthoringOffer({ result, data }: { result: RequirementResult; data: VaultData }) {
  const ctx = useMemo(() => contextFrom(data), [data]);
  // Offer only what would change the status: not the handboek once its part of a two-part requirement is met.
  const kind = kindsForRequirement(result.requirementId, ctx).find((k) => wouldHelp(evidencePlan(k, ctx), result));
  if (!kind) return null;
  return (
    <p className="authoring-offer">
      <a className="button" href={hrefFor('opstellen', kind.id)}>
        Opstellen met vragen
      </a>{' '}
      <a className="button" href={hrefFor('documenten')}>
        Document toevoegen
      </a>
    </p>
  );
}
