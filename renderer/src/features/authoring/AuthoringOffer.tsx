import { useMemo } from 'react';
import { kindsForRequirement } from '../../../../shared/authoring';
import type { VaultData } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { contextFrom } from './use-authoring';

/**
 * On a requirement that is missing its evidence: "Opstellen met vragen" when a generated document can prove it
 * (its own document first), next to "Document toevoegen" for a document the user already has.
 */
export function AuthoringOffer({ requirementId, data }: { requirementId: string; data: VaultData }) {
  const ctx = useMemo(() => contextFrom(data), [data]);
  const kind = kindsForRequirement(requirementId, ctx)[0];
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
