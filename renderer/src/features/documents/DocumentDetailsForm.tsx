import { EVIDENCE_TYPES, type EvidenceType } from '../../../../shared/evidence';
import type { Person } from '../../../../shared/model';
import type { StoreItem } from '../../workers/vault-handlers';
import { DocumentFields } from './DocumentFields';
import { storeMeta } from './document-values';
import { PersonField } from './PersonField';
import { StoreActions } from './StoreActions';
import { useDocumentForm } from './use-document-form';

export interface DetailsPreset {
  evidenceType?: string;
  personId?: string;
  /** Renewal: the new file becomes the next version of this document. */
  supersedesId?: string;
}

/** The details of one checked file, per evidence type, before it is stored. */
export function DocumentDetailsForm({
  token,
  fileName,
  note,
  people,
  preset,
  onStore,
  onSkip,
}: {
  token: string;
  fileName: string;
  note?: string | undefined;
  people: Person[];
  preset: DetailsPreset;
  onStore: (item: StoreItem) => Promise<void>;
  onSkip: () => void;
}) {
  const { values, change, setDetail, owner, error, busy, submit } = useDocumentForm(
    () => ({
      typeKey: preset.evidenceType ?? '',
      // A zzp'er is the only person: her documents are hers without asking.
      personId: preset.personId ?? (people.length === 1 ? people[0]!.id : ''),
      title: '',
      issueDate: '',
      validUntil: '',
      details: {},
    }),
    people,
  );
  const idPrefix = `doc-${token}`;
  const store = (type: EvidenceType) => onStore({ token, meta: storeMeta(type, values), ...(preset.supersedesId ? { supersedesId: preset.supersedesId } : {}) });

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e, store)} noValidate aria-label={`Gegevens van ${fileName}`}>
      <p className="span">
        <strong>{fileName}</strong>
        {preset.supersedesId && <span className="muted"> — nieuwe versie</span>}
      </p>
      {note && <p className="span notice">{note}</p>}
      <DocumentFields
        idPrefix={idPrefix}
        values={values}
        onChange={change}
        onDetail={setDetail}
        types={preset.personId ? EVIDENCE_TYPES.filter((t) => t.personal) : EVIDENCE_TYPES}
        typeLocked={!!preset.supersedesId}
        owner={owner}
        person={!preset.personId && <PersonField id={`${idPrefix}-person`} people={people} value={values.personId} onChange={(personId) => change({ personId })} />}
      />
      <StoreActions error={error} busy={busy} onSkip={onSkip} />
    </form>
  );
}
