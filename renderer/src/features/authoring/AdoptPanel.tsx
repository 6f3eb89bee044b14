import { useState } from 'react';
import { evidencePlan, type Answers, type AuthoringContext, type DocumentKind } from '../../../../shared/authoring';
import { formatDateNl, isIsoDate, todayInAmsterdam, validThroughAfterMonths } from '../../../../shared/dates';
import type { RequirementResult } from '../../../../shared/engine';
import { BUILTIN_KADERS } from '../../../../shared/kaders';
import { userMessage } from '../../../../shared/errors/user-error';
import type { EvidenceDocument } from '../../../../shared/model';
import { hrefFor } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { getDb } from '../../db/database';
import { readDocumentBlob } from '../../db/document-store';
import { host } from '../../host';
import { adopt, adoptedHistory, fileName, renderFile } from './adopt';
import { useAdoptedVersion } from './use-adopted-version';

const requirementText = (id: string) => BUILTIN_KADERS.flatMap((k) => k.requirements).find((r) => r.id === id);

/** "Vaststellen": who adopts the text and when; then it is stored as evidence. Also the downloads and the history. */
export function AdoptPanel(props: {
  kind: DocumentKind;
  ctx: AuthoringContext;
  answers: Answers;
  documents: readonly EvidenceDocument[];
  results: readonly RequirementResult[];
  ready: boolean;
  beforeAdopt: () => Promise<boolean>;
}) {
  const { kind, ctx, answers, documents, results } = props;
  const { current, changed } = useAdoptedVersion(kind, ctx, answers, documents);
  const [on, setOn] = useState(todayInAmsterdam());
  const [by, setBy] = useState(ctx.contactPerson ?? ctx.people.find((p) => p.kind === 'eigenaar')?.name ?? '');
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const applicable = new Set(results.filter((r) => r.status !== 'niet-van-toepassing').map((r) => r.requirementId));
  const plan = evidencePlan(kind, ctx);
  const proves = plan.proves.filter((id) => applicable.has(id));
  const practice = proves.filter((id) => (requirementText(id)?.evidence.length ?? 0) > 1);

  async function run() {
    setError(undefined);
    setDone(undefined);
    if (!isIsoDate(on)) return setError('Vul een geldige datum in bij “Vastgesteld op”.');
    if (on > todayInAmsterdam()) return setError('“Vastgesteld op” kan niet in de toekomst liggen.');
    if (!by.trim()) return setError('Vul in wie de tekst vaststelt.');
    setBusy('Document maken en veilig opslaan…');
    try {
      if (!(await props.beforeAdopt())) return;
      const stored = await adopt(kind, ctx, answers, { on, by: by.trim() }, documents);
      setDone(`Vastgesteld en opgeslagen als “${stored.title}”. Herzien uiterlijk ${formatDateNl(validThroughAfterMonths(on, 12))}.`);
    } catch (e) {
      setError(userMessage(e, 'Vaststellen is niet gelukt. Er is niets opgeslagen.'));
    } finally {
      setBusy(undefined);
    }
  }

  async function download(format: 'pdf' | 'docx') {
    setError(undefined);
    try {
      const adoption = current ? { on: current.issueDate ?? on, by: String(current.details.owner ?? by) } : undefined;
      const bytes =
        format === 'pdf' && current
          ? new Uint8Array(await (await readDocumentBlob(getDb(), current.id)).arrayBuffer())
          : await renderFile(kind, ctx, answers, format, adoption);
      const name = current && format === 'pdf' ? current.fileName : fileName(kind, ctx, format, adoption);
      const filter = format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Word', extensions: ['docx'] };
      await host.saveFile({ suggestedName: name, filters: [filter], bytes, folderKey: 'opstellen' });
    } catch (e) {
      setError(userMessage(e, 'Het bestand kon niet worden gemaakt.'));
    }
  }

  return (
    <section className="card adopt" aria-labelledby="adopt-title">
      <h2 id="adopt-title">Vaststellen</h2>
      <p>
        Na vaststellen wordt de tekst als PDF bewaard bij je documenten (met controlecode) en telt hij als bewijs voor {proves.length - practice.length}{' '}
        {proves.length - practice.length === 1 ? 'eis' : 'eisen'}
        {practice.length > 0 ? `, en als de beschreven werkwijze bij nog ${practice.length}` : ''}. Over een jaar vraagt de app je hem opnieuw na te lopen.
      </p>
      {practice.length > 0 && (
        <div className="authoring-note">
          <p>Bij deze eisen bewijst tekst alleen de werkwijze; de app blijft vragen om gedateerd bewijs uit de praktijk (zonder namen of BSN van cliënten):</p>
          <ul>
            {practice.map((id) => (
              <li key={id}>{requirementText(id)?.text ?? id}</li>
            ))}
          </ul>
        </div>
      )}
      {kind.chapters.includes('klachten') && (
        <p className="authoring-note">Het jaarlijkse bewijs van aansluiting bij de klachtenfunctionaris en de geschilleninstantie blijft apart nodig.</p>
      )}
      {current && (
        <p>
          Huidige versie: <a href={hrefFor('documenten', current.id)}>{current.title}</a>, vastgesteld door {String(current.details.owner ?? 'onbekend')}. Een
          gewijzigd antwoord of een nieuwe datum geeft een nieuwe versie; de oude blijft in de geschiedenis.
        </p>
      )}
      {current && changed && (
        <p className="authoring-note" role="note">
          Je antwoorden wijken af van de vastgestelde versie. Die blijft gelden tot je een nieuwe versie vaststelt.
        </p>
      )}
      <div className="form-grid">
        <label htmlFor="adopt-on">Vastgesteld op</label>
        <input id="adopt-on" type="date" value={on} max={todayInAmsterdam()} onChange={(e) => setOn(e.target.value)} />
        <label htmlFor="adopt-by">Vastgesteld door</label>
        <input id="adopt-by" type="text" value={by} onChange={(e) => setBy(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={!props.ready || !!busy} onClick={() => void run()}>
          {current ? 'Nieuwe versie vaststellen' : 'Vaststellen en opslaan als bewijs'}
        </button>
        <button type="button" onClick={() => void download('pdf')}>
          Download PDF
        </button>
        <button type="button" onClick={() => void download('docx')}>
          Download Word (.docx)
        </button>
      </div>
      {!props.ready && <p className="muted">Beantwoord eerst alle verplichte vragen.</p>}
      {busy && (
        <p role="status" className="muted">
          {busy}
        </p>
      )}
      {done && (
        <p role="status" className="saved">
          {done}
        </p>
      )}
      <ErrorMessage message={error} />
      {adoptedHistory(documents, kind.id).length > 1 && (
        <details>
          <summary>Eerdere versies</summary>
          <ul>
            {adoptedHistory(documents, kind.id).map((d) => (
              <li key={d.id}>
                <a href={hrefFor('documenten', d.id)}>{d.title}</a>
                {d.supersededBy ? ' (vervangen)' : ' (huidig)'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
