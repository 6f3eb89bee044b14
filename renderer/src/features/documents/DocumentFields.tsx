import type { ReactNode } from 'react';
import { EVIDENCE_TYPES, getEvidenceType, isFieldRequired, type EvidenceType } from '../../../../shared/evidence';
import type { DetailValue } from '../../../../shared/model';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';
import { sentenceCase } from '../../lib/text';
import { DetailFieldInput } from './DetailFieldInput';
import type { DocumentValueChange, DocumentValues, ProposedSources } from './document-values';

/** "Voorgesteld: …" under a field the app filled in from the document, saying where it found the value. */
export function ProposedNote({ source }: { source: string | undefined }) {
  if (!source) return null;
  return <span className="proposed">Voorgesteld: gevonden {source === 'tekst en bestandsnaam' ? 'in de tekst en de bestandsnaam' : source}.</span>;
}

/**
 * The fields every details form of a document shares: the kind of evidence, who it belongs to (`person`,
 * shown for personal kinds), the title, the two dates with the catalogue's labels, and the kind's own
 * fields. Ids are `${idPrefix}-type`, `-person`, `-title`, `-issue`, `-until` and `-${field.key}`.
 */
export function DocumentFields({
  idPrefix,
  values,
  onChange,
  onDetail,
  types = EVIDENCE_TYPES,
  typeLocked = false,
  typeRequired = false,
  owner,
  person,
  proposed = {},
}: {
  idPrefix: string;
  values: DocumentValues;
  onChange: (change: DocumentValueChange) => void;
  onDetail: (key: string, value: DetailValue | undefined) => void;
  /** The kinds offered (a person's page offers only personal ones). */
  types?: readonly EvidenceType[];
  /** A new version keeps the kind of the document it renews. */
  typeLocked?: boolean;
  /** A stored document always has a kind: no "Kies…" to go back to. */
  typeRequired?: boolean;
  /** The person the document belongs to: with client contact, the VOG's profile is required. */
  owner?: { clientContact: boolean } | undefined;
  /** The "Van wie" field; each form has its own choices around it. */
  person?: ReactNode;
  /** Values the app proposed, marked under their fields. */
  proposed?: ProposedSources;
}) {
  const type = getEvidenceType(values.typeKey);
  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const note = (key: keyof ProposedSources) => (proposed[key] ? <ProposedNote source={proposed[key]} /> : undefined);
  return (
    <>
      <FormField id={id('type')} label="Soort bewijs" help={note('typeKey')}>
        {(control) => (
          <select {...control} value={values.typeKey} onChange={(e) => onChange({ typeKey: e.target.value })} disabled={typeLocked}>
            <SelectOptions options={types.map((t) => ({ value: t.key, label: sentenceCase(t.label) }))} choose={!(typeRequired && type)} />
          </select>
        )}
      </FormField>
      {type?.personal && person}
      {type && (
        <>
          <FormField id={id('title')} label="Titel" optional>
            {(control) => <input {...control} value={values.title} placeholder={sentenceCase(type.label)} onChange={(e) => onChange({ title: e.target.value })} />}
          </FormField>
          {type.issueDate.use !== 'hidden' && (
            <FormField id={id('issue')} label={type.issueDate.label} optional={type.issueDate.use === 'optional'} help={note('issueDate')}>
              {(control) => <input {...control} type="date" value={values.issueDate} onChange={(e) => onChange({ issueDate: e.target.value })} />}
            </FormField>
          )}
          {type.validUntil.use !== 'hidden' && (
            <FormField id={id('until')} label={type.validUntil.label} optional={type.validUntil.use === 'optional'} help={note('validUntil')}>
              {(control) => <input {...control} type="date" value={values.validUntil} onChange={(e) => onChange({ validUntil: e.target.value })} />}
            </FormField>
          )}
          {type.fields.map((f) => (
            <DetailFieldInput
              key={f.key}
              field={f}
              idPrefix={idPrefix}
              required={isFieldRequired(f, owner)}
              value={values.details[f.key]}
              onChange={(v) => onDetail(f.key, v)}
              note={note(`details.${f.key}`)}
            />
          ))}
        </>
      )}
    </>
  );
}
