import { useState, type FormEvent } from 'react';
import { EVIDENCE_TYPES } from '../../../../shared/evidence';
import type { Kader } from '../../../../shared/kaders';
import { ErrorMessage } from '../../components/ErrorMessage';
import { evidenceLabel } from './describe-requirement';

type Save = (next: Kader) => Promise<string | undefined>;

/** Title, issuer, version and source of a user kader. */
export function KaderMetaForm({ kader, onSave }: { kader: Kader; onSave: Save }) {
  const [title, setTitle] = useState(kader.title);
  const [shortTitle, setShortTitle] = useState(kader.shortTitle ?? '');
  const [issuer, setIssuer] = useState(kader.issuer);
  const [version, setVersion] = useState(kader.version);
  const [document, setDocument] = useState(kader.source.document);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { shortTitle: _old, ...rest } = kader;
    setError(
      await onSave({
        ...rest,
        title: title.trim(),
        ...(shortTitle.trim() ? { shortTitle: shortTitle.trim() } : {}),
        issuer: issuer.trim(),
        version: version.trim(),
        source: { ...kader.source, document: document.trim() },
      }),
    );
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Gegevens van het kader">
      <h2 className="span">Gegevens</h2>
      <label htmlFor="km-title">Titel</label>
      <input id="km-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="km-short">Korte naam</label>
      <input id="km-short" value={shortTitle} onChange={(e) => setShortTitle(e.target.value)} />
      <label htmlFor="km-issuer">Van wie</label>
      <input id="km-issuer" value={issuer} onChange={(e) => setIssuer(e.target.value)} />
      <label htmlFor="km-version">Versie</label>
      <input id="km-version" value={version} onChange={(e) => setVersion(e.target.value)} />
      <label htmlFor="km-source">Brondocument</label>
      <input id="km-source" value={document} onChange={(e) => setDocument(e.target.value)} />
      <ErrorMessage message={error} />
      <div className="actions span">
        <button type="submit">Gegevens opslaan</button>
      </div>
    </form>
  );
}

/**
 * Per evidence type: how old a document may be under this kader (e.g. a VOG at most 24 months).
 * A VOG has no validity by law; the organisation that asks for it decides how recent it must be
 * (https://www.vognodig.nl/veelgestelde-vragen/hoe-lang-is-een-vog-geldig; shared/DOMAIN.md: Jeugdwet art. 4.1.6
 * lid 4 three years, Kiwa keurmerk two years), which is why each kader can set its own period.
 */
export function ValidityEditor({ kader, onSave }: { kader: Kader; onSave: Save }) {
  const [type, setType] = useState('vog');
  const [months, setMonths] = useState('');
  const [error, setError] = useState<string>();
  const rules = Object.entries(kader.validity ?? {});

  async function save(validity: NonNullable<Kader['validity']>) {
    const { validity: _old, ...rest } = kader;
    const message = await onSave(Object.keys(validity).length ? { ...rest, validity } : rest);
    setError(message);
    return !message;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(months);
    if (!Number.isInteger(n) || n < 1 || n > 240) return setError('Vul een aantal maanden in tussen 1 en 240.');
    if (await save({ ...(kader.validity ?? {}), [type]: { months: n } })) setMonths('');
  }

  return (
    <section className="card" aria-labelledby="kv-title">
      <h2 id="kv-title">Termijnen</h2>
      <p className="help">
        Hoe oud mag een document zijn voor dit kader? Zo vraagt de ene gemeente een VOG van hooguit 2 jaar en de andere van hooguit 3 jaar.
        Zonder eigen termijn gelden de standaardtermijnen van de app.
      </p>
      {rules.length === 0 ? (
        <p className="muted">Geen eigen termijnen.</p>
      ) : (
        <ul className="list" aria-label="Eigen termijnen">
          {rules.map(([key, rule]) => (
            <li key={key}>
              {evidenceLabel(key)}: {rule.months ? `hooguit ${rule.months} maanden oud` : 'geen maximale leeftijd'}{' '}
              <button
                type="button"
                aria-label={`Termijn ${evidenceLabel(key)} verwijderen`}
                onClick={() => {
                  const next = { ...(kader.validity ?? {}) };
                  delete next[key];
                  void save(next);
                }}
              >
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid" onSubmit={submit} noValidate aria-label="Termijn instellen">
        <label htmlFor="kv-type">Soort bewijs</label>
        <select id="kv-type" value={type} onChange={(e) => setType(e.target.value)}>
          {EVIDENCE_TYPES.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
        <label htmlFor="kv-months">Hooguit … maanden oud</label>
        <input id="kv-months" type="number" min={1} max={240} value={months} onChange={(e) => setMonths(e.target.value)} />
        <ErrorMessage message={error} />
        <div className="actions span">
          <button type="submit">Termijn instellen</button>
        </div>
      </form>
    </section>
  );
}
