import { useMemo, useState } from 'react';
import {
  getDocumentKind,
  missingAnswers,
  questionsFor,
  withPrefill,
  type Answers,
  type AnswerValue,
} from '../../../../shared/authoring';
import { userMessage } from '../../../../shared/errors/user-error';
import { hrefFor } from '../../app/routing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveAnswersFor } from '../../db/authoring-store';
import { getDb } from '../../db/database';
import { AdoptPanel } from './AdoptPanel';
import { DraftPreview } from './DraftPreview';
import { QuestionField } from './QuestionField';
import type { useAuthoring } from './use-authoring';

type State = NonNullable<ReturnType<typeof useAuthoring>>;

/** One questionnaire: the questions (pre-filled), the text it gives, and adopting that text as evidence. */
export function QuestionnairePage({ kindId, state }: { kindId: string; state: State }) {
  const kind = getDocumentKind(kindId);
  const { ctx, answers: stored } = state;
  // Starts from the stored answers completed with the app's proposals; edits stay local until saved.
  const [draft, setDraft] = useState<Answers>(() => (kind ? withPrefill(kind, ctx, stored) : {}));
  const [savedNote, setSavedNote] = useState<string>();
  const [error, setError] = useState<string>();
  const groups = useMemo(() => (kind ? questionsFor(kind, ctx) : []), [kind, ctx]);

  if (!kind) {
    return (
      <section>
        <h1>Onbekende vragenlijst</h1>
        <p>
          Deze vragenlijst bestaat niet. <a href={hrefFor('opstellen')}>Terug naar de vragenlijsten</a>
        </p>
      </section>
    );
  }
  const answers = draft;
  const missing = missingAnswers(kind, ctx, answers);
  const chapterIds = groups.map((g) => g.chapter.id);
  const dirty = groups.some((g) => g.questions.some((q) => JSON.stringify(answers[q.id] ?? '') !== JSON.stringify(stored[q.id] ?? '')));

  function set(id: string, v: AnswerValue) {
    setSavedNote(undefined);
    setDraft((d) => ({ ...d, [id]: v }));
  }

  async function save(): Promise<boolean> {
    setError(undefined);
    try {
      await saveAnswersFor(getDb(), chapterIds, answers);
      setSavedNote('Je antwoorden zijn bewaard. Je kunt ze later altijd wijzigen.');
      return true;
    } catch (e) {
      setError(userMessage(e, 'Je antwoorden konden niet worden bewaard.'));
      return false;
    }
  }

  return (
    <section aria-labelledby="questionnaire-title">
      <p>
        <a href={hrefFor('opstellen')}>← Alle vragenlijsten</a>
      </p>
      <h1 id="questionnaire-title">{kind.title}</h1>
      <p>Wat de app al van je weet is alvast ingevuld; pas het aan waar nodig. Onder de vragen zie je meteen de tekst die eruit volgt.</p>
      <form
        className="card questionnaire"
        aria-label={`Vragen voor ${kind.title}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {groups.map(({ chapter, questions }) => (
          <fieldset key={chapter.id} className="question-group">
            {groups.length > 1 && <legend>{chapter.title}</legend>}
            {questions.length === 0 && <p className="muted">Geen vragen: deze tekst volgt uit wat de app al weet.</p>}
            {questions.map((q) => (
              <QuestionField key={q.id} q={q} value={answers[q.id]} onChange={(v) => set(q.id, v)} />
            ))}
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" className="primary">
            Antwoorden opslaan
          </button>
        </div>
        {savedNote && (
          <p role="status" className="muted saved">
            {savedNote}
          </p>
        )}
        <ErrorMessage message={error} />
      </form>

      <h2>De tekst</h2>
      {missing.length > 0 && (
        <div className="card" role="note">
          <p>Nog niet beantwoord:</p>
          <ul>
            {missing.map((q) => (
              <li key={q.id}>{q.label}</li>
            ))}
          </ul>
        </div>
      )}
      <DraftPreview kind={kind} ctx={ctx} answers={answers} documents={state.engine.data.documents} />

      <AdoptPanel kind={kind} ctx={ctx} answers={answers} documents={state.engine.data.documents} results={state.engine.output.results} ready={missing.length === 0} beforeAdopt={() => (dirty ? save() : Promise.resolve(true))} />
    </section>
  );
}
