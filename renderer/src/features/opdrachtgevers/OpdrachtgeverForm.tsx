import { useState, type FormEvent, type ReactNode } from 'react';
import { OPDRACHTGEVER_KIND_LABELS, OPDRACHTGEVER_KINDS, type Opdrachtgever, type OpdrachtgeverKind } from '../../../../shared/model';
import { validateOpdrachtgever, type OpdrachtgeverDraft, type OpdrachtgeverErrors } from '../../../../shared/organisation/validate-opdrachtgever';
import { userMessage } from '../../../../shared/errors/user-error';
import type { Kader } from '../../../../shared/kaders';
import { getDb } from '../../db/database';
import { saveOpdrachtgever } from '../../db/opdrachtgever-store';
import { hrefFor } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';

function draftFrom(o?: Opdrachtgever): OpdrachtgeverDraft {
  return {
    name: o?.name ?? '',
    kind: o?.kind ?? 'gemeente',
    contractStart: o?.contractStart ?? '',
    contractEnd: o?.contractEnd ?? '',
    contact: o?.contact ?? '',
    kaderIds: o?.kaderIds ?? [],
  };
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
      <Field id="og-name" label="Naam" error={errors.name}>
        <input id="og-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} autoFocus placeholder="Bijvoorbeeld Gemeente Midden-Groningen" />
      </Field>
      <Field id="og-kind" label="Soort opdrachtgever" error={errors.kind}>
        <select id="og-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as OpdrachtgeverKind })}>
          {OPDRACHTGEVER_KINDS.map((k) => (
            <option key={k} value={k}>
              {OPDRACHTGEVER_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="og-start" label="Contract vanaf (optioneel)" error={errors.contractStart}>
        <input id="og-start" type="date" value={draft.contractStart} onChange={(e) => set({ contractStart: e.target.value })} />
      </Field>
      <Field id="og-end" label="Contract tot en met (optioneel)" error={errors.contractEnd}>
        <input id="og-end" type="date" value={draft.contractEnd} onChange={(e) => set({ contractEnd: e.target.value })} />
      </Field>
      <Field id="og-contact" label="Contactpersoon (optioneel)">
        <input id="og-contact" value={draft.contact} onChange={(e) => set({ contact: e.target.value })} placeholder="Naam, e-mail of telefoon" />
      </Field>
      <fieldset className="span">
        <legend>Welk kwaliteitskader hanteert deze opdrachtgever?</legend>
        {kaders.map((k) => (
          <label className="choice" key={k.id}>
            <input
              type="checkbox"
              checked={draft.kaderIds.includes(k.id)}
              onChange={(e) => set({ kaderIds: e.target.checked ? [...draft.kaderIds, k.id] : draft.kaderIds.filter((id) => id !== k.id) })}
            />
            <span>
              {k.shortTitle ?? k.title} <span className="muted">({k.issuer}, versie {k.version})</span>
            </span>
          </label>
        ))}
        <p className="help">
          Staat het kader van deze opdrachtgever er niet bij? <a href={hrefFor('kaders')}>Maak of importeer het bij Kaders</a>.
        </p>
        <ErrorMessage message={errors.kaderIds} />
      </fieldset>
      <ErrorMessage message={saveError} />
      <div className="actions span">
        <button type="submit" className="primary">
          Opslaan
        </button>
        <button type="button" onClick={onDone}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        {children}
        {error && (
          <p className="error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}
