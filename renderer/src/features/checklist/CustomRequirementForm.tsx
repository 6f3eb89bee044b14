import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES } from '../../../../shared/evidence';
import { BUILTIN_KADERS, validateCustomRequirement } from '../../../../shared/kaders';
import { getDb } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { userMessage } from '../../../../shared/errors/user-error';
import { ErrorMessage } from '../../components/ErrorMessage';

type ScopeChoice = 'organisatie' | 'medewerker-clientcontact' | 'clientpraktijk';
const SCOPES: { value: ScopeChoice; label: string }[] = [
  { value: 'organisatie', label: 'De organisatie (één keer)' },
  { value: 'medewerker-clientcontact', label: 'Iedereen met cliëntcontact' },
  { value: 'clientpraktijk', label: 'Werkwijze bij cliënten' },
];

/** A requirement of the user's own, for a gemeente that asks more than the built-in kader. */
export function CustomRequirementForm({ kaderId, sections, onClose }: { kaderId: string; sections: { id: string; title: string }[]; onClose: () => void }) {
  const [text, setText] = useState('');
  const [sectionId, setSectionId] = useState(sections[0]?.id ?? 'eigen-eisen');
  const [scope, setScope] = useState<ScopeChoice>('organisatie');
  const [evidenceType, setEvidenceType] = useState('');
  const [renewMonths, setRenewMonths] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) return setError('Beschrijf de eis in een paar woorden.');
    const id = `eigen.${newId().slice(0, 8)}`;
    const requirement = {
      id,
      kaderId,
      custom: true as const,
      sectionId,
      text: text.trim(),
      sourceRef: { section: 'Eigen eis', bullet: `toegevoegd op ${nowIso().slice(0, 10)}` },
      scope: { level: scope },
      evidence: evidenceType ? [{ anyOf: [{ type: evidenceType }] }] : [],
      ...(renewMonths ? { renewMonths: Number(renewMonths) } : {}),
    };
    const result = validateCustomRequirement(requirement, BUILTIN_KADERS);
    if (!result.ok) return setError(`De eis is niet geldig: ${result.errors.join('; ')}`);
    try {
      const { kaderId: _k, custom: _c, ...stored } = result.requirement;
      await getDb().customRequirements.add({ id, kaderId, requirement: stored, createdAt: nowIso() });
      onClose();
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Eigen eis toevoegen">
      <h2 className="span">Eigen eis toevoegen</h2>
      <label htmlFor="cr-text">Eis</label>
      <input id="cr-text" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <label htmlFor="cr-section">Onderdeel</label>
      <select id="cr-section" value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <label htmlFor="cr-scope">Geldt voor</label>
      <select id="cr-scope" value={scope} onChange={(e) => setScope(e.target.value as ScopeChoice)}>
        {SCOPES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <label htmlFor="cr-type">Bewijs</label>
      <select id="cr-type" value={evidenceType} onChange={(e) => setEvidenceType(e.target.value)}>
        <option value="">Geen document: ik beoordeel het zelf</option>
        {EVIDENCE_TYPES.filter((t) => (scope === 'medewerker-clientcontact' ? t.personal : !t.personal)).map((t) => (
          <option key={t.key} value={t.key}>
            {t.label}
          </option>
        ))}
      </select>
      <label htmlFor="cr-renew">Vernieuwen elke … maanden (optioneel)</label>
      <input id="cr-renew" type="number" min={1} max={240} value={renewMonths} onChange={(e) => setRenewMonths(e.target.value)} />
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit" className="primary">
          Eis opslaan
        </button>
        <button type="button" onClick={onClose}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
