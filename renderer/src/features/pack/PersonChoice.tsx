import type { PackPerson } from '../../../../shared/pack/model';
import { CheckboxGroup } from '../../components/CheckboxGroup';

/**
 * Which staff the pack is made for: everyone, or the persons she ticks (their personal documents and
 * staff-matrix rows go in; the counts stay over all staff). Shown only when there is more than one person.
 */
export function PersonChoice(props: { persons: readonly PackPerson[]; personIds: string[] | undefined; onChange: (ids: string[] | undefined) => void }) {
  const { persons, personIds, onChange } = props;
  if (persons.length < 2) return null;
  const picking = personIds !== undefined;
  return (
    <fieldset className="span">
      <legend>Medewerkers</legend>
      <label className="choice">
        <input type="radio" name="pk-persons" checked={!picking} onChange={() => onChange(undefined)} />
        Alle medewerkers
      </label>
      <label className="choice">
        <input type="radio" name="pk-persons" checked={picking} onChange={() => onChange([])} />
        Alleen de medewerkers die ik kies (hun persoonlijke documenten en hun rij in de personeelsmatrix)
      </label>
      {picking && (
        <CheckboxGroup
          id="pk-persons"
          className="indent"
          legend={`Medewerkers in het pakket (${personIds.length} van ${persons.length})`}
          options={persons.map((p) => ({ value: p.id, label: p.name }))}
          selected={personIds}
          onChange={onChange}
          help="De tellingen en statussen in het pakket gelden voor alle medewerkers; wie je niet kiest, wordt in het pakket niet bij naam genoemd."
        />
      )}
    </fieldset>
  );
}
