import type { PackModel } from '../../../../shared/pack/model';
import type { VerslagTexts } from '../../../../shared/model';
import { defaultIntroduction } from '../../../../shared/pack/verslag-content';

/**
 * The provider's own texts for her kwaliteitsverslag: the introduction, per theme how she meets its
 * requirements, and whether unmet requirements are named. Stored with the organisation when she saves or
 * builds (organisation-store.ts).
 */
export function VerslagEditor(props: {
  preview: PackModel | undefined;
  kaderIds: string[];
  texts: VerslagTexts;
  onChange: (texts: VerslagTexts) => void;
  onSave: () => void;
  status?: string;
}) {
  const { preview, texts } = props;
  const sections = preview?.sections.filter((s) => props.kaderIds.includes(s.kaderId) && s.entries.length > 0) ?? [];
  const kaders = preview?.kaders.filter((k) => props.kaderIds.includes(k.id)) ?? [];
  const setTheme = (id: string, text: string) => props.onChange({ ...texts, themes: { ...(texts.themes ?? {}), [id]: text } });
  return (
    <fieldset className="span verslag-editor">
      <legend>Teksten van je kwaliteitsverslag</legend>
      <p className="muted">
        Het verslag is van jou: schrijf in je eigen woorden wie je bent en hoe je aan de eisen voldoet. Er komen geen namen van
        medewerkers en geen documenten in. Laat je een thema leeg, dan komen je toelichtingen uit de checklist erin.
      </p>
      <label htmlFor="vs-intro">Inleiding over je organisatie</label>
      <textarea
        id="vs-intro"
        rows={5}
        value={texts.introduction ?? ''}
        placeholder={preview ? defaultIntroduction(preview, kaders) : ''}
        onChange={(e) => props.onChange({ ...texts, introduction: e.target.value })}
      />
      {sections.map((s) => (
        <div key={s.id} className="verslag-theme">
          <label htmlFor={`vs-${s.id}`}>Toelichting bij het thema {s.title}</label>
          <textarea id={`vs-${s.id}`} rows={3} value={texts.themes?.[s.id] ?? ''} onChange={(e) => setTheme(s.id, e.target.value)} />
        </div>
      ))}
      <label className="choice">
        <input type="checkbox" checked={texts.listUnmet ?? false} onChange={(e) => props.onChange({ ...texts, listUnmet: e.target.checked })} />
        Per thema noemen aan welke eisen (nog) niet wordt voldaan
      </label>
      <div className="actions">
        <button type="button" onClick={props.onSave}>
          Teksten opslaan
        </button>
        {props.status && <span role="status">{props.status}</span>}
      </div>
    </fieldset>
  );
}
