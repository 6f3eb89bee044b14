import { useMemo } from 'react';
import type { PackModel, PackOptions } from '../../../../shared/pack/model';
import { selectForPack } from '../../../../shared/pack/select';
import { leftOutLine } from '../../../../shared/pack/left-out';
import { PersonChoice } from './PersonChoice';

export type RequirementChoice = 'all' | 'met' | 'attention';

export const REQUIREMENT_CHOICES: { value: RequirementChoice; label: string }[] = [
  { value: 'all', label: 'Alle eisen' },
  { value: 'met', label: 'Alleen eisen waaraan is voldaan (bijvoorbeeld voor een aanvraag of contract)' },
  { value: 'attention', label: 'Alleen wat aandacht nodig heeft (voor je eigen actielijst)' },
];

/**
 * The pack's person and document choices and the one line that says, before building, what will be left out and why.
 * `preview` is the pack model without file contents (gather-pack-model.ts, withFiles: false).
 */
export function PackChoices(props: {
  preview: PackModel | undefined;
  options: PackOptions;
  onExclude: (ids: string[]) => void;
  onPersons: (ids: string[] | undefined) => void;
}) {
  const { preview, options } = props;
  const excluded = options.excludeDocumentIds ?? [];
  const selection = useMemo(() => (preview ? selectForPack(preview, options) : undefined), [preview, options]);
  // Documents the kader/requirement/personal/person choices put in, before the user's own unpicking.
  const candidates = useMemo(
    () => (preview ? selectForPack(preview, { ...options, excludeDocumentIds: [] }).attachments : []),
    [preview, options],
  );
  if (!preview || !selection) return <p className="span muted">Overzicht van de documenten laden…</p>;
  // Files of a type a PDF cannot hold (Word, TIFF…) go into the ZIP only; say so before building.
  const zipOnly = selection.attachments.filter((a) => a.fileKind === 'other');
  return (
    <>
      <PersonChoice persons={preview.persons ?? []} personIds={options.personIds} onChange={props.onPersons} />
      <details className="span">
        <summary>
          Documenten kiezen ({candidates.length - candidates.filter((a) => excluded.includes(a.documentId)).length} van {candidates.length} aangevinkt)
        </summary>
        {candidates.length === 0 ? (
          <p className="muted">Met deze keuze gaat er geen document mee als bijlage.</p>
        ) : (
          <fieldset>
            <legend>Documenten in het pakket</legend>
            {candidates.map((a) => (
              <label className="choice" key={a.documentId}>
                <input
                  type="checkbox"
                  checked={!excluded.includes(a.documentId)}
                  onChange={(e) =>
                    props.onExclude(e.target.checked ? excluded.filter((id) => id !== a.documentId) : [...excluded, a.documentId])
                  }
                />
                {a.title} <span className="muted">({a.fileName})</span>
              </label>
            ))}
          </fieldset>
        )}
      </details>
      <p className="span" role="status" aria-label="Wat niet meegaat">
        {candidates.length === 0 && selection.leftOut.length === 0
          ? 'Er zijn nog geen documenten opgeslagen: het pakket laat per eis zien wat ontbreekt. Voeg je documenten toe onder Documenten.'
          : selection.leftOut.length === 0 && zipOnly.length > 0
            ? 'Alle opgeslagen documenten gaan mee in het pakket, maar'
            : leftOutLine(selection.leftOut)}
        {selection.leftOut.length === 1 && ' In het pakket staat het met de reden op de pagina “Niet opgenomen”.'}
        {selection.leftOut.length > 1 && ' In het pakket staan ze met de reden op de pagina “Niet opgenomen”.'}
        {zipOnly.length > 0 &&
          ` ${zipOnly.map((a) => a.fileName).join(', ')} ${zipOnly.length === 1 ? 'kan' : 'kunnen'} niet in de PDF (alleen PDF, JPEG en PNG): ${zipOnly.length === 1 ? 'het staat' : 'ze staan'} in het ZIP-bestand en met de reden op “Niet opgenomen”.`}
      </p>
    </>
  );
}
