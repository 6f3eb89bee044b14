import { FormActions } from '../../components/FormActions';
import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES, ROLES } from '../../../../shared/evidence';
import { kaderIdFromName, SCOPE_LABELS, type Condition, type EvidenceAccept, type Kader, type Requirement, type Scope, type ScopeLevel } from '../../../../shared/kaders';
import { SERVICE_LABELS, SERVICES, type Service } from '../../../../shared/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeEvidence } from './describe-requirement';

const LEVELS = Object.keys(SCOPE_LABELS) as ScopeLevel[];
const PERSONAL = (level: ScopeLevel) => level !== 'organisatie' && level !== 'clientpraktijk';

/**
 * Edits one requirement of a user kader. Evidence with one group is edited as a list of accepted types
 * (a type kept keeps its detail filters); evidence in several groups is shown and kept as it is. The
 * same for applicability: one condition is editable, several are kept.
 */
export function RequirementForm({
  kader,
  requirement,
  onSave,
  onCancel,
}: {
  kader: Kader;
  requirement?: Requirement;
  onSave: (next: Requirement) => Promise<string | undefined>;
  onCancel: () => void;
}) {
  const r = requirement;
  const [text, setText] = useState(r?.text ?? '');
  const [sectionId, setSectionId] = useState(r?.sectionId ?? kader.sections[0]?.id ?? '');
  const [refSection, setRefSection] = useState(r?.sourceRef.section ?? '');
  const [refBullet, setRefBullet] = useState(r?.sourceRef.bullet ?? '');
  const [level, setLevel] = useState<ScopeLevel>(r?.scope.level ?? 'organisatie');
  const [roles, setRoles] = useState<string[]>(r?.scope.level === 'medewerker-rol' ? r.scope.roles : []);
  const simpleEvidence = !r || r.evidence.length <= 1;
  const [types, setTypes] = useState<string[]>(r?.evidence[0]?.anyOf.map((a) => a.type) ?? []);
  const [renew, setRenew] = useState(r?.renewMonths ? String(r.renewMonths) : '');
  const simpleCondition = !r?.appliesWhen || r.appliesWhen.length === 1;
  const cond: Condition = r?.appliesWhen?.[0] ?? {};
  const [orgKind, setOrgKind] = useState<string>(cond.organisationKind ?? '');
  const [services, setServices] = useState<Service[]>(cond.servicesAny ?? []);
  const [hint, setHint] = useState(r?.hint ?? '');
  const [error, setError] = useState<string>();
  const idBase = r ? `rf-${r.id.replace(/[^a-z0-9]+/g, '-')}` : 'rf-new';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) return setError('Beschrijf de eis in een paar woorden.');
    if (!refSection.trim() || !refBullet.trim()) return setError('Vul de bronverwijzing in: het hoofdstuk of onderdeel, en het punt.');
    if (level === 'medewerker-rol' && roles.length === 0) return setError('Kies voor welke rol of rollen de eis geldt.');
    const scope: Scope =
      level === 'medewerker-rol'
        ? { level, roles, ...(r?.scope.level === 'medewerker-rol' && r.scope.holderRequired ? { holderRequired: true } : {}) }
        : ({ level } as Scope);
    const old = new Map((r?.evidence[0]?.anyOf ?? []).map((a) => [a.type, a]));
    const evidence = simpleEvidence ? (types.length ? [{ ...(r?.evidence[0]?.label ? { label: r.evidence[0].label } : {}), anyOf: types.map((t): EvidenceAccept => old.get(t) ?? { type: t }) }] : []) : r!.evidence;
    const condition: Condition = { ...(orgKind ? { organisationKind: orgKind as 'zzp' | 'organisatie' } : {}), ...(services.length ? { servicesAny: services } : {}) };
    const keptCondition: Condition = simpleCondition ? { ...cond } : {};
    delete keptCondition.organisationKind;
    delete keptCondition.servicesAny;
    const merged = { ...keptCondition, ...condition };
    const appliesWhen = simpleCondition ? (Object.keys(merged).length ? [merged] : undefined) : r!.appliesWhen;
    let id = r?.id;
    if (!id) {
      const taken = new Set(kader.requirements.map((q) => q.id));
      const name = kaderIdFromName(text.split(/\s+/).slice(0, 5).join(' '), new Set());
      id = `${kader.id}.${sectionId}.${name}`;
      for (let n = 2; taken.has(id); n++) id = `${kader.id}.${sectionId}.${name}-${n}`;
    }
    const next: Requirement = {
      id,
      sectionId,
      text: text.trim(),
      sourceRef: { section: refSection.trim(), bullet: refBullet.trim() },
      scope,
      evidence,
      ...(renew ? { renewMonths: Number(renew) } : {}),
      ...(appliesWhen ? { appliesWhen } : {}),
      ...(r?.startOfWork && PERSONAL(level) ? { startOfWork: r.startOfWork } : {}),
      ...(r?.credential && PERSONAL(level) ? { credential: r.credential } : {}),
      ...(hint.trim() ? { hint: hint.trim() } : {}),
    };
    setError(await onSave(next));
  }

  const heading = r ? 'Eis wijzigen' : 'Eis toevoegen';
  return (
    <form className="card form-grid req-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3 className="span">{heading}</h3>
      <label htmlFor={`${idBase}-text`}>Eis</label>
      <textarea id={`${idBase}-text`} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <label htmlFor={`${idBase}-section`}>Onderdeel</label>
      <select id={`${idBase}-section`} value={sectionId} onChange={(e) => setSectionId(e.target.value)} disabled={Boolean(r)} title={r ? 'Het onderdeel hoort bij de id van de eis; maak een nieuwe eis om haar elders te zetten.' : undefined}>
        {kader.sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${idBase}-ref-section`}>Bron: hoofdstuk of onderdeel</label>
      <input id={`${idBase}-ref-section`} value={refSection} onChange={(e) => setRefSection(e.target.value)} placeholder="Bijvoorbeeld 2. Personeel" />
      <label htmlFor={`${idBase}-ref-bullet`}>Bron: punt</label>
      <input id={`${idBase}-ref-bullet`} value={refBullet} onChange={(e) => setRefBullet(e.target.value)} placeholder="Bijvoorbeeld 2.1 of 3.a" />
      <label htmlFor={`${idBase}-scope`}>Geldt voor</label>
      <select id={`${idBase}-scope`} value={level} onChange={(e) => setLevel(e.target.value as ScopeLevel)}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {SCOPE_LABELS[l]}
          </option>
        ))}
      </select>
      {level === 'medewerker-rol' && (
        <fieldset className="span">
          <legend>Welke rollen</legend>
          {ROLES.map((role) => (
            <label className="choice" key={role.key}>
              <input type="checkbox" checked={roles.includes(role.key)} onChange={(e) => setRoles(e.target.checked ? [...roles, role.key] : roles.filter((x) => x !== role.key))} />
              {role.label}
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`${idBase}-types`}>Geaccepteerd bewijs (één ervan is genoeg)</label>
      {simpleEvidence ? (
        <div>
          <select id={`${idBase}-types`} multiple value={types} onChange={(e) => setTypes([...e.target.selectedOptions].map((o) => o.value))} aria-describedby={`${idBase}-types-help`}>
            {EVIDENCE_TYPES.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
          <p className="help" id={`${idBase}-types-help`}>
            Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen. Niets gekozen: je beoordeelt de eis zelf.
          </p>
        </div>
      ) : (
        <p id={`${idBase}-types`}>
          {describeEvidence(r!)} <span className="muted">(bestaat uit meerdere delen en blijft zo; pas het aan in een kaderbestand)</span>
        </p>
      )}
      <label htmlFor={`${idBase}-renew`}>Vernieuwen of herzien elke … maanden (optioneel)</label>
      <input id={`${idBase}-renew`} type="number" min={1} max={240} value={renew} onChange={(e) => setRenew(e.target.value)} />
      {simpleCondition ? (
        <>
          <label htmlFor={`${idBase}-kind`}>Van toepassing op</label>
          <select id={`${idBase}-kind`} value={orgKind} onChange={(e) => setOrgKind(e.target.value)}>
            <option value="">Iedereen</option>
            <option value="zzp">Alleen zzp'ers</option>
            <option value="organisatie">Alleen organisaties met personeel</option>
          </select>
          <fieldset className="span">
            <legend>Alleen bij deze diensten (niets gekozen: bij alle)</legend>
            {SERVICES.map((s) => (
              <label className="choice" key={s}>
                <input type="checkbox" checked={services.includes(s)} onChange={(e) => setServices(e.target.checked ? [...services, s] : services.filter((x) => x !== s))} />
                {SERVICE_LABELS[s]}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <p className="span muted">Deze eis heeft meerdere voorwaarden; die blijven zoals ze zijn.</p>
      )}
      <label htmlFor={`${idBase}-hint`}>Uitleg bij de eis (optioneel)</label>
      <textarea id={`${idBase}-hint`} value={hint} onChange={(e) => setHint(e.target.value)} />
      <ErrorMessage message={error} />
      <FormActions submitLabel="Eis opslaan" onCancel={onCancel} />
    </form>
  );
}
