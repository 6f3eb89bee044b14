import { useState, type FormEvent, type ReactNode } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import {
  CLIENT_GROUP_LABELS,
  CLIENT_GROUPS,
  SERVICE_LABELS,
  SERVICES,
  type ClientGroup,
  type Organisation,
  type Service,
} from '../../../../shared/model';
import { normaliseOrganisation, validateOrganisation, type OrganisationDraft, type OrganisationErrors } from '../../../../shared/organisation/validate-organisation';
import { getDb } from '../../db/database';
import { saveOrganisation } from '../../db/organisation-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useKaderChoices } from '../../app/kaders';
import { RestoreBackup } from '../settings/BackupSection';

const STEPS = ['Organisatie', 'Werkvorm', 'Diensten', 'Cliënten', 'Kaders'] as const;
/** Which fields each step checks before going on. */
const STEP_FIELDS: (keyof OrganisationErrors)[][] = [['name', 'kvk', 'agb'], ['staffCount'], ['services'], ['clientGroups'], ['kaderIds']];

function draftFrom(org?: Organisation): OrganisationDraft {
  return {
    name: org?.name ?? '',
    kvk: org?.kvk ?? '',
    agb: org?.agb ?? '',
    address: org?.address ?? '',
    contactPerson: org?.contactPerson ?? '',
    profile: org?.profile ?? { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] },
  };
}

