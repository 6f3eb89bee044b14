import { FormActions } from '../../components/FormActions';
import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES } from '../../../../shared/evidence';
import { findBuiltinKader } from '../../../../shared/kaders';
import { getDb } from '../../db/database';
import { nowIso } from '../../db/ids';
import { addOwnRequirement } from '../../db/kader-store';
import { navigate } from '../../app/routing';
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
    const requirement = {
      sectionId,
      text: text.trim(),
      sourceRef: { section: 'Eigen eis', bullet: `toegevoegd op ${nowIso().slice(0, 10)}` },
      scope: { level: scope },
      evidence: evidenceType ? [{ anyOf: [{ type: evidenceType }] }] : [],
      ...(renewMonths ? { renewMonths: Number(renewMonths) } : {}),
    };
    try {
      const id = await addOwnRequirement(getDb(), kaderId, requirement, sections.find((s) => s.id === sectionId)?.title ?? 'Eigen eisen');
      onClose();
      // A requirement for a built-in kader lands in its "Eigen eisen" kader: show it there.
      navigate('checklist', id.split('.')[0]!, id);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Eigen eis toevoegen">
      <h2 className="span">Eigen eis toevoegen</h2>
      {findBuiltinKader(kaderId) && (
        <p className="span help">Dit kader is ingebouwd en blijft ongewijzigd; je eis komt in het kader “Eigen eisen” dat erbij hoort.</p>
      )}
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
      <FormActions submitLabel="Eis opslaan" onCancel={onClose} />
    </form>
  );
}
