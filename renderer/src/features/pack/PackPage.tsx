import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PACK_STEP_LABELS, type PackInclude, type PackProgress, type SkippedAttachment } from '../../../../shared/pack/model';
import { formatDateNl, isIsoDate, todayInAmsterdam } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { host } from '../../host';
import { useEngine } from '../../app/engine';
import { getSettings } from '../../app/settings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';
import { packBuildStarted, warmUpPackSoon } from './shared-pack-client';
import { gatherPackModel } from './gather-pack-model';

const INCLUDE: { value: PackInclude; label: string }[] = [
  { value: 'all', label: 'Alles' },
  { value: 'attention', label: 'Alleen wat aandacht nodig heeft' },
  { value: 'no-personal', label: 'Zonder persoonlijke documenten van personeel' },
];

type Output = 'pdf' | 'zip' | 'verslag';

interface Ready {
  /** One buffer, or the PDF's parts as the pack worker made them (saved in order, never joined here). */
  bytes: Uint8Array | Uint8Array[];
  fileName: string;
  filter: { name: string; extensions: string[] };
  pages?: number;
  skipped: SkippedAttachment[];
}

/** The evidence pack and the kwaliteitsverslag, built in a worker with progress and cancel. */
export function PackPage() {
  const engine = useEngine();
  const [kaderIds, setKaderIds] = useState<string[]>();
  const [peildatum, setPeildatum] = useState(todayInAmsterdam());
  const [include, setInclude] = useState<PackInclude>('all');
  const [output, setOutput] = useState<Output>('pdf');
  const [progress, setProgress] = useState<{ step: string; current: number; total: number }>();
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState<Ready>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const abort = useRef<AbortController>(undefined);
  // The app's one pack worker, warmed up in idle time after start-up (shared-pack-client.ts); opening
  // this page first starts the warm-up at once if start-up has not yet.
  useEffect(() => warmUpPackSoon(0), []);

  if (!engine) return null;
  const active = engine.output.kaders;
  const chosen = kaderIds ?? active.map((k) => k.id);

  async function build(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setReady(undefined);
    setSaved(undefined);
    if (!isIsoDate(peildatum)) return setError('Vul een geldige peildatum in.');
    if (chosen.length === 0) return setError('Kies minstens één kader.');
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProgress({ step: 'Gegevens verzamelen', current: 0, total: 1 });
    const packClient = packBuildStarted();
    try {
      const info = await host.appInfo();
      const model = await gatherPackModel(getDb(), engine!.data, { peildatum, horizonDays: getSettings().horizonDays, appVersion: info.version });
      const onProgress = (p: PackProgress) => setProgress({ step: PACK_STEP_LABELS[p.step], current: p.current, total: p.total });
      const base = `bewijspakket-${slug(engine!.data.org.name)}-${formatDateNl(peildatum)}`;
      if (output === 'verslag') {
        const pdf = await packClient.buildVerslag(model, { kaderIds: chosen }, { onProgress, signal: controller.signal });
        setReady({ bytes: pdf, fileName: `kwaliteitsverslag-${slug(engine!.data.org.name)}-${formatDateNl(peildatum)}.pdf`, filter: { name: 'PDF', extensions: ['pdf'] }, skipped: [] });
      } else {
        const built = await packClient.buildPack(model, { kaderIds: chosen, include }, { onProgress, signal: controller.signal, ...(output === 'zip' ? { zip: { pdfFileName: `${base}.pdf` } } : {}) });
        setReady(
          output === 'zip' && built.zip
            ? { bytes: built.zip.bytes, fileName: `${base}.zip`, filter: { name: 'ZIP', extensions: ['zip'] }, pages: built.result.pageCount, skipped: built.result.skipped }
            : { bytes: built.result.pdf, fileName: `${base}.pdf`, filter: { name: 'PDF', extensions: ['pdf'] }, pages: built.result.pageCount, skipped: built.result.skipped },
        );
      }
    } catch (e) {
      setError(controller.signal.aborted ? 'Het maken is geannuleerd. Er is niets opgeslagen.' : userMessage(e, 'Het bewijspakket kon niet worden gemaakt. Je gegevens zijn niet veranderd.'));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  async function save() {
    if (!ready) return;
    try {
      const result = await host.saveFile({ suggestedName: ready.fileName, filters: [ready.filter], bytes: ready.bytes, folderKey: 'pakket' });
      if (result.saved) setSaved(result.path ? `Opgeslagen als ${result.path}.` : `${ready.fileName} is opgeslagen.`);
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="pack-title">
      <h1 id="pack-title">Bewijspakket</h1>
      <p>Maak één PDF voor de gemeente of de auditor: voorblad, inhoud, alle eisen met hun status op de peildatum, de personeelsmatrix en alle bewijsstukken als bijlage.</p>
      <form className="card form-grid" onSubmit={build} noValidate aria-label="Bewijspakket samenstellen">
        <fieldset className="span">
          <legend>Kaders</legend>
          {active.map((k) => (
            <label className="choice" key={k.id}>
              <input
                type="checkbox"
                checked={chosen.includes(k.id)}
                onChange={(e) => setKaderIds(e.target.checked ? [...chosen, k.id] : chosen.filter((id) => id !== k.id))}
              />
              {k.shortTitle ?? k.title}
            </label>
          ))}
        </fieldset>
        <label htmlFor="pk-date">Peildatum</label>
        <input id="pk-date" type="date" value={peildatum} onChange={(e) => setPeildatum(e.target.value)} />
        <label htmlFor="pk-include">Wat opnemen</label>
        <select id="pk-include" value={include} onChange={(e) => setInclude(e.target.value as PackInclude)} disabled={output === 'verslag'}>
          {INCLUDE.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <fieldset className="span">
          <legend>Soort bestand</legend>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'pdf'} onChange={() => setOutput('pdf')} />
            Bewijspakket als PDF
          </label>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'zip'} onChange={() => setOutput('zip')} />
            Bewijspakket als ZIP (PDF plus originele bestanden en controlegetallen)
          </label>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'verslag'} onChange={() => setOutput('verslag')} />
            Openbaar kwaliteitsverslag (PDF, zonder gegevens van personeel)
          </label>
        </fieldset>
        <div className="actions span">
          <button type="submit" className="primary" disabled={busy}>
            Maken
          </button>
        </div>
      </form>
      {busy && <ProgressBar label="Bezig" progress={progress} onCancel={() => abort.current?.abort()} />}
      <ErrorMessage message={error} />
      {ready && (
        <div className="card" role="region" aria-label="Klaar om op te slaan">
          <p role="status">
            {ready.fileName} is klaar{ready.pages ? ` (${ready.pages} pagina's)` : ''}.
          </p>
          {ready.skipped.length > 0 && (
            <div className="notice">
              <p>
                <strong>{ready.skipped.length === 1 ? 'Eén bijlage is niet opgenomen' : `${ready.skipped.length} bijlagen zijn niet opgenomen`}</strong> (ze
                staan op de pagina “Niet opgenomen”):
              </p>
              <ul>
                {ready.skipped.map((s) => (
                  <li key={s.documentId}>
                    {s.title} ({s.fileName}): {s.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" className="primary" onClick={save}>
            Opslaan…
          </button>
          {saved && <p role="status">{saved}</p>}
        </div>
      )}
    </section>
  );
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'organisatie';
}
