import { useMemo, useState } from 'react';
import { findBuiltinKader } from '../../../../shared/kaders';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { groupByRequirement, isSettled, matchesQuery } from './group-results';
import { RequirementCard } from './RequirementCard';
import { CustomRequirementForm } from './CustomRequirementForm';

export function ChecklistPage({ kaderId, focusId }: { kaderId?: string | undefined; focusId?: string | undefined }) {
  const engine = useEngine();
  const [query, setQuery] = useState('');
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const titles = useMemo(() => new Map(engine?.data.documents.map((d) => [d.id, `${d.title} ${d.fileName}`])), [engine?.data.documents]);
  if (!engine) return null;
  const { output, data } = engine;
  const kader = output.kaders.find((k) => k.id === kaderId) ?? output.kaders[0];
  if (!kader)
    return (
      <section>
        <h1>Checklist</h1>
        <p className="empty">
          Er is nog geen kwaliteitskader gekozen. Kies er een bij <a href={hrefFor('instellingen')}>Instellingen</a>.
        </p>
      </section>
    );
  const rows = groupByRequirement(output.results.filter((r) => r.kaderId === kader.id));
  const q = query.trim();
  const source = data.kaders.find((k) => k.id === kader.id);
  const filtering = !!q || onlyOpen;
  const shownRows = rows.filter((r) => matchesQuery(r, q, titles) && (!onlyOpen || !isSettled(r)));

  return (
    <section aria-labelledby="checklist-title">
      <div className="page-head">
        <h1 id="checklist-title">Checklist</h1>
        <button type="button" onClick={() => setAdding(true)}>
          Eis toevoegen
        </button>
      </div>
      {output.kaders.length > 1 && (
        <nav aria-label="Kaders" className="tabs">
          {output.kaders.map((k) => (
            <a key={k.id} href={hrefFor('checklist', k.id)} aria-current={k.id === kader.id ? 'page' : undefined}>
              {k.shortTitle ?? k.title}
            </a>
          ))}
        </nav>
      )}
      <p className="muted">
        {kader.title}
        {source ? ` · ${source.issuer} · versie ${source.version}` : ''}
        {source && !findBuiltinKader(source.id) && (
          <>
            {' · '}
            <a href={hrefFor('kaders', source.id)}>Kader bewerken</a>
          </>
        )}
      </p>
      {adding && <CustomRequirementForm kaderId={kader.id} sections={kader.sections} onClose={() => setAdding(false)} />}
      <div className="toolbar">
        <label htmlFor="cl-search">Zoeken in eisen en documenten</label>
        <input id="cl-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="choice">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
          Alleen wat nog openstaat
        </label>
      </div>
      {filtering && shownRows.length === 0 && (
        <p className="empty" role="status">
          {q ? `Geen eis of document gevonden met ‘${q}’.` : 'Alle eisen in dit kader zijn afgerond: er staat niets meer open.'}
        </p>
      )}
      {kader.sections.map((section) => {
        const all = rows.filter((r) => r.sectionId === section.id);
        if (all.length === 0) return null;
        const settled = all.filter(isSettled).length;
        const shown = shownRows.filter((r) => r.sectionId === section.id);
        // While searching or filtering, a section without matches is left out instead of saying "none".
        if (filtering && shown.length === 0) return null;
        const headingId = `sec-${section.id}`;
        return (
          <section key={section.id} className="checklist-section" aria-labelledby={headingId}>
            <div className="section-head">
              <h2 id={headingId}>{section.title}</h2>
              <span className="muted">
                {settled} van {all.length} afgerond
              </span>
              <progress max={all.length} value={settled} aria-label={`Voortgang ${section.title}`} />
            </div>
            {shown.map((row) => (
              <RequirementCard key={row.requirementId} kaderId={kader.id} row={row} data={data} focused={row.requirementId === focusId} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
