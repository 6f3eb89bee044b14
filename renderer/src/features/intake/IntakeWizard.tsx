import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../../shared/errors/user-error';
import type { IntakeProfile, Organisation } from '../../../../shared/model';
import { normaliseOrganisation, validateOrganisation, type OrganisationDraft, type OrganisationErrors } from '../../../../shared/organisation/validate-organisation';
import { validateOwner, type OwnerDraft, type OwnerErrors } from '../../../../shared/organisation/owner';
import { todayInAmsterdam } from '../../../../shared/dates';
import { getDb } from '../../db/database';
import { saveOrganisation } from '../../db/organisation-store';
import { saveFirstIntake } from '../../db/intake-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RestoreBackup } from '../settings/BackupSection';
import { FormField } from '../../components/FormField';
import { formDraft } from '../../lib/form-draft';
import { ProfileChoices } from './ProfileChoices';
import './intake.css';

/** The stored answers, or for a new organisation: a zzp'er giving begeleiding under Midden-Groningen's Wmo kader. */
function draftFrom(org?: Organisation): OrganisationDraft {
  const profile: IntakeProfile = { kind: 'zzp', staffCount: 1, services: ['begeleiding'], clientGroups: ['wmo'], kaderIds: ['mg-wmo'] };
  return formDraft<OrganisationDraft>(org, { name: '', kvk: '', agb: '', address: '', contactPerson: '', profile });
}

/**
 * The intake on one page: every question has a sensible default, so a zzp'er types her organisation's
 * name, her own name and her start date and clicks once. On first start a zzp'er is also entered as a
 * person (eigenaar, client contact). From Instellingen the same page changes the answers.
 */
export function IntakeWizard({ existing, onDone }: { existing?: Organisation; onDone?: () => void }) {
  const [draft, setDraft] = useState(() => draftFrom(existing));
  const [owner, setOwner] = useState<OwnerDraft>({ name: '', startDate: '' });
  const [errors, setErrors] = useState<OrganisationErrors & OwnerErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const profile = draft.profile;
  const setProfile = (p: Partial<typeof profile>) => setDraft((d) => ({ ...d, profile: { ...d.profile, ...p } }));
  const asksOwner = !existing && profile.kind === 'zzp';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const all = { ...validateOrganisation(draft), ...(asksOwner ? validateOwner(owner, todayInAmsterdam()) : {}) };
    setErrors(all);
    if (Object.keys(all).length > 0) {
      // Focus the first field that needs attention, in page order.
      const first = ['org-name', 'org-kvk', 'org-agb', 'owner-name', 'owner-start', 'org-staff'].find((id) => document.getElementById(`${id}-error`));
      requestAnimationFrame(() => document.getElementById(first ?? '')?.focus());
      return;
    }
    try {
      const org = normaliseOrganisation(asksOwner && !draft.contactPerson.trim() ? { ...draft, contactPerson: owner.name } : draft);
      if (existing) await saveOrganisation(getDb(), org);
      else await saveFirstIntake(getDb(), org, asksOwner ? owner : undefined);
      onDone?.();
    } catch (e) {
      setSaveError(userMessage(e));
    }
  }

  return (
    <form className="card intake" onSubmit={submit} noValidate aria-labelledby="wizard-title">
      {existing ? <h1 id="wizard-title">Gegevens en intake</h1> : <h1 id="wizard-title">Welkom bij Kwaliteitsmap</h1>}
      {!existing && (
        <>
          <p>Alles wat de gemeente van je vraagt, op één plek en alleen op deze computer. Wat al is ingevuld kun je laten staan; je kunt het later wijzigen onder Instellingen.</p>
          <div className="restore-hint">
            <span>Heb je al een back-up van Kwaliteitsmap?</span> <RestoreBackup offerBackupFirst={false} />
          </div>
        </>
      )}

      <fieldset>
        <legend>Je organisatie</legend>
        <div className="form-grid">
          <FormField id="org-name" label="Naam van de organisatie" error={errors.name}>
            {(control) => <input {...control} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus autoComplete="organization" />}
          </FormField>
          <FormField id="org-kvk" label="KvK-nummer" optional error={errors.kvk}>
            {(control) => <input {...control} inputMode="numeric" value={draft.kvk} onChange={(e) => setDraft({ ...draft, kvk: e.target.value })} />}
          </FormField>
          <FormField id="org-agb" label="AGB-code" optional error={errors.agb}>
            {(control) => <input {...control} inputMode="numeric" value={draft.agb} onChange={(e) => setDraft({ ...draft, agb: e.target.value })} />}
          </FormField>
          <FormField id="org-address" label="Adres" optional>
            {(control) => <input {...control} value={draft.address} onChange={(e) => setDraft({ ...draft, address: e.target.value })} autoComplete="street-address" />}
          </FormField>
          {!asksOwner && (
            <FormField id="org-contact" label="Contactpersoon" optional>
              {(control) => <input {...control} value={draft.contactPerson} onChange={(e) => setDraft({ ...draft, contactPerson: e.target.value })} autoComplete="name" />}
            </FormField>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Hoe werk je?</legend>
        <div className="choice-row">
          <label className="choice">
            <input type="radio" name="kind" checked={profile.kind === 'zzp'} onChange={() => setProfile({ kind: 'zzp', staffCount: 1 })} />
            Ik werk alleen (zzp'er)
          </label>
          <label className="choice">
            <input type="radio" name="kind" checked={profile.kind === 'organisatie'} onChange={() => setProfile({ kind: 'organisatie', staffCount: Math.max(2, profile.staffCount) })} />
            Organisatie met personeel
          </label>
        </div>
        {profile.kind === 'organisatie' && (
          <div className="form-grid">
            <FormField id="org-staff" label="Aantal mensen (jezelf meegeteld)" error={errors.staffCount}>
              {(control) => <input {...control} type="number" min={2} max={500} value={profile.staffCount} onChange={(e) => setProfile({ staffCount: Number(e.target.value) })} />}
            </FormField>
          </div>
        )}
        {asksOwner && (
          <div className="form-grid owner">
            <p className="span help">Je bent zelf de zorgverlener: de app zet je onder Personeel, met cliëntcontact.</p>
            <FormField id="owner-name" label="Je eigen naam" error={errors.ownerName}>
              {(control) => <input {...control} value={owner.name} onChange={(e) => setOwner({ ...owner, name: e.target.value })} autoComplete="name" />}
            </FormField>
            <FormField id="owner-start" label="Begonnen als zorgverlener op" error={errors.ownerStartDate}>
              {(control) => <input {...control} type="date" value={owner.startDate} max={todayInAmsterdam()} onChange={(e) => setOwner({ ...owner, startDate: e.target.value })} />}
            </FormField>
          </div>
        )}
      </fieldset>

      <ProfileChoices profile={profile} errors={errors} onChange={setProfile} />

      <ErrorMessage message={saveError} />
      <div className="actions">
        <button type="submit" className="primary">
          {existing ? 'Opslaan' : 'Beginnen'}
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
