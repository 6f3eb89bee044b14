import { FormActions } from '../../components/FormActions';
import { useState, type FormEvent } from 'react';
import { OPDRACHTGEVER_KIND_LABELS, OPDRACHTGEVER_KINDS, type Opdrachtgever, type OpdrachtgeverKind } from '../../../../shared/model';
import { validateOpdrachtgever, type OpdrachtgeverDraft, type OpdrachtgeverErrors } from '../../../../shared/organisation/validate-opdrachtgever';
import { userMessage } from '../../../../shared/errors/user-error';
import type { Kader } from '../../../../shared/kaders';
import { getDb } from '../../db/database';
import { saveOpdrachtgever } from '../../db/opdrachtgever-store';
import { hrefFor } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { kaderOption } from '../../components/kader-option';
import { formDraft } from '../../lib/form-draft';

/** The stored opdrachtgever's values, or a gemeente without contract dates or kaders yet. */
function draftFrom(o?: Opdrachtgever): OpdrachtgeverDraft {
  return formDraft<OpdrachtgeverDraft>(o, { name: '', kind: 'gemeente', contractStart: '', contractEnd: '', contact: '', kaderIds: [] });
}

/** Add or change one opdrachtgever: who it is, the contract, and the kaders it applies. */
export function OpdrachtgeverForm({ existing, kaders, onDone }: { existing?: Opdrachtgever; kaders: readonly Kader[]; onDone: () => void }) {
  const [draft, setDraft] = useState(() => draftFrom(existing));
  const [errors, setErrors] = useState<OpdrachtgeverErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const set = (change: Partial<OpdrachtgeverDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateOpdrachtgever(draft, new Set(kaders.map((k) => k.id)));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveOpdrachtgever(
        getDb(),
        {
          name: draft.name.trim(),
          kind: draft.kind,
          kaderIds: draft.kaderIds,
          ...(draft.contractStart ? { contractStart: draft.contractStart } : {}),
          ...(draft.contractEnd ? { contractEnd: draft.contractEnd } : {}),
          ...(draft.contact.trim() ? { contact: draft.contact.trim() } : {}),
        },
        existing?.id,
      );
      onDone();
    } catch (e) {
      setSaveError(userMessage(e));
    }
  }

  const title = existing ? `${existing.name} wijzigen` : 'Opdrachtgever toevoegen';
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label={title}>
      <h2 className="span">{title}</h2>
      <FormField id="og-name" label="Naam" error={errors.name}>
        {(control) => <input {...control} value={draft.name} onChange={(e) => set({ name: e.target.value })} autoFocus placeholder="Bijvoorbeeld Gemeente Midden-Groningen" />}
      </FormField>
      <FormField id="og-kind" label="Soort opdrachtgever" error={errors.kind}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as OpdrachtgeverKind })}>
            <SelectOptions options={OPDRACHTGEVER_KINDS.map((k) => ({ value: k, label: OPDRACHTGEVER_KIND_LABELS[k] }))} />
          </select>
        )}
      </FormField>
      <FormField id="og-start" label="Contract vanaf" optional error={errors.contractStart}>
        {(control) => <input {...control} type="date" value={draft.contractStart} onChange={(e) => set({ contractStart: e.target.value })} />}
      </FormField>
      <FormField id="og-end" label="Contract tot en met" optional error={errors.contractEnd}>
        {(control) => <input {...control} type="date" value={draft.contractEnd} onChange={(e) => set({ contractEnd: e.target.value })} />}
      </FormField>
      <FormField id="og-contact" label="Contactpersoon" optional>
        {(control) => <input {...control} value={draft.contact} onChange={(e) => set({ contact: e.target.value })} placeholder="Naam, e-mail of telefoon" />}
      </FormField>
      <CheckboxGroup
        id="og-kaders"
        className="span"
        legend="Welk kwaliteitskader hanteert deze opdrachtgever?"
        options={kaders.map((k) => kaderOption(k.id, k.shortTitle ?? k.title, `${k.issuer}, versie ${k.version}`))}
        selected={draft.kaderIds}
        onChange={(kaderIds) => set({ kaderIds })}
        help={
          <>
            Staat het kader van deze opdrachtgever er niet bij? <a href={hrefFor('kaders')}>Maak of importeer het bij Kaders</a>.
          </>
        }
        error={errors.kaderIds}
      />
      <ErrorMessage message={saveError} />
      <FormActions submitLabel="Opslaan" onCancel={onDone} />
    </form>
  );
}
