import type { IntakeProfile } from '../model/profile';

export interface OrganisationDraft {
  name: string;
  kvk: string;
  agb: string;
  address: string;
  contactPerson: string;
  profile: IntakeProfile;
}

export type OrganisationErrors = Partial<Record<'name' | 'kvk' | 'agb' | 'staffCount' | 'services' | 'clientGroups' | 'kaderIds', string>>;

/** Checks the intake answers; every message is Dutch and names what to fix. */
export function validateOrganisation(draft: OrganisationDraft): OrganisationErrors {
  const errors: OrganisationErrors = {};
  if (!draft.name.trim()) errors.name = 'Vul de naam van je organisatie in.';
  const kvk = draft.kvk.replace(/\s/g, '');
  if (kvk && !/^\d{8}$/.test(kvk)) errors.kvk = 'Een KvK-nummer heeft 8 cijfers.';
  const agb = draft.agb.replace(/\s/g, '');
  if (agb && !/^\d{8}$/.test(agb)) errors.agb = 'Een AGB-code heeft 8 cijfers.';
  const { profile } = draft;
  if (profile.kind === 'organisatie' && (!Number.isInteger(profile.staffCount) || profile.staffCount < 2 || profile.staffCount > 500))
    errors.staffCount = 'Vul het aantal mensen in (2 of meer, jezelf meegeteld).';
  if (profile.services.length === 0) errors.services = 'Kies minstens één dienst die je levert.';
  if (profile.clientGroups.length === 0) errors.clientGroups = 'Kies minstens één groep cliënten.';
  if (profile.kaderIds.length === 0) errors.kaderIds = 'Kies minstens één kwaliteitskader.';
  return errors;
}

/** Normalises the draft into what is stored: trimmed, digits only, zzp'er counts as 1. */
export function normaliseOrganisation(draft: OrganisationDraft) {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    name: draft.name.trim(),
    kvk: opt(draft.kvk.replace(/\s/g, '')),
    agb: opt(draft.agb.replace(/\s/g, '')),
    address: opt(draft.address),
    contactPerson: opt(draft.contactPerson),
    profile: { ...draft.profile, staffCount: draft.profile.kind === 'zzp' ? 1 : draft.profile.staffCount },
  };
}
