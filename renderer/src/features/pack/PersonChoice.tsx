import type { PackPerson } from '../../../../shared/pack/model';

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
        <fieldset className="indent" aria-describedby="pk-persons-note">
          <legend>Medewerkers in het pakket ({personIds.length} van {persons.length})</legend>
          {persons.map((p) => (
            <label className="choice" key={p.id}>
              <input
                type="checkbox"
                checked={personIds.includes(p.id)}
                onChange={(e) => onChange(e.target.checked ? [...personIds, p.id] : personIds.filter((id) => id !== p.id))}
              />
              {p.name}
            </label>
          ))}
          <p id="pk-persons-note" className="muted">
            De tellingen en statussen in het pakket gelden voor alle medewerkers.
          </p>
        </fieldset>
      )}
    </fieldset>
  );
}