/** The intake: on first start as a full page; later from Instellingen to change the answers. */
export function IntakeWizard({ existing, onDone }: { existing?: Organisation; onDone?: () => void }) {
  const [draft, setDraft] = useState(() => draftFrom(existing));
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<OrganisationErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const kaderChoices = useKaderChoices();
  const last = step === STEPS.length - 1;
  const profile = draft.profile;
  const setProfile = (p: Partial<typeof profile>) => setDraft((d) => ({ ...d, profile: { ...d.profile, ...p } }));

  function toggle<T extends string>(list: T[], value: T): T[] {
    return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const all = validateOrganisation(draft);
    const fields = last ? (Object.keys(all) as (keyof OrganisationErrors)[]) : STEP_FIELDS[step]!;
    const stepErrors = Object.fromEntries(fields.filter((f) => all[f]).map((f) => [f, all[f]]));
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) {
      if (last) setStep(STEP_FIELDS.findIndex((fs) => fs.some((f) => all[f])));
      return;
    }
    if (!last) return setStep(step + 1);
    try {
      await saveOrganisation(getDb(), normaliseOrganisation(draft));
      onDone?.();
    } catch (e) {
      setSaveError(userMessage(e));
    }
  }

  return (
    <form className="card wizard" onSubmit={submit} noValidate aria-labelledby="wizard-title">
      {existing ? <h1 id="wizard-title">Gegevens en intake</h1> : <h1 id="wizard-title">Welkom bij Kwaliteitsmap</h1>}
      {!existing && step === 0 && (
        <>
          <p>Alles wat de gemeente van je vraagt, op één plek en alleen op deze computer. Eerst een paar vragen over je organisatie.</p>
          <div className="restore-hint">
            <span>Heb je al een back-up van Kwaliteitsmap?</span> <RestoreBackup offerBackupFirst={false} />
          </div>
        </>
      )}
      <ol className="steps" aria-label="Stappen">
        {STEPS.map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
            {label}
          </li>
        ))}
      </ol>

      {step === 0 && (
        <div className="form-grid">
          <Field id="org-name" label="Naam van de organisatie" error={errors.name}>
            <input id="org-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus autoComplete="organization" />
          </Field>
          <Field id="org-kvk" label="KvK-nummer" error={errors.kvk}>
            <input id="org-kvk" inputMode="numeric" value={draft.kvk} onChange={(e) => setDraft({ ...draft, kvk: e.target.value })} />
          </Field>
          <Field id="org-agb" label="AGB-code (optioneel)" error={errors.agb}>
            <input id="org-agb" inputMode="numeric" value={draft.agb} onChange={(e) => setDraft({ ...draft, agb: e.target.value })} />
          </Field>
          <Field id="org-address" label="Adres">
            <input id="org-address" value={draft.address} onChange={(e) => setDraft({ ...draft, address: e.target.value })} autoComplete="street-address" />
          </Field>
          <Field id="org-contact" label="Contactpersoon">
            <input id="org-contact" value={draft.contactPerson} onChange={(e) => setDraft({ ...draft, contactPerson: e.target.value })} autoComplete="name" />
          </Field>
        </div>
      )}

      {step === 1 && (
        <fieldset>
          <legend>Hoe werk je?</legend>
          <label className="choice">
            <input type="radio" name="kind" checked={profile.kind === 'zzp'} onChange={() => setProfile({ kind: 'zzp', staffCount: 1 })} autoFocus />
            Ik werk alleen (zzp'er)
          </label>
          <label className="choice">
            <input
              type="radio"
              name="kind"
              checked={profile.kind === 'organisatie'}
              onChange={() => setProfile({ kind: 'organisatie', staffCount: Math.max(2, profile.staffCount) })}
            />
            Organisatie met personeel
          </label>
          {profile.kind === 'organisatie' && (
            <div className="form-grid">
              <Field id="org-staff" label="Aantal mensen (jezelf meegeteld)" error={errors.staffCount}>
                <input
                  id="org-staff"
                  type="number"
                  min={2}
                  max={500}
                  value={profile.staffCount}
                  onChange={(e) => setProfile({ staffCount: Number(e.target.value) })}
                />
              </Field>
            </div>
          )}
        </fieldset>
      )}

      {step === 2 && (
        <CheckGroup legend="Welke diensten lever je?" error={errors.services}>
          {SERVICES.map((s: Service, i) => (
            <label className="choice" key={s}>
              <input type="checkbox" checked={profile.services.includes(s)} onChange={() => setProfile({ services: toggle(profile.services, s) })} autoFocus={i === 0} />
              {SERVICE_LABELS[s]}
            </label>
          ))}
        </CheckGroup>
      )}

      {step === 3 && (
        <CheckGroup legend="Voor welke cliënten werk je?" error={errors.clientGroups}>
          {CLIENT_GROUPS.map((g: ClientGroup, i) => (
            <label className="choice" key={g}>
              <input type="checkbox" checked={profile.clientGroups.includes(g)} onChange={() => setProfile({ clientGroups: toggle(profile.clientGroups, g) })} autoFocus={i === 0} />
              {CLIENT_GROUP_LABELS[g]}
            </label>
          ))}
        </CheckGroup>
      )}

      {step === 4 && (
        <CheckGroup legend="Welke kwaliteitskaders gelden voor jou?" error={errors.kaderIds}>
          {kaderChoices.map((k, i) => (
            <label className="choice" key={k.id}>
              <input type="checkbox" checked={profile.kaderIds.includes(k.id)} onChange={() => setProfile({ kaderIds: toggle(profile.kaderIds, k.id) })} autoFocus={i === 0} />
              <span>
                {k.title} <span className="muted">({k.issuer})</span>
              </span>
            </label>
          ))}
          <p className="help">Staat het kader van jouw gemeente of opdrachtgever er niet bij? Kies nu het kader dat er het meest op lijkt; daarna maak of importeer je het eigen kader bij Kaders.</p>
        </CheckGroup>
      )}

      <ErrorMessage message={saveError} />
      <div className="actions">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Vorige
          </button>
        )}
        <button type="submit" className="primary">
          {last ? (existing ? 'Opslaan' : 'Beginnen') : 'Volgende'}
        </button>
        {existing && onDone && (
          <button type="button" onClick={onDone}>
            Annuleren
          </button>
        )}
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

function CheckGroup({ legend, error, children }: { legend: string; error?: string | undefined; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
      <ErrorMessage message={error} />
    </fieldset>
  );
}
