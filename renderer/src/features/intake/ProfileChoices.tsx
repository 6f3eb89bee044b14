import type { ReactNode } from 'react';
import { CLIENT_GROUP_LABELS, CLIENT_GROUPS, SERVICE_LABELS, SERVICES, type IntakeProfile } from '../../../../shared/model';
import type { OrganisationErrors } from '../../../../shared/organisation/validate-organisation';
import { useKaderChoices } from '../../app/kaders';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { kaderOption } from '../../components/kader-option';

/** The profile's lists the intake asks as checkboxes; each has an error of the same name. */
type ListField = 'services' | 'clientGroups' | 'kaderIds';

const KADER_HELP =
  'Staat het kader van jouw gemeente of opdrachtgever er niet bij? Kies nu het kader dat er het meest op lijkt; daarna maak of importeer je het eigen kader bij Kaders.';

const QUESTIONS: readonly { field: ListField; id: string; legend: string; help?: string }[] = [
  { field: 'services', id: 'intake-services', legend: 'Welke diensten lever je?' },
  { field: 'clientGroups', id: 'intake-clients', legend: 'Voor welke cliënten werk je?' },
  { field: 'kaderIds', id: 'intake-kaders', legend: 'Welke kwaliteitskaders gelden voor jou?', help: KADER_HELP },
];

/** The intake's multiple-choice questions: which services, for which clients, under which kaders. */
export function ProfileChoices({ profile, errors, onChange }: { profile: IntakeProfile; errors: OrganisationErrors; onChange: (change: Partial<IntakeProfile>) => void }) {
  const kaderChoices = useKaderChoices();
  const options: Record<ListField, readonly { value: string; label: ReactNode }[]> = {
    services: SERVICES.map((s) => ({ value: s, label: SERVICE_LABELS[s] })),
    clientGroups: CLIENT_GROUPS.map((g) => ({ value: g, label: CLIENT_GROUP_LABELS[g] })),
    kaderIds: kaderChoices.map((k) => kaderOption(k.id, k.title, k.issuer)),
  };
  return QUESTIONS.map((q) => (
    <CheckboxGroup
      key={q.field}
      id={q.id}
      className="choices"
      listClassName="choice-list"
      legend={q.legend}
      options={options[q.field]}
      selected={profile[q.field]}
      // The values are the options' own, so they are of the field's type.
      onChange={(values) => onChange({ [q.field]: values } as Partial<IntakeProfile>)}
      help={q.help}
      error={errors[q.field]}
    />
  ));
}
