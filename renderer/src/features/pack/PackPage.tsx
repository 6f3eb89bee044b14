import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { PACK_STEP_LABELS, type PackModel, type PackOptions, type PackProgress } from '../../../../shared/pack/model';
import { formatDateNl, isIsoDate, todayInAmsterdam } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { host } from '../../host';
import { saveBlob } from '../../host/save-blob';
import { useEngine } from '../../app/engine';
import { getSettings } from '../../app/settings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';
import { packBuildStarted, sharedPackClient, warmUpPackNow } from '../../app/shared-pack-client';
import { gatherPackModel } from './gather-pack-model';
import { PackChoices, REQUIREMENT_CHOICES, type RequirementChoice } from './PackChoices';
import { VerslagEditor } from './VerslagEditor';
import { ReadyToSave, type Ready } from './ReadyToSave';
import { saveVerslagTexts } from '../../db/organisation-store';
import type { VerslagTexts } from '../../../../shared/model';

type Output = 'pdf' | 'zip' | 'verslag' | 'verslag-docx';


/** The evidence pack and the kwaliteitsverslag, built in a worker with progress and cancel. */
export function PackPage({ opdrachtgeverId }: { opdrachtgeverId?: string | undefined } = {}) {
  const engine = useEngine();
  // '' = not for one opdrachtgever in particular, 'alle' = for every opdrachtgever, else one id.
  const [forWhom, setForWhom] = useState(opdrachtgeverId ?? '');
  const [kaderIds, setKaderIds] = useState<string[]>();
  const [peildatum, setPeildatum] = useState(todayInAmsterdam());
  const [include, setInclude] = useState<RequirementChoice>('all');
  const [personal, setPersonal] = useState(true);
  const [excluded, setExcluded] = useState<string[]>([]);
  // undefined: every person; else only these persons' personal documents and staff-matrix rows.
  const [personIds, setPersonIds] = useState<string[]>();
  const [preview, setPreview] = useState<PackModel>();
  const [verslagTexts, setVerslagTexts] = useState<VerslagTexts>();
  const [verslagStatus, setVerslagStatus] = useState<string>();
  const [output, setOutput] = useState<Output>('pdf');
  const isVerslag = output === 'verslag' || output === 'verslag-docx';
  const [progress, setProgress] = useState<{ step: string; current: number; total: number }>();
  // Saving a large pack slice by slice (bytes written of the total).
  const [saving, setSaving] = useState<{ step: string; current: number; total: number }>();
  const stopSaving = useRef<AbortController>(undefined);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState<Ready>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const abort = useRef<AbortController>(undefined);
  // The app's one pack worker, warmed up when this page opens (app/shared-pack-client.ts).
  useEffect(() => warmUpPackNow(), []);
  // A pack the worker wrote to disk and she did not save is not kept once she leaves the page.
  useEffect(() => () => sharedPackClient().clearOutput(), []);

  // What would go in on this peildatum (no file contents), for the choices and the "left out" line.
  useEffect(() => {
    if (!engine || !isIsoDate(peildatum)) return;
    let live = true;
    gatherPackModel(getDb(), engine.data, { peildatum, horizonDays: getSettings().horizonDays, appVersion: '', withFiles: false })
      .then((m) => live && setPreview(m))
      .catch(() => live && setPreview(undefined));
    return () => {
      live = false;
    };
  }, [engine, peildatum]);

  const active = engine?.output.kaders ?? [];
  const opdrachtgevers = engine?.data.opdrachtgevers ?? [];
  const recipients = forWhom === 'alle' ? opdrachtgevers : opdrachtgevers.filter((o) => o.id === forWhom);
  const recipientKaders = recipients.length ? active.filter((k) => recipients.some((o) => o.kaderIds.includes(k.id))).map((k) => k.id) : undefined;
  const chosen = kaderIds ?? recipientKaders ?? active.map((k) => k.id);
  const recipientNames = recipients.map((o) => o.name);
  const chosenKey = chosen.join(',');
  const packOptions: PackOptions = useMemo(
    () => ({ kaderIds: chosenKey ? chosenKey.split(',') : [], include, personal, excludeDocumentIds: excluded, ...(personIds ? { personIds } : {}) }),
    [chosenKey, include, personal, excluded, personIds],
  );
  if (!engine) return null;
  /** A result made with other choices is no longer what the page shows: offer it no more. */
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setReady(undefined);
      setSaved(undefined);
    };
  const texts = verslagTexts ?? engine.data.org.verslag ?? {};

  async function storeTexts(): Promise<boolean> {
    try {
      setVerslagTexts(await saveVerslagTexts(getDb(), texts));
      setVerslagStatus('Teksten opgeslagen.');
      return true;
    } catch (e) {
      setVerslagStatus(undefined);
      setError(userMessage(e, 'De teksten konden niet worden opgeslagen. Probeer het opnieuw.'));
      return false;
    }
  }

  async function build(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setReady(undefined);
    setSaved(undefined);
    if (!isIsoDate(peildatum)) return setError('Vul een geldige peildatum in.');
    if (chosen.length === 0) return setError('Kies minstens één kader.');
    if (!isVerslag && personIds?.length === 0) return setError('Kies minstens één medewerker, of kies ‘Alle medewerkers’.');
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProgress({ step: 'Gegevens verzamelen', current: 0, total: 1 });
    const packClient = packBuildStarted();
    try {
      const info = await host.appInfo();
      const model = await gatherPackModel(getDb(), engine!.data, { peildatum, horizonDays: getSettings().horizonDays, appVersion: info.version, opdrachtgevers: recipientNames });
      const onProgress = (p: PackProgress) => setProgress({ step: PACK_STEP_LABELS[p.step], current: p.current, total: p.total });
      const base = `bewijspakket-${slug(engine!.data.org.name)}${recipients.length === 1 ? `-voor-${slug(recipientNames[0]!)}` : ''}-${formatDateNl(peildatum)}`;
      if (isVerslag) {
        if (!(await storeTexts())) return;
        const docx = output === 'verslag-docx';
        const bytes = await packClient.buildVerslag(
          model,
          { kaderIds: chosen, introduction: texts.introduction, themes: texts.themes, listUnmet: texts.listUnmet, format: docx ? 'docx' : 'pdf' },
          { onProgress, signal: controller.signal },
        );
        const name = `kwaliteitsverslag-${slug(engine!.data.org.name)}-${formatDateNl(peildatum)}`;
        setReady(
          docx
            ? { bytes, fileName: `${name}.docx`, filter: { name: 'Word-document', extensions: ['docx'] }, skipped: [] }
            : { bytes, fileName: `${name}.pdf`, filter: { name: 'PDF', extensions: ['pdf'] }, skipped: [] },
        );
      } else {
        const built = await packClient.buildPack(model, packOptions, { onProgress, signal: controller.signal, ...(output === 'zip' ? { zip: { pdfFileName: `${base}.pdf` } } : {}) });
        const { pageCount: pages, skipped } = built.result;
        setReady(
          output === 'zip' && built.zip
            ? { bytes: [], file: built.zip.file, sources: built.zip.pdfFile ? [built.zip.pdfFile] : [], fileName: `${base}.zip`, filter: { name: 'ZIP', extensions: ['zip'] }, pages, skipped }
            : { bytes: built.result.pdf, file: built.pdfFile, fileName: `${base}.pdf`, filter: { name: 'PDF', extensions: ['pdf'] }, pages, skipped },
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
    setError(undefined);
    setSaved(undefined);
    const request = { suggestedName: ready.fileName, filters: [ready.filter], folderKey: 'pakket' };
    // A large pack is saved slice by slice and can be stopped; nothing is left behind then (save-blob.ts).
    const stop = new AbortController();
    stopSaving.current = stop;
    try {
      const result = ready.file
        ? await saveBlob(host, request, ready.file, {
            signal: stop.signal,
            sources: ready.sources,
            onProgress: (current, total) => setSaving({ step: 'Megabytes opgeslagen', current: Math.round(current / 2 ** 20), total: Math.max(1, Math.round(total / 2 ** 20)) }),
          })
        : await host.saveFile({ ...request, bytes: ready.bytes });
      if (result.saved) setSaved(result.path ? `Opgeslagen als ${result.path}.` : `${ready.fileName} is opgeslagen.`);
      else if (stop.signal.aborted) setSaved('Opslaan geannuleerd. Er is geen bestand achtergebleven.');
    } catch (e) {
      setError(userMessage(e));
    } finally {
      stopSaving.current = undefined;
      setSaving(undefined);
    }
  }

  return (
    <section aria-labelledby="pack-title">
      <h1 id="pack-title">Bewijspakket</h1>
      <p>Maak één PDF voor de gemeente of de auditor: voorblad, inhoud, alle eisen met hun status op de peildatum, de personeelsmatrix en alle bewijsstukken als bijlage.</p>
      <form className="card form-grid" onSubmit={build} noValidate aria-label="Bewijspakket samenstellen">
        {opdrachtgevers.length > 0 && (
          <>
            <label htmlFor="pk-for">Voor opdrachtgever</label>
            <select
              id="pk-for"
              value={forWhom}
              onChange={(e) => {
                setForWhom(e.target.value);
                setKaderIds(undefined);
              }}
            >
              <option value="">Geen bepaalde opdrachtgever</option>
              {opdrachtgevers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
              {opdrachtgevers.length > 1 && <option value="alle">Alle opdrachtgevers</option>}
            </select>
          </>
        )}
        <fieldset className="span">
          <legend>Kaders</legend>
          {active.map((k) => (
            <label className="choice" key={k.id}>
              <input
                type="checkbox"
                checked={chosen.includes(k.id)}
                onChange={(e) => changed(setKaderIds)(e.target.checked ? [...chosen, k.id] : chosen.filter((id) => id !== k.id))}
              />
              {k.shortTitle ?? k.title}
            </label>
          ))}
        </fieldset>
        <label htmlFor="pk-date">Peildatum</label>
        <input id="pk-date" type="date" value={peildatum} onChange={(e) => changed(setPeildatum)(e.target.value)} />
        {/* The verslag is about the organisation only: which requirements and whose documents do not apply to it. */}
        {!isVerslag && (
          <>
            <label htmlFor="pk-include">Welke eisen</label>
            <select id="pk-include" value={include} onChange={(e) => changed(setInclude)(e.target.value as RequirementChoice)}>
              {REQUIREMENT_CHOICES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label className="choice span">
              <input type="checkbox" checked={personal} onChange={(e) => changed(setPersonal)(e.target.checked)} />
              Persoonlijke documenten van medewerkers meenemen (VOG’s, diploma’s, certificaten)
            </label>
          </>
        )}
        {!isVerslag && <PackChoices preview={preview} options={packOptions} onExclude={changed(setExcluded)} onPersons={changed(setPersonIds)} />}
        <fieldset className="span">
          <legend>Soort bestand</legend>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'pdf'} onChange={() => changed(setOutput)('pdf')} />
            Bewijspakket als PDF
          </label>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'zip'} onChange={() => changed(setOutput)('zip')} />
            Bewijspakket als ZIP (PDF plus originele bestanden en controlegetallen)
          </label>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'verslag'} onChange={() => changed(setOutput)('verslag')} />
            Openbaar kwaliteitsverslag (PDF, zonder gegevens van personeel)
          </label>
          <label className="choice">
            <input type="radio" name="pk-out" checked={output === 'verslag-docx'} onChange={() => changed(setOutput)('verslag-docx')} />
            Openbaar kwaliteitsverslag als Word-document (.docx, om verder te bewerken)
          </label>
        </fieldset>
        {isVerslag && (
          <VerslagEditor
            preview={preview}
            kaderIds={chosen}
            texts={texts}
            onChange={(t) => {
              setVerslagTexts(t);
              setVerslagStatus(undefined);
            }}
            onSave={() => void storeTexts()}
            status={verslagStatus}
          />
        )}
        <div className="actions span">
          <button type="submit" className="primary" disabled={busy}>
            Maken
          </button>
        </div>
      </form>
      {busy && <ProgressBar label="Bezig" progress={progress} onCancel={() => abort.current?.abort()} />}
      <ErrorMessage message={error} />
      {ready && <ReadyToSave ready={ready} saving={saving} saved={saved} onSave={save} onStopSaving={() => stopSaving.current?.abort()} />}
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
