import { useState } from 'react';
import { findBuiltinKader, kaderIdFromName, requirementLabel, type Kader, type Requirement } from '../../../../shared/kaders';
import { userMessage } from '../../../../shared/errors/user-error';
import { formatDateNl } from '../../../../shared/dates';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { getDb } from '../../db/database';
import { replaceUserKader } from '../../db/kader-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KaderCopyForm } from './KaderCopyForm';
import { KaderMetaForm, ValidityEditor } from './KaderSettings';
import { RequirementForm } from './RequirementForm';
import { describeApplicability, describeEvidence, describeScope } from './describe-requirement';
import { exportKaderFile } from './kader-file-io';
import './kaders.css';

/** One kader: read-only for a built-in one (with "Kopie maken"); fully editable for the user's own. */
export function KaderEditorPage({ kaderId }: { kaderId: string }) {
  const engine = useEngine();
  const [editing, setEditing] = useState<string | 'new'>();
  const [removing, setRemoving] = useState<Requirement>();
  const [copying, setCopying] = useState(false);
  const [newSection, setNewSection] = useState('');
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  if (!engine) return null;
  const kader = engine.data.kaders.find((k) => k.id === kaderId);
  if (!kader) {
    return (
      <section>
        <h1>Kader niet gevonden</h1>
        <p className="empty">
          Dit kader bestaat niet (meer). <a href={hrefFor('kaders')}>Terug naar Kaders</a>
        </p>
      </section>
    );
  }
  const builtin = Boolean(findBuiltinKader(kader.id));
  const current: Kader = kader;
  const history = engine.data.userKaders.find((u) => u.id === kader.id)?.history ?? [];

  /** Validates and stores the whole kader; returns a Dutch error, or undefined when it is saved. */
  async function save(next: Kader): Promise<string | undefined> {
    setMessage(undefined);
    try {
      await replaceUserKader(getDb(), next, { keepHistory: false });
      setMessage('Opgeslagen.');
      return undefined;
    } catch (e) {
      return userMessage(e);
    }
  }

  async function saveRequirement(req: Requirement): Promise<string | undefined> {
    const exists = current.requirements.some((r) => r.id === req.id);
    const requirements = exists ? current.requirements.map((r) => (r.id === req.id ? req : r)) : [...current.requirements, req];
    const failed = await save({ ...current, requirements });
    if (!failed) setEditing(undefined);
    return failed;
  }

  async function addSection() {
    const title = newSection.trim();
    if (title.length < 2) return setError('Geef het onderdeel een naam.');
    const id = kaderIdFromName(title, new Set(current.sections.map((s) => s.id)));
    // A section needs a requirement to be valid; the new one starts with a placeholder to rewrite.
    const placeholder: Requirement = {
      id: `${current.id}.${id}.nieuwe-eis`,
      sectionId: id,
      text: `Beschrijf hier een eis over ${title.toLowerCase()}.`,
      sourceRef: { section: title, bullet: '1' },
      scope: { level: 'organisatie' },
      evidence: [],
    };
    const failed = await save({ ...current, sections: [...current.sections, { id, title }], requirements: [...current.requirements, placeholder] });
    setError(failed);
    if (!failed) setNewSection('');
  }

  async function renameSection(id: string, title: string) {
    if (title.trim().length < 2) return;
    setError(await save({ ...current, sections: current.sections.map((s) => (s.id === id ? { ...s, title: title.trim() } : s)) }));
  }

  return (
    <section aria-labelledby="ke-title">
      <p>
        <a href={hrefFor('kaders')}>← Alle kaders</a>
      </p>
      <div className="page-head">
        <h1 id="ke-title">{kader.shortTitle ?? kader.title}</h1>
        <div className="actions">
          <button type="button" onClick={() => setCopying(true)}>
            Kopie maken
          </button>
          <button
            type="button"
            onClick={async () => {
              try {
                const done = await exportKaderFile(kader);
                if (done) setMessage(done);
              } catch (e) {
                setError(userMessage(e));
              }
            }}
          >
            Exporteren
          </button>
        </div>
      </div>
      <p className="muted">
        {kader.title} · {kader.issuer} · versie {kader.version} · {kader.requirements.length} eisen
      </p>
      {builtin && (
        <p className="notice">Dit kader is ingebouwd en kan niet worden gewijzigd. Maak een kopie om het aan te passen voor jouw gemeente of opdrachtgever.</p>
      )}
      {copying && <KaderCopyForm source={kader} takenIds={new Set(engine.data.kaders.map((k) => k.id))} onClose={() => setCopying(false)} />}
      {message && (
        <p role="status" className="saved">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      {!builtin && (
        <>
          <KaderMetaForm key={`meta-${kader.version}-${kader.title}`} kader={kader} onSave={save} />
          <ValidityEditor kader={kader} onSave={save} />
          <section className="card" aria-labelledby="ks-title">
            <h2 id="ks-title">Onderdelen</h2>
            {kader.sections.map((s) => (
              <div className="section-row" key={s.id}>
                <label htmlFor={`ks-${s.id}`} className="muted">
                  Naam
                </label>
                <input id={`ks-${s.id}`} defaultValue={s.title} onBlur={(e) => void renameSection(s.id, e.target.value)} />
              </div>
            ))}
            <div className="section-row">
              <label htmlFor="ks-new">Nieuw onderdeel</label>
              <input id="ks-new" value={newSection} onChange={(e) => setNewSection(e.target.value)} />
              <button type="button" onClick={addSection}>
                Onderdeel toevoegen
              </button>
            </div>
          </section>
        </>
      )}
      <div className="page-head">
        <h2>Eisen</h2>
        {!builtin && (
          <button type="button" onClick={() => setEditing('new')}>
            Eis toevoegen
          </button>
        )}
      </div>
      {editing === 'new' && <RequirementForm kader={kader} onSave={saveRequirement} onCancel={() => setEditing(undefined)} />}
      {kader.sections.map((section) => {
        const reqs = kader.requirements.filter((r) => r.sectionId === section.id);
        return (
          <section key={section.id} aria-labelledby={`kr-${section.id}`}>
            <h3 id={`kr-${section.id}`}>{section.title}</h3>
            <ul className="req-list">
              {reqs.map((r) => (
                <li key={r.id} aria-label={r.text}>
                  {editing === r.id ? (
                    <RequirementForm kader={kader} requirement={r} onSave={saveRequirement} onCancel={() => setEditing(undefined)} />
                  ) : (
                    <>
                      <div>{r.text}</div>
                      <p className="req-meta">
                        {describeScope(r)} · Bewijs: {describeEvidence(r)}
                        {r.renewMonths ? ` · elke ${r.renewMonths} maanden` : ''} · {describeApplicability(r)} · Bron: {requirementLabel(kader, r.id)}
                      </p>
                      {!builtin && (
                        <div className="actions">
                          <button type="button" onClick={() => setEditing(r.id)} aria-label={`Wijzigen: ${r.text}`}>
                            Wijzigen
                          </button>
                          <button type="button" onClick={() => setRemoving(r)} aria-label={`Verwijderen: ${r.text}`}>
                            Verwijderen
                          </button>
                        </div>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {history.length > 0 && (
        <section className="card" aria-labelledby="kh-title">
          <h2 id="kh-title">Eerdere versies</h2>
          <p className="help">Bij het bijwerken blijft de vorige versie bewaard, met de eisen die toen golden.</p>
          <ul className="list">
            {[...history].reverse().map((h) => (
              <li key={`${h.version}-${h.replacedAt}`}>
                Versie {h.version}, vervangen op {formatDateNl(h.replacedAt.slice(0, 10))} ({h.kader.requirements.length} eisen){' '}
                <button
                  type="button"
                  aria-label={`Versie ${h.version} exporteren`}
                  onClick={async () => {
                    try {
                      const done = await exportKaderFile(h.kader);
                      if (done) setMessage(done);
                    } catch (e) {
                      setError(userMessage(e));
                    }
                  }}
                >
                  Exporteren
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {removing && (
        <ConfirmDialog
          title="Eis verwijderen?"
          confirmLabel="Verwijderen"
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={async () => {
            const left = current.requirements.filter((r) => r.id !== removing.id);
            const sections = current.sections.filter((s) => left.some((r) => r.sectionId === s.id));
            if (left.length === 0) setError('Een kader heeft minstens één eis. Voeg eerst een andere eis toe.');
            else setError(await save({ ...current, sections, requirements: left }));
            setRemoving(undefined);
          }}
        >
          <p>“{removing.text}” verdwijnt uit dit kader. Je toelichting en beoordeling blijven bewaard en gaan mee in back-ups.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
